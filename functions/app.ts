import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { batches } from './batches/router';
import type { AppEnv } from './env';
import { insights } from './insights/router';
import { problemJson, ProblemError } from './lib/problem';
import { rateLimit } from './lib/rate-limit';
import { corsForExtension, requestSizeLimit, securityHeaders } from './lib/security';
import { openapi } from './openapi/route';
import { profiles } from './profiles/router';
import { admin } from './routes/admin';
import { health } from './routes/health';
import { learningRoutes, learningRoutesMoved } from './routes/learning-routes';
import { me } from './routes/me';
import { occupations } from './routes/occupations';
import { skills } from './routes/skills';
import { translations } from './routes/translations';

export const app = new Hono<AppEnv>()
  .use(securityHeaders)
  .use(corsForExtension())
  // An upload of a batch (#20) may be 20 MB; its router sets that limit itself.
  .use((c, next) => (c.req.path === '/v1/batches' ? next() : requestSizeLimit(c, next)))
  .use('/v1/translations/*', rateLimit())
  .route('/v1/health', health)
  .route('/v1/translations', translations)
  .route('/v1/admin', admin)
  .route('/v1/me', me)
  .route('/v1/profiles', profiles)
  .route('/v1/batches', batches)
  .route('/v1/insights', insights)
  .route('/v1/skills', skills)
  .route('/v1/occupations', occupations)
  .route('/v1/learning-routes', learningRoutes)
  .route('/v1/routes', learningRoutesMoved)
  .route('/v1/openapi.json', openapi);

app.notFound((c) => problemJson(c, 404, `There is nothing at ${c.req.method} ${new URL(c.req.url).pathname}.`));

app.onError((error, c) => {
  if (error instanceof ProblemError) return problemJson(c, error.status, error.detail, error.extra);
  if (error instanceof HTTPException) {
    // Hono's own validator throws this for a body that is not JSON.
    const detail = /malformed json/i.test(error.message)
      ? 'The request body is not valid JSON. Send a JSON object such as {"text": "..."} with Content-Type: application/json.'
      : error.message || 'The request could not be handled.';
    return problemJson(c, error.status, detail);
  }
  console.error(error);
  // D1 unreachable or overloaded (#9): the write did not happen, so the client can safely retry.
  if (isD1Outage(error))
    return problemJson(c, 503, 'The database is not available; nothing was stored, try again in a moment.', { headers: { 'retry-after': '5' } });
  return problemJson(c, 500, 'Something went wrong on our side. Your input was not stored; please try again.');
});

function isD1Outage(error: unknown): boolean {
  const message = String((error as Error)?.message ?? error);
  return (
    /\bD1_(?:ERROR|EXEC_ERROR)\b|SQLITE_BUSY|database is locked|Network connection lost/i.test(message) &&
    !/constraint|no such (?:table|column)|syntax error/i.test(message)
  );
}

export type AppType = typeof app;
