/**
 * The queue's filters in the page address (#19): `#/?status=submitted&employer=…&age=older7&sort=oldest&q=…`,
 * so a reload, a bookmark or the way back from a profile keeps them, the search included. Pure: read and written here,
 * applied by the review app.
 */
import { ProfileStatus } from '../../shared/profiles';

export const AGES = { any: {}, age1: { newerThanDays: 1 }, age7: { newerThanDays: 7 }, older7: { olderThanDays: 7 }, older30: { olderThanDays: 30 } } as const;
export type Age = keyof typeof AGES;
export const SORTS = ['oldest', 'newest', 'title', 'organization'] as const;
export type Sort = (typeof SORTS)[number];

/** `q`: words the title or the organisation's name contains; '' for none. */
export interface QueueFilters {
  status: string;
  employer: string;
  age: Age;
  sort: Sort;
  q: string;
}

/** Reviewers start on what waits for them, the longest waiting first; members on everything of their own. */
export const defaultFilters = (team: boolean): QueueFilters => ({ status: team ? 'submitted' : '', employer: '', age: 'any', sort: 'oldest', q: '' });

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
    sort: (SORTS as readonly string[]).includes(sort ?? '') ? (sort as Sort) : defaults.sort,
    // The API takes at most 100 characters, trimmed.
    q: params.get('q')?.trim().slice(0, 100) ?? defaults.q,
  };
}

/** The address of the queue with these filters. */
export function hashFor(filters: QueueFilters): string {
  const params = new URLSearchParams({ status: filters.status });
  if (filters.employer) params.set('employer', filters.employer);
  if (filters.age !== 'any') params.set('age', filters.age);
  params.set('sort', filters.sort);
  if (filters.q.trim()) params.set('q', filters.q.trim());
  return `#/?${params}`;
}

/** The API query for these filters: what the queue lists, and where "next" looks. */
export const queryFor = (filters: QueueFilters) => ({
  status: filters.status ? [filters.status] : undefined,
  employer: filters.employer || undefined,
  sort: filters.sort,
  q: filters.q.trim() || undefined,
  ...AGES[filters.age],
});
