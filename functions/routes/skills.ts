import { Hono } from 'hono';
import { SkillQuery, type SkillSearch } from '../../shared/profiles';
import type { AppEnv } from '../env';
import { searchSkills } from '../taxonomy/skill-search';
import { validate } from '../lib/validate';
import { getTaxonomy } from '../taxonomy';

/** `GET /v1/skills?q=&lang=`: ESCO skills by label, for editing a profile's skills. Public data, no token. */
export const skills = new Hono<AppEnv>().get('/', validate('query', SkillQuery), (c) => {
  const { q, lang, limit } = c.req.valid('query');
  const body: SkillSearch = { skills: searchSkills(getTaxonomy(), q, lang, limit) };
  return c.json(body, 200, { 'cache-control': 'public, max-age=3600' });
});
