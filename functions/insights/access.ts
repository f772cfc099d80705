/**
 * Who sees which insights (issue 20). Pure: the route loads the facts, this decides. The same
 * tenancy as profiles (./access.ts): an employer sees its own; a team's reviewers and admins see
 * the employers the team serves, never their drafts; a team's plain members see none; anything
 * not visible is 404, visible but not allowed is 403.
 */
import type { Caller } from '../lib/auth';

/** Whose profiles an insight counts: one employer or all a team serves; drafts only for the employer itself. */
export type Scope = { kind: 'employer'; organizationId: string; drafts: boolean } | { kind: 'expertise_team'; organizationId: string; drafts: false };

export type ScopeVerdict = { ok: true; scope: Scope } | { ok: false; status: 403 | 404; reason: string };

const isTeamReviewer = (caller: Caller) => caller.organization.kind === 'expertise_team' && caller.role !== 'member';
const MEMBER = 'A team’s reviewers and admins see its insights; ask one of them, or an admin for a reviewer token.';

/** Impact of `organizationId` (default: the caller's own organisation). `served`: whether the caller's team serves it. */
export function impactScope(caller: Caller, organizationId: string | undefined, served: boolean): ScopeVerdict {
  const target = organizationId ?? caller.organization.id;
  if (caller.organization.kind === 'employer') {
    return target === caller.organization.id
      ? { ok: true, scope: { kind: 'employer', organizationId: target, drafts: true } }
      : { ok: false, status: 404, reason: 'not visible' };
  }
  if (target !== caller.organization.id && !served) return { ok: false, status: 404, reason: 'not visible' };
  if (!isTeamReviewer(caller)) return { ok: false, status: 403, reason: MEMBER };
  return target === caller.organization.id
    ? { ok: true, scope: { kind: 'expertise_team', organizationId: target, drafts: false } }
    : { ok: true, scope: { kind: 'employer', organizationId: target, drafts: false } };
}

/** Whose needs are shown: all the team's, or (an employer served by the team) only the ones it shares itself. */
export type NeedsView = { ok: true; onlyOf: string | null } | { ok: false; status: 403 | 404; reason: string };

/** `teamServesCaller`: the team is an expertise team that serves the calling employer. */
export function needsView(caller: Caller, teamId: string, teamServesCaller: boolean): NeedsView {
  if (caller.organization.kind === 'employer')
    return teamServesCaller ? { ok: true, onlyOf: caller.organization.id } : { ok: false, status: 404, reason: 'not visible' };
  if (teamId !== caller.organization.id) return { ok: false, status: 404, reason: 'not visible' };
  return isTeamReviewer(caller) ? { ok: true, onlyOf: null } : { ok: false, status: 403, reason: MEMBER };
}
