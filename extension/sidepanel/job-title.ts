import { isSectionHeading } from '../page/capture/sections';
import type { Translation } from '../../shared/translation';
import type { Vacancy } from '../../shared/vacancy';

/**
 * An ATS editor's page heading, not a job: "Vacature bewerken", "Edit job", "Nieuwe vacature" (#17:
 * on an ATS page the result was titled "Vacature bewerken").
 */
const EDITOR_HEADING = new RegExp(
  [
    String.raw`^(vacature|vacancy|job|functie|functieprofiel|advertentie|posting|job posting|job ad|position)s?\s+(bewerken|wijzigen|aanpassen|aanmaken|toevoegen|maken|opstellen|plaatsen|editor|edit|create|details)$`,
    String.raw`^(bewerk|wijzig|edit|create|new|add|nieuwe?|maak)\s+(een\s+|a\s+)?(vacature|vacancy|job|functie|posting|job posting|job ad|position)$`,
    String.raw`^(vacature|vacancy|job|functie)(-?editor)?$`,
  ].join('|'),
  'i',
);

const bare = (title: string) =>
  title
    .replace(/^#+\s*/, '')
    .replace(/\s+[—–|]\s+.*$/, '')
    .trim();

/** A page heading that names the editor, not the job. */
export function isEditorHeading(title: string): boolean {
  return EDITOR_HEADING.test(bare(title)) || EDITOR_HEADING.test(title.trim());
}

/**
 * The text's first line when it reads as a job title: short, no sentence, not the editor's heading
 * and not the heading of a part of the posting ("Wat ga je doen?", "Requirements"). Else null.
 */
export function titleLine(text: string): string | null {
  const first =
    text
      .trim()
      .split('\n')[0]
      ?.replace(/^#+\s*/, '')
      .replace(/\*\*/g, '')
      .trim() ?? '';
  if (first && first.length <= 100 && !/[.!?:]$/.test(first) && !isEditorHeading(first) && !isSectionHeading(first)) return first;
  return null;
}

/**
 * The vacancy's job title: the engine's, else capture's, unless it is the editor's own heading; then
 * the posting's first line when it reads as a title. Null when there is none.
 */
export function jobTitle(vacancy: Vacancy, translation?: Translation | null): string | null {
  for (const title of [translation?.title, vacancy.title]) if (title?.trim() && !isEditorHeading(title)) return title.trim();
  return titleLine(vacancy.text);
}
