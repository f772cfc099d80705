/**
 * Who may do what with a profile (issue 7). Pure: the routes load the facts, this decides; the
 * review page asks the same rule what to offer (the API decides in the end).
 *   - In an employer organisation every role acts for the employer: it sees and works on the
 *     organisation's own profiles.
 *   - In an expertise team, reviewers and admins see the submitted (and later) profiles of the
 *     employers the team serves; a team's plain members see none.
 *   - Anything not visible is 404, never a hint that it exists; visible but not allowed is 403;
 *     allowed but not in this status is 409.
 */
import { EDITABLE_BY_EMPLOYER, SUBMITTABLE, type OrganizationKind, type ProfileStatus, type Role } from './profiles';

/** Who asks: a token's role in its organisation (the Worker's `Caller`, the page's `Me`). */
export interface Caller {
  role: Role;
  organization: { id: string; kind: OrganizationKind };
}

export type ProfileAction = 'read' | 'comment' | 'update' | 'submit' | 'decide' | 'delete';

export interface ProfileFacts {
  organizationId: string;
  status: ProfileStatus;
  /** Whether the caller's organisation is a team that serves the profile's employer. */
  callerServesOwner: boolean;
  /** Whether it was ever submitted for review (then it has a history and stays). */
  everSubmitted?: boolean;
}

export type Verdict = { ok: true } | { ok: false; status: 403 | 404 | 409; reason: string };

const OK: Verdict = { ok: true };
const deny = (status: 403 | 404 | 409, reason: string): Verdict => ({ ok: false, status, reason });

export const isOwner = (caller: Caller, profile: Pick<ProfileFacts, 'organizationId'>) => caller.organization.id === profile.organizationId;

/** A reviewer (or admin) of an expertise team that serves the profile's employer. */
export const isServingReviewer = (caller: Caller, profile: ProfileFacts) =>
  caller.organization.kind === 'expertise_team' && caller.role !== 'member' && profile.callerServesOwner;

export function canSee(caller: Caller, profile: ProfileFacts): boolean {
  return isOwner(caller, profile) || (isServingReviewer(caller, profile) && profile.status !== 'draft');
}

/** May this caller create profiles? Profiles belong to employers. */
export function canCreate(caller: Caller): Verdict {
  return caller.organization.kind === 'employer' ? OK : deny(403, 'Profiles belong to employers; an expertise team reviews them but does not create them.');
}

export function authorize(caller: Caller, profile: ProfileFacts, action: ProfileAction): Verdict {
  if (!canSee(caller, profile)) return deny(404, 'not visible');
  const owner = isOwner(caller, profile);
  switch (action) {
    case 'read':
    case 'comment':
      return OK;
    case 'update':
      if (owner) {
        return EDITABLE_BY_EMPLOYER.includes(profile.status)
          ? OK
          : deny(409, 'The profile is under review. It can be changed again once the team has decided on it.');
      }
      return profile.status === 'submitted'
        ? OK
        : deny(409, `The profile is ${profile.status.replace('_', ' ')}; a reviewer changes it only while it is submitted for review.`);
    case 'submit':
      if (!owner) return deny(403, 'Only the employer submits its profiles for review.');
      return SUBMITTABLE.includes(profile.status) || profile.status === 'submitted'
        ? OK
        : deny(409, 'The profile is approved. Change it first to start a new review.');
    case 'delete':
      if (!owner) return deny(403, 'Only the employer who wrote a profile deletes it.');
      return profile.status === 'draft' && !profile.everSubmitted
        ? OK
        : deny(409, 'This profile was submitted for review, so it stays with its history. A draft that was never submitted can be deleted.');
    case 'decide':
      if (owner) return deny(403, 'Only a reviewer of an expertise team that serves this employer decides on a profile.');
      return profile.status === 'submitted' ? OK : deny(409, `The profile is ${profile.status.replace('_', ' ')}; a decision needs a submitted profile.`);
  }
}
