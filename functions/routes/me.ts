import { Hono } from 'hono';
import type { Me, Organization } from '../../shared/profiles';
import { requireCaller, type AuthEnv } from '../lib/auth';

/** Who the token belongs to, and for a team the employers it serves: what the review page shows. */
export const me = new Hono<AuthEnv>().use('*', requireCaller).get('/', async (c) => {
  const caller = c.get('caller');
  const { results } = await c.env.DB.prepare(
    `SELECT o.id, o.name, o.kind FROM team_clients t JOIN organizations o ON o.id = t.employer_id WHERE t.team_id = ? ORDER BY o.name`,
  )
    .bind(caller.organization.id)
    .all<Organization>();
  const body: Me = { tokenId: caller.tokenId, role: caller.role, label: caller.label, organization: caller.organization, clients: results };
  return c.json(body);
});
