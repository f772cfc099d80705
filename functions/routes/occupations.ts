import { Hono } from 'hono';
import { ESCO_ATTRIBUTION } from '../../shared/esco';
import { OccupationQuery, type OccupationSearch } from '../../shared/occupations';
import type { AppEnv } from '../env';
import { searchOccupations } from '../taxonomy/occupation-search';
import { validate } from '../lib/validate';
import { getTaxonomy } from '../taxonomy';

/** `GET /v1/occupations?q=&lang=`: ESCO occupations by label, for choosing the vacancy's occupation (#15). Public data, no token. */
export const occupations = new Hono<AppEnv>().get('/', validate('query', OccupationQuery), (c) => {
  const { q, lang, limit } = c.req.valid('query');
  const body: OccupationSearch = { occupations: searchOccupations(getTaxonomy(), q, lang, limit), attribution: ESCO_ATTRIBUTION };
  return c.json(body, 200, { 'cache-control': 'public, max-age=3600' });
});
