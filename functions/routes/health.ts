import { Hono } from 'hono';
import type { Health } from '../../shared/health';
import type { AppEnv } from '../env';
import { availableEngines } from '../engine';
import { dataVersions } from '../taxonomy';
import { VERSION } from '../version';

export const health = new Hono<AppEnv>().get('/', async (c) => {
  const migration = await c.env.DB.prepare('SELECT name FROM d1_migrations ORDER BY id DESC LIMIT 1')
    .first<{ name: string }>()
    .catch(() => null);
  const body: Health = {
    status: 'ok',
    version: VERSION,
    engines: availableEngines(c.env),
    data: { ...dataVersions(), database: migration?.name ?? 'not migrated' },
  };
  return c.json(body);
});
