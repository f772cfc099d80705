import type { TranslateRequest, Vacancy } from './schemas';
import { Vacancy as VacancySchema } from './schemas';
import { detectLanguage } from './language';

/** Normalise either request shape into one Vacancy. */
export function toVacancy(request: TranslateRequest): Vacancy {
  if ('vacancy' in request) return request.vacancy;
  return VacancySchema.parse({
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
