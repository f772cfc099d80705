import { Hono } from 'hono';
import { TranslateRequest } from '../../shared/schemas';
import { toVacancy } from '../../shared/vacancy';
import type { AppEnv } from '../app';
import { translate } from '../engine';
import { validate } from '../lib/validate';

export const translations = new Hono<AppEnv>().post('/', validate('json', TranslateRequest), async (c) => {
  const request = c.req.valid('json');
  const translation = await translate(toVacancy(request), request.engine ?? 'auto', c.env);
  return c.json(translation);
});
