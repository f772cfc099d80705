import { Hono } from 'hono';
import { isOtherLanguage } from '../../shared/language';
import { toVacancy, TranslateRequest } from '../../shared/translate-request';
import type { Translation } from '../../shared/translation';
import type { AppEnv } from '../env';
import { translate, UnknownOccupation } from '../engine';
import { legalInInterfaceLanguage } from '../legal/interface-language';
import { withLearningRoutes } from '../learning/d1-attach';
import { ProblemError } from '../lib/problem';
import { validate } from '../lib/validate';
import { getTaxonomy } from '../taxonomy';
import { streamTranslation } from './translations-stream';

/** The first of Dutch or English the Accept-Language header names, by its order (#17). */
export function acceptedLanguage(header: string | undefined): 'nl' | 'en' | null {
  for (const part of (header ?? '').split(',')) {
    const tag = part.trim().split(';')[0]!.toLowerCase();
    if (tag.startsWith('nl')) return 'nl';
    if (tag.startsWith('en')) return 'en';
  }
  return null;
}

export const translations = new Hono<AppEnv>().post('/', validate('json', TranslateRequest), async (c) => {
  const request = c.req.valid('json');
  // The user's choice of occupation (#15) is checked before anything is read or streamed.
  const occupation = request.occupation ?? null;
  if (occupation && getTaxonomy().occupationIdByUri(occupation) === null) {
    throw new ProblemError(400, new UnknownOccupation(occupation).message, {
      errors: [{ path: 'occupation', message: 'not an ESCO occupation Vaardig knows' }],
    });
  }
  const vacancy = toVacancy(request);
  if (!vacancy.isVacancy) {
    throw new ProblemError(422, `This is not a vacancy, so there is nothing to translate. ${vacancy.reason}`.trim());
  }
  if (!vacancy.language && isOtherLanguage(vacancy.text)) {
    throw new ProblemError(
      422,
      'Vaardig translates Dutch and English vacancies; this text is in another language. If it is Dutch or English, send "language": "nl" or "en".',
    );
  }
  // ?stream=1: the same result as server-sent events with progress first (#6).
  const options = { region: request.region ?? null, occupation, uiLanguage: request.uiLanguage ?? acceptedLanguage(c.req.header('Accept-Language')) };
  // The legal table's names in the interface language (#17), then the learning routes.
  const finish = (t: Translation) => withLearningRoutes(legalInInterfaceLanguage(t), c.env);
  if (c.req.query('stream') === '1') return streamTranslation(c, vacancy, request.engine ?? 'auto', finish, options);
  const translation = await finish(await translate(vacancy, request.engine ?? 'auto', c.env, options));
  return c.json(translation);
});
