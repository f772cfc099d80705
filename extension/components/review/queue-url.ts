/**
 * The queue's filters in the page address (#19): `#/?status=submitted&employer=…&age=older7&sort=oldest`,
 * so a reload, a bookmark or the way back from a profile keeps them. Pure: read and written here,
 * applied by the review app.
 */
import { ProfileStatus } from '../../../shared/profiles';

export const AGES = { any: {}, age1: { newerThanDays: 1 }, age7: { newerThanDays: 7 }, older7: { olderThanDays: 7 }, older30: { olderThanDays: 30 } } as const;
export type Age = keyof typeof AGES;
export type Sort = 'oldest' | 'newest';

export interface QueueFilters { status: string; employer: string; age: Age; sort: Sort }

/** Reviewers start on what waits for them, the longest waiting first; members on everything of their own. */
export const defaultFilters = (team: boolean): QueueFilters => ({ status: team ? 'submitted' : '', employer: '', age: 'any', sort: 'oldest' });

/** The filters a `#/?…` address names, the defaults for what it leaves out; null for an address without a query. */
export function filtersFromHash(hash: string, defaults: QueueFilters): QueueFilters | null {
  const match = /^#\/?\?(.*)$/.exec(hash);
  if (!match) return null;
  const params = new URLSearchParams(match[1]);
  const status = params.get('status');
  const age = params.get('age');
  const sort = params.get('sort');
  return {
    // An empty status is "all statuses", a chosen filter like any other.
    status: status !== null && (status === '' || ProfileStatus.safeParse(status).success) ? status : defaults.status,
    employer: params.get('employer')?.slice(0, 100) ?? defaults.employer,
    age: age && age in AGES ? (age as Age) : defaults.age,
    sort: sort === 'oldest' || sort === 'newest' ? sort : defaults.sort,
  };
}

/** The address of the queue with these filters. */
export function hashFor(filters: QueueFilters): string {
  const params = new URLSearchParams({ status: filters.status });
  if (filters.employer) params.set('employer', filters.employer);
  if (filters.age !== 'any') params.set('age', filters.age);
  params.set('sort', filters.sort);
  return `#/?${params}`;
}

/** The API query for these filters: what the queue lists, and where "next" looks. */
export const queryFor = (filters: QueueFilters) => ({ status: filters.status ? [filters.status] : undefined, employer: filters.employer || undefined, sort: filters.sort, ...AGES[filters.age] });
