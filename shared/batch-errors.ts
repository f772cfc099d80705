/**
 * Why a batch item failed, as a code (stored in D1) and as words a person acts on (#20): what was
 * wrong with this item and what to do about it, in Dutch or English. The code travels beside the
 * words (`errorCode`), so a client can say it its own way.
 */
import type { Language } from './locale';
import * as z from 'zod';

export const BatchErrorCode = z.enum([
  'empty_text',
  'text_too_long',
  'title_too_long',
  'ref_too_long',
  'not_an_item',
  'not_json',
  'unsupported_file',
  'file_too_large',
  'unreadable_file',
  'other_language',
  'not_a_vacancy',
  'uploader_gone',
  'not_translated',
  // A failure stored before items carried a code.
  'unknown',
]);
export type BatchErrorCode = z.infer<typeof BatchErrorCode>;

/** What the message may name besides the code: the item's attempts so far. */
export interface ErrorFacts {
  attempts?: number | null;
}

type Say = (facts: ErrorFacts) => string;

const MESSAGES: Record<Language, Record<BatchErrorCode, Say>> = {
  nl: {
    empty_text: () => 'De tekst is leeg. Zet de tekst van de vacature in de kolom ‘text’ (of in het bestand) en upload dit item opnieuw.',
    text_too_long: () =>
      'De tekst is langer dan 256 KB, veel langer dan een vacature. Laat alleen de vacature zelf staan (taken, eisen en aanbod) en upload dit item opnieuw.',
    title_too_long: () => 'De titel is langer dan 500 tekens. Geef alleen de functienaam als titel en upload dit item opnieuw.',
    ref_too_long: () => 'De referentie is langer dan 200 tekens. Gebruik een korte referentie, zoals een vacaturenummer, en upload dit item opnieuw.',
    not_an_item: () => 'Dit item is geen vacature met een titel en een tekst. Geef elk item als {"title": "…", "text": "…", "ref": "…"} en upload het opnieuw.',
    not_json: () =>
      'Deze regel is geen geldige JSON. Elke regel moet één object zijn, zoals {"title": "…", "text": "…"}; herstel de regel en upload dit item opnieuw.',
    unsupported_file: () =>
      'Dit bestand is geen .txt, .md, .html of .docx, dus Vaardig kan het niet lezen. Sla de vacature in een van die vormen op, of laat het bestand weg.',
    file_too_large: () =>
      'Dit bestand is groter dan 1 MB, veel groter dan een vacature. Laat alleen de vacature zelf in het bestand staan en upload het opnieuw.',
    unreadable_file: () =>
      'Dit bestand kon niet worden gelezen; het is misschien beschadigd of geen echt Word-bestand. Open en bewaar het opnieuw (of sla het op als .txt) en upload het opnieuw.',
    other_language: () =>
      'De tekst is niet in het Nederlands of het Engels. Vaardig vertaalt alleen Nederlandse en Engelse vacatures; upload de Nederlandse of Engelse versie.',
    not_a_vacancy: () =>
      'Dit leest niet als een vacature of functieprofiel: Vaardig vond er geen functie, taken of eisen in. Controleer of de juiste tekst in de kolom ‘text’ (of in het bestand) staat.',
    uploader_gone: () =>
      'De token waarmee deze batch is geüpload bestaat niet meer, dus het profiel kan niet op naam worden opgeslagen. Upload dit item opnieuw met een geldige token.',
    not_translated: ({ attempts }) =>
      `Dit item is ${attempts ? `na ${attempts} pogingen ` : ''}niet vertaald door een storing bij Vaardig, niet door de tekst. Upload het later opnieuw; lukt het dan weer niet, meld het aan je beheerder.`,
    unknown: () => 'Dit item is niet vertaald. Upload het opnieuw; lukt het dan weer niet, meld het aan je beheerder.',
  },
  en: {
    empty_text: () => 'The text is empty. Put the vacancy’s text in the ‘text’ column (or in the file) and upload this item again.',
    text_too_long: () =>
      'The text is longer than 256 KB, far longer than a vacancy. Keep only the vacancy itself (tasks, requirements and offer) and upload this item again.',
    title_too_long: () => 'The title is longer than 500 characters. Give only the job’s name as its title and upload this item again.',
    ref_too_long: () => 'The reference is longer than 200 characters. Use a short reference, such as a vacancy number, and upload this item again.',
    not_an_item: () => 'This item is not a vacancy with a title and a text. Give each item as {"title": "…", "text": "…", "ref": "…"} and upload it again.',
    not_json: () => 'This line is not valid JSON. Each line must be one object, such as {"title": "…", "text": "…"}; fix the line and upload this item again.',
    unsupported_file: () =>
      'This file is not .txt, .md, .html or .docx, so Vaardig cannot read it. Save the vacancy in one of those forms, or leave the file out.',
    file_too_large: () => 'This file is larger than 1 MB, far larger than a vacancy. Keep only the vacancy itself in the file and upload it again.',
    unreadable_file: () =>
      'This file could not be read; it may be damaged or not a real Word document. Open and save it again (or save it as .txt) and upload it again.',
    other_language: () => 'The text is not in Dutch or English. Vaardig translates Dutch and English vacancies only; upload the Dutch or English version.',
    not_a_vacancy: () =>
      'This does not read like a vacancy or job profile: Vaardig found no job, tasks or requirements in it. Check that the right text is in the ‘text’ column (or in the file).',
    uploader_gone: () =>
      'The token that uploaded this batch no longer exists, so the profile cannot be stored in its name. Upload this item again with a valid token.',
    not_translated: ({ attempts }) =>
      `This item was not translated${attempts ? ` after ${attempts} attempts` : ''} because of a fault at Vaardig, not because of its text. Upload it again later; if it fails again, tell your administrator.`,
    unknown: () => 'This item was not translated. Upload it again; if it fails again, tell your administrator.',
  },
};

/** The words for a failure, in `language`. */
export function batchErrorMessage(code: BatchErrorCode, language: Language, facts: ErrorFacts = {}): string {
  return MESSAGES[language][code](facts);
}

/** A stored code, read at the trust boundary; anything unknown (or none) is `unknown`. */
export function readErrorCode(stored: string | null | undefined): BatchErrorCode {
  const parsed = BatchErrorCode.safeParse(stored);
  return parsed.success ? parsed.data : 'unknown';
}

/** The code for an item that did not pass `BatchItemInput`: its raw value and the schema's issues. */
export function inputErrorCode(value: unknown, issues: readonly { code: string; path: readonly PropertyKey[] }[]): BatchErrorCode {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'not_an_item';
  const text = (value as Record<string, unknown>).text;
  if (text === undefined || text === null || (typeof text === 'string' && !text.trim())) return 'empty_text';
  const codes = issues.map(({ code, path }): BatchErrorCode => {
    if (path[0] === 'text' && code === 'too_big') return 'text_too_long';
    if (path[0] === 'title' && code === 'too_big') return 'title_too_long';
    if (path[0] === 'ref' && code === 'too_big') return 'ref_too_long';
    return 'not_an_item';
  });
  const order: BatchErrorCode[] = ['not_an_item', 'text_too_long', 'title_too_long', 'ref_too_long'];
  return order.find((code) => codes.includes(code)) ?? 'not_an_item';
}
