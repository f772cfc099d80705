/**
 * The insights of issue 20 as D1 aggregates over the facts each profile version leaves when it is
 * saved (migration 0008: profile_facts, profile_needs, profile_need_routes), joined to the
 * profiles' current versions. Nothing is summed in the Worker but the last few rows.
 */
import type { Impact, LearningNeed } from '../../shared/insights';
import type { Language } from '../../shared/locale';
import type { Scope } from './access';

/** `from` and `to` as bounds on created_at (ISO strings compare in time order); a day as `to` counts whole. */
export function period(from?: string, to?: string) {
  const iso = (value: string) => new Date(value).toISOString();
  const day = /^\d{4}-\d{2}-\d{2}$/;
  return {
    from: from ? iso(from) : null,
    // Exclusive: the start of the next day, or just after the given moment.
    until: to ? (day.test(to) ? new Date(Date.parse(to) + 86_400_000).toISOString() : new Date(Date.parse(to) + 1).toISOString()) : null,
  };
}

/** The profiles in scope, as SQL and its parameters (numbered from `first`). */
function scopeSql(scope: Scope, first: number) {
  const organizations =
    scope.kind === 'expertise_team' ? `p.organization_id IN (SELECT employer_id FROM team_clients WHERE team_id = ?${first})` : `p.organization_id = ?${first}`;
  return { sql: `${organizations}${scope.drafts ? '' : ` AND p.status != 'draft'`}`, params: [scope.organizationId] };
}

interface ImpactRow {
  profiles: number;
  draft: number;
  submitted: number;
  changes_requested: number;
  approved: number;
  diplomas: number;
  translated: number;
  kept_by_law: number;
  moved: number;
  years: number;
  warnings: number;
  resolved: number;
  formal: number;
  non_formal: number;
  informal: number;
  employers: number;
}

export async function impact(db: D1Database, scope: Scope, from?: string, to?: string): Promise<Impact> {
  const where = scopeSql(scope, 1);
  const bounds = period(from, to);
  const sum = (column: string) => `coalesce(sum(f.${column}), 0)`;
  const row = await db
    .prepare(
      `SELECT count(*) AS profiles,
              coalesce(sum(p.status = 'draft'), 0) AS draft, coalesce(sum(p.status = 'submitted'), 0) AS submitted,
              coalesce(sum(p.status = 'changes_requested'), 0) AS changes_requested, coalesce(sum(p.status = 'approved'), 0) AS approved,
              ${sum('diplomas')} AS diplomas, ${sum('diplomas_translated')} AS translated, ${sum('diplomas_kept_by_law')} AS kept_by_law,
              ${sum('moved_to_profile')} AS moved, ${sum('years_to_competence')} AS years,
              ${sum('warnings')} AS warnings, ${sum('warnings_resolved')} AS resolved,
              ${sum('routes_formal')} AS formal, ${sum('routes_non_formal')} AS non_formal, ${sum('routes_informal')} AS informal,
              ${scope.kind === 'expertise_team' ? '(SELECT count(*) FROM team_clients WHERE team_id = ?1)' : '1'} AS employers
         FROM profiles p LEFT JOIN profile_facts f ON f.profile_id = p.id AND f.version = p.version
        WHERE ${where.sql} AND (?2 IS NULL OR p.created_at >= ?2) AND (?3 IS NULL OR p.created_at < ?3)`,
    )
    .bind(...where.params, bounds.from, bounds.until)
    .first<ImpactRow>();
  const r = row!;
  const keptByChoice = Math.max(0, r.diplomas - r.translated - r.kept_by_law);
  return {
    scope: { organizationId: scope.organizationId, kind: scope.kind, employers: r.employers },
    from: bounds.from,
    to: to ? new Date(Date.parse(bounds.until!) - 1).toISOString() : null,
    profiles: r.profiles,
    byStatus: { draft: r.draft, submitted: r.submitted, changes_requested: r.changes_requested, approved: r.approved },
    diplomaRequirements: { before: r.diplomas, translated: r.translated, keptByLaw: r.kept_by_law, keptByChoice, after: r.kept_by_law + keptByChoice },
    movedToPersonProfile: r.moved,
    yearsToCompetence: r.years,
    warnings: { raised: r.warnings, resolved: r.resolved },
    learningRoutes: { formal: r.formal, 'non-formal': r.non_formal, informal: r.informal },
  };
}

/** Impact as CSV rows: metric, value. */
export function impactRows(value: Impact): [string, number | string][] {
  const d = value.diplomaRequirements;
  return [
    ['organizationId', value.scope.organizationId],
    ['employers', value.scope.employers],
    ['from', value.from ?? ''],
    ['to', value.to ?? ''],
    ['profiles', value.profiles],
    ...Object.entries(value.byStatus).map(([status, n]): [string, number] => [`profiles.${status}`, n]),
    ['diplomaRequirements.before', d.before],
    ['diplomaRequirements.translated', d.translated],
    ['diplomaRequirements.keptByLaw', d.keptByLaw],
    ['diplomaRequirements.keptByChoice', d.keptByChoice],
    ['diplomaRequirements.after', d.after],
    ['movedToPersonProfile', value.movedToPersonProfile],
    ['yearsToCompetence', value.yearsToCompetence],
    ['warnings.raised', value.warnings.raised],
    ['warnings.resolved', value.warnings.resolved],
    ...Object.entries(value.learningRoutes).map(([form, n]): [string, number] => [`learningRoutes.${form}`, n]),
  ];
}

// --- Shared learning needs ---

const SHARED = `p.organization_id IN (SELECT employer_id FROM team_clients WHERE team_id = ?1) AND p.status IN ('submitted', 'approved')`;

interface NeedRow {
  uri: string;
  label: string;
  employers: number;
  profiles: number;
}
interface RouteRow {
  uri: string;
  form: LearningNeed['routes'][number]['form'];
  title: string;
  provider: string | null;
  source_id: string | null;
  n: number;
}

/**
 * Skills that at least `minEmployers` different employers of the team ask to be learned on the job,
 * most shared first. `onlyOf`: an employer that sees only the shared needs it has itself.
 */
export async function learningNeeds(
  db: D1Database,
  teamId: string,
  minEmployers: number,
  limit: number,
  onlyOf: string | null,
  language: Language,
): Promise<LearningNeed[]> {
  const { results: needs } = await db
    .prepare(
      `SELECT n.skill_uri AS uri, max(n.label) AS label, count(DISTINCT p.organization_id) AS employers, count(DISTINCT p.id) AS profiles
         FROM profiles p JOIN profile_needs n ON n.profile_id = p.id AND n.version = p.version
        WHERE ${SHARED}
          AND (?4 IS NULL OR n.skill_uri IN (SELECT n2.skill_uri FROM profiles p2 JOIN profile_needs n2 ON n2.profile_id = p2.id AND n2.version = p2.version
                                             WHERE p2.organization_id = ?4 AND p2.status IN ('submitted', 'approved')))
        GROUP BY n.skill_uri
       HAVING count(DISTINCT p.organization_id) >= ?2
        ORDER BY employers DESC, profiles DESC, uri
        LIMIT ?3`,
    )
    .bind(teamId, minEmployers, limit, onlyOf)
    .all<NeedRow>();
  if (!needs.length) return [];
  // The routes those profiles offer for these skills, the most offered first, three a skill. The
  // unary + keeps SQLite on the team's profiles (then each one's routes by primary key) rather than
  // every profile's routes for the skill: the cost follows the team, not the whole table.
  const { results: routes } = await db
    .prepare(
      `SELECT r.skill_uri AS uri, r.form, r.title, r.provider, r.source_id, count(DISTINCT p.organization_id) AS n
         FROM profiles p JOIN profile_need_routes r ON r.profile_id = p.id AND r.version = p.version
        WHERE ${SHARED} AND +r.skill_uri IN (SELECT value FROM json_each(?2))
        GROUP BY r.skill_uri, r.form, r.title, r.provider, r.source_id
        ORDER BY n DESC, r.form, r.title`,
    )
    .bind(teamId, JSON.stringify(needs.map((n) => n.uri)))
    .all<RouteRow>();
  return needs.map((need) => {
    const offered = routes.filter((r) => r.uri === need.uri).slice(0, 3);
    return {
      skill: { uri: need.uri, label: need.label },
      employers: need.employers,
      profiles: need.profiles,
      routes: offered.map((r) => ({ form: r.form, title: r.title, provider: r.provider, sourceId: r.source_id })),
      suggestion: suggest(need, offered, language),
    };
  });
}

/** A joint form: a course they buy together when one is on offer, learning at work when only informal routes are, else a learning circle. */
function suggest(need: NeedRow, routes: RouteRow[], language: Language): LearningNeed['suggestion'] {
  const nl = language === 'nl';
  const course = routes.find((r) => r.form === 'non-formal' || r.form === 'formal');
  if (course) {
    const what = `${course.title}${course.provider ? ` (${course.provider})` : ''}`;
    return {
      form: 'shared-course',
      text: nl
        ? `${need.employers} werkgevers willen "${need.label}" op de werkvloer laten leren: koop ${what} samen in als één groepscursus.`
        : `${need.employers} employers want "${need.label}" learned on the job: buy ${what} together as one group course.`,
    };
  }
  if (routes.some((r) => r.form === 'informal')) {
    return {
      form: 'work-based',
      text: nl
        ? `${need.employers} werkgevers willen "${need.label}" op de werkvloer laten leren: zet samen een werkend-lerenroute op (meelopen, een buddy, uitwisseling tussen de bedrijven).`
        : `${need.employers} employers want "${need.label}" learned on the job: set up a shared work-based route (shadowing, a buddy, exchanges between the firms).`,
    };
  }
  return {
    form: 'learning-circle',
    text: nl
      ? `${need.employers} werkgevers willen "${need.label}" op de werkvloer laten leren: start een leerkring waarin hun nieuwe medewerkers het samen leren.`
      : `${need.employers} employers want "${need.label}" learned on the job: start a learning circle where their new staff learn it together.`,
  };
}
