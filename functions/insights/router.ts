import { Hono } from 'hono';
import type { Context } from 'hono';
import { ImpactQuery, LearningNeedsQuery } from '../../shared/insights';
import { requireCaller, type AuthEnv } from '../lib/auth';
import { csvLine } from '../../shared/csv';
import { impactScope, needsView } from './access';
import { impact, impactRows, learningNeeds } from './store';
import { ProblemError } from '../lib/problem';
import { serves } from '../profiles/store';
import { validate } from '../lib/validate';

type Ctx = Context<AuthEnv>;

const notFound = (c: Ctx, what: string) =>
  new ProblemError(404, `There is no ${what} you may see at ${new URL(c.req.url).pathname}${new URL(c.req.url).search}.`);

const csv = (c: Ctx, name: string, rows: unknown[][]) =>
  c.body(`\uFEFF${rows.map(csvLine).join('')}`, 200, {
    'content-type': 'text/csv; charset=utf-8',
    'content-disposition': `attachment; filename="${name}.csv"`,
  });

export const insights = new Hono<AuthEnv>()
  .use('*', requireCaller)

  .get('/impact', validate('query', ImpactQuery), async (c) => {
    const caller = c.get('caller');
    const query = c.req.valid('query');
    const target = query.organizationId;
    const served =
      Boolean(target) &&
      caller.organization.kind === 'expertise_team' &&
      target !== caller.organization.id &&
      (await serves(c.env.DB, caller.organization.id, target!));
    const verdict = impactScope(caller, target, served);
    if (!verdict.ok) throw verdict.status === 404 ? notFound(c, 'organisation') : new ProblemError(verdict.status, verdict.reason);
    if (query.from && query.to && Date.parse(query.from) > Date.parse(query.to)) {
      throw new ProblemError(400, 'from is after to.', { errors: [{ path: 'from', message: 'after to' }] });
    }
    const result = await impact(c.env.DB, verdict.scope, query.from, query.to);
    return query.format === 'csv' ? csv(c, `impact-${result.scope.organizationId}`, [['metric', 'value'], ...impactRows(result)]) : c.json(result);
  })

  .get('/learning-needs', validate('query', LearningNeedsQuery), async (c) => {
    const caller = c.get('caller');
    const query = c.req.valid('query');
    const team = await c.env.DB.prepare(`SELECT id FROM organizations WHERE id = ? AND kind = 'expertise_team'`).bind(query.teamId).first<{ id: string }>();
    if (!team) throw notFound(c, 'team');
    const teamServesCaller = caller.organization.kind === 'employer' && (await serves(c.env.DB, team.id, caller.organization.id));
    const view = needsView(caller, team.id, teamServesCaller);
    if (!view.ok) throw view.status === 404 ? notFound(c, 'team') : new ProblemError(view.status, view.reason);
    const needs = await learningNeeds(c.env.DB, team.id, query.minEmployers, query.limit, view.onlyOf, query.lang);
    if (query.format === 'csv') {
      const rows = needs.map((n) => [
        n.skill.label,
        n.skill.uri,
        n.employers,
        n.profiles,
        n.suggestion.form,
        n.suggestion.text,
        n.routes.map((r) => `${r.title}${r.provider ? ` (${r.provider})` : ''}`).join('; '),
      ]);
      return csv(c, `learning-needs-${team.id}`, [['skill', 'uri', 'employers', 'profiles', 'suggestion', 'suggestionText', 'routes'], ...rows]);
    }
    return c.json({ teamId: team.id, minEmployers: query.minEmployers, needs });
  });
