/**
 * Client endpoints for expertise-team review (issue 7), mixed into `createApiClient` in ./client.
 * Saves carry the ETag they started from (If-Match), creates an Idempotency-Key, so that a retry
 * never duplicates and a stale save never overwrites.
 */
import * as z from 'zod';
import type { Language } from './locale';
import {
  AuditLog,
  BulkDecisionResult,
  Comment,
  Me,
  Presence,
  Profile,
  ProfileState,
  ProfileList,
  ProfileVersion,
  SkillSearch,
  type BulkDecisionInput,
  type CreateProfile,
  type DecisionInput,
  type ProfileQuery,
  type UpdateProfile,
} from './profiles';

type Exchange = <T extends z.ZodType>(
  method: string,
  path: string,
  schema: T,
  init?: { body?: unknown; signal?: AbortSignal; headers?: Record<string, string>; keepalive?: boolean },
) => Promise<{ data: z.infer<T>; etag: string | null }>;

/** A profile with the ETag to send back (If-Match) when saving it. */
export type Tagged<T> = T & { etag: string };

const query = (params: Record<string, string | number | string[] | undefined>) => {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) continue;
    search.set(key, Array.isArray(value) ? value.join(',') : String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
};

/** `GET /v1/profiles`'s query as the client takes it: statuses as a list. */
type ListParams = Omit<ProfileQuery, 'status'> & { status?: string[] };

const profilePath = (id: string, rest = '') => `/v1/profiles/${encodeURIComponent(id)}${rest}`;

export function profileEndpoints(exchange: Exchange) {
  const tagged = async <T extends { version: number }>(promise: Promise<{ data: T; etag: string | null }>): Promise<Tagged<T>> => {
    const { data, etag } = await promise;
    return { ...data, etag: etag ?? `"v${data.version}"` };
  };
  return {
    me: (signal?: AbortSignal) => exchange('GET', '/v1/me', Me, { signal }).then((r) => r.data),
    searchSkills: (params: { q: string; lang?: Language; limit?: number }, signal?: AbortSignal) =>
      exchange('GET', `/v1/skills${query({ q: params.q, lang: params.lang, limit: params.limit })}`, SkillSearch, { signal }).then((r) => r.data.skills),
    listProfiles: (params: ListParams = {}, signal?: AbortSignal) =>
      exchange('GET', `/v1/profiles${query(params as Record<string, string | number | string[] | undefined>)}`, ProfileList, { signal }).then(
        (r) => r.data.profiles,
      ),
    /** The list with how many profiles of each status the same search and filters find (the queue's counts). */
    profileQueue: (params: ListParams = {}, signal?: AbortSignal) =>
      exchange('GET', `/v1/profiles${query(params as Record<string, string | number | string[] | undefined>)}`, ProfileList, { signal }).then((r) => r.data),
    getProfile: (id: string, signal?: AbortSignal) => tagged(exchange('GET', profilePath(id), Profile, { signal })),
    /** `idempotencyKey`: reuse the same key when retrying the same create (e.g. from an outbox). */
    createProfile: (body: CreateProfile, { idempotencyKey }: { idempotencyKey?: string } = {}) =>
      tagged(exchange('POST', '/v1/profiles', Profile, { body, headers: idempotencyKey ? { 'idempotency-key': idempotencyKey } : {} })),
    /** Saves a new version; rejects with ApiError 412 when someone saved since `etag`. */
    updateProfile: (id: string, body: UpdateProfile, etag: string) =>
      tagged(exchange('PUT', profilePath(id), Profile, { body, headers: { 'if-match': etag } })),
    submitProfile: (id: string, { etag }: { etag?: string } = {}) =>
      tagged(exchange('POST', profilePath(id, '/submit'), Profile, { headers: etag ? { 'if-match': etag } : {} })),
    decideProfile: (id: string, body: DecisionInput, { etag }: { etag?: string } = {}) =>
      tagged(exchange('POST', profilePath(id, '/decision'), Profile, { body, headers: etag ? { 'if-match': etag } : {} })),
    /** One decision and one comment for several profiles; each says how it went. */
    decideProfiles: (body: BulkDecisionInput) => exchange('POST', '/v1/profiles/decisions', BulkDecisionResult, { body }).then((r) => r.data.results),
    /** Claims a submitted profile for the caller (a team reviewer), or lets go of the claim. */
    claimProfile: (id: string) => tagged(exchange('POST', profilePath(id, '/claim'), Profile)),
    releaseProfile: (id: string) => tagged(exchange('DELETE', profilePath(id, '/claim'), Profile)),
    commentOnProfile: (id: string, text: string) => exchange('POST', profilePath(id, '/comments'), Comment, { body: { body: text } }).then((r) => r.data),
    /** Where the profile stands and its ETag; null (304) while it is still as `etag` says: cheap to ask often (#19). */
    profileState: (id: string, etag?: string | null) =>
      exchange('GET', profilePath(id, '/state'), ProfileState.nullable(), { headers: etag ? { 'if-none-match': etag } : {} }).then((r) =>
        r.data ? { ...r.data, etag: r.etag ?? '' } : null,
      ),
    /** The caller has the profile open now (#19); answers the others who have it open. */
    markPresent: (id: string) => exchange('PUT', profilePath(id, '/presence'), Presence).then((r) => r.data.viewers),
    /** The caller closed the profile; sent as the page closes, so it must outlive the page. */
    markGone: (id: string) => exchange('DELETE', profilePath(id, '/presence'), z.null(), { keepalive: true }).then(() => undefined),
    profileVersion: (id: string, version: number) => exchange('GET', profilePath(id, `/versions/${version}`), ProfileVersion).then((r) => r.data),
    profileAudit: (id: string) => exchange('GET', profilePath(id, '/audit'), AuditLog).then((r) => r.data.entries),
  };
}
