import { Hono } from 'hono';
import type { AppEnv } from '../env';
import { openApiDocument } from './document';

/** `GET /v1/openapi.json`: the published API, generated from the schemas the routes validate with. */
export const openapi = new Hono<AppEnv>().get('/', (c) => c.json(openApiDocument(), 200, { 'cache-control': 'public, max-age=3600' }));
