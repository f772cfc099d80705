import { Hono } from 'hono';
import { LearningRoutesMatchRequest, type LearningRoutesMatchResponse } from '../../shared/learning-routes';
import type { AppEnv } from '../env';
import { D1Catalogue } from '../learning/d1-source';
import { gapFromSkills, gapFromTranslation } from '../learning/gap';
import { matchLearningRoutes } from '../learning/match';
import { ProblemError } from '../lib/problem';
import { validate } from '../lib/validate';
import { getTaxonomy } from '../taxonomy';

/** POST /v1/learning-routes/match: learning routes for a Translation, or for a gap given as ESCO skills. */
export const learningRoutes = new Hono<AppEnv>().post('/match', validate('json', LearningRoutesMatchRequest), async (c) => {
  const body = c.req.valid('json');
  // workerd advances clocks only at I/O, so this is the match's time up to its last D1 answer.
  const started = performance.now();
  const timing = () => c.header('server-timing', `match;dur=${(performance.now() - started).toFixed(2)}`);
  const taxonomy = getTaxonomy();
  const source = new D1Catalogue(c.env.DB);
  if ('translation' in body) {
    const { skills, needs } = gapFromTranslation(body.translation, taxonomy);
    const result = await matchLearningRoutes(
      source,
      {
        gap: skills,
        needs,
        filters: body.filters ?? {},
        language: body.translation.language,
        occupationUri: body.translation.occupation?.uri ?? null,
        region: body.translation.region ?? null,
      },
      taxonomy,
    );
    timing();
    return c.json({ ...result, gapSize: skills.length, unknownSkills: [] } satisfies LearningRoutesMatchResponse);
  }
  const { language, region } = body;
  const { skills, needs, unknownSkills } = gapFromSkills(body.gap, language, taxonomy);
  if (!skills.length) throw new ProblemError(422, `None of the skills is in ESCO v1.1.1 as Vaardig knows it: ${unknownSkills.slice(0, 3).join(', ')}.`);
  const result = await matchLearningRoutes(source, { gap: skills, needs, filters: body.filters ?? {}, language, region: region ?? null }, taxonomy);
  timing();
  return c.json({ ...result, gapSize: skills.length, unknownSkills } satisfies LearningRoutesMatchResponse);
});

/**
 * The old path, `/v1/routes/match` (#18: `routes` means HTTP routers only), kept for one release:
 * 0.1.0 had it; remove it in the release after the next. 308 keeps the method and the body, so a
 * POST is sent again to the new path. Mounted for every method, so it is no operation of its own
 * in the OpenAPI document.
 */
export const learningRoutesMoved = new Hono<AppEnv>().all('/match', (c) => {
  const url = new URL(c.req.url);
  return c.redirect(`/v1/learning-routes/match${url.search}`, 308);
});
