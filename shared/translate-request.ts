/** `POST /v1/translations`: a vacancy, or plain text, and how to translate it. */
import * as z from 'zod';
import { OCCUPATION_URI } from './esco';
import { detectLanguage } from './language';
import { Language, Region } from './locale';
import { Vacancy } from './vacancy';

export const EngineChoice = z.enum(['offline', 'claude', 'auto']);
export type EngineChoice = z.infer<typeof EngineChoice>;

const MAX_TEXT = 256 * 1024;

/** An ESCO occupation the user chose (#15): the engine then translates for it instead of guessing. */
export const OccupationUri = z
  .string()
  .trim()
  .max(200)
  .startsWith(OCCUPATION_URI, `occupation must be an ESCO occupation URI such as ${OCCUPATION_URI}… (find one with GET /v1/occupations?q=…)`);

export const TranslateTextRequest = z.object({
  text: z.string().trim().min(1, 'text is empty').max(MAX_TEXT, 'text is longer than 256 KB'),
  title: z.string().max(500).nullish(),
  url: z.string().max(2048).nullish(),
  language: Language.nullish(),
  engine: EngineChoice.optional(),
  /** Set to override the detected region (the side panel's setting). */
  region: Region.nullish(),
  /** The ESCO occupation the user chose; the engine claims it with certainty 1 (#15). */
  occupation: OccupationUri.nullish(),
  /** The language of the interface (#17): change reasons, warnings and route explanations; else Accept-Language. */
  uiLanguage: Language.nullish(),
});
export const TranslateVacancyRequest = z.object({
  // The same cap as plain text: a captured vacancy must not carry more work than pasted text (#9).
  vacancy: Vacancy.extend({ text: z.string().max(MAX_TEXT, 'text is longer than 256 KB') }),
  engine: EngineChoice.optional(),
  region: Region.nullish(),
  occupation: OccupationUri.nullish(),
  uiLanguage: Language.nullish(),
});
export const TranslateRequest = z.union([TranslateTextRequest, TranslateVacancyRequest]);
export type TranslateRequest = z.infer<typeof TranslateRequest>;

/** Normalise either request shape into one Vacancy. */
export function toVacancy(request: TranslateRequest): Vacancy {
  if ('vacancy' in request) return request.vacancy;
  return Vacancy.parse({
    isVacancy: true,
    title: request.title ?? null,
    employer: null,
    location: null,
    language: request.language ?? detectLanguage(request.text),
    text: request.text,
    source: 'text',
    url: request.url ?? null,
  });
}
