import { describe, expect, it } from 'vitest';
import { defaultFilters, filtersFromHash, hashFor, type QueueFilters } from './queue-url';

const team = defaultFilters(true);

describe('the queue’s filters in the address', () => {
  it.each<[QueueFilters, QueueFilters]>([
    [{ status: 'submitted', employer: '', age: 'any', sort: 'oldest' }, team],
    [{ status: '', employer: 'e-1', age: 'older7', sort: 'newest' }, team],
    [{ status: 'changes_requested', employer: '', age: 'age1', sort: 'oldest' }, defaultFilters(false)],
  ])('%j reads back as it was written', (filters, defaults) => {
    expect(filtersFromHash(hashFor(filters), defaults)).toEqual(filters);
  });

  it('keeps "all statuses" apart from "not said"', () => {
    expect(filtersFromHash('#/?status=', team)?.status).toBe('');
    expect(filtersFromHash('#/?sort=newest', team)?.status).toBe('submitted');
  });

  it('has no filters in an address without a query (the defaults apply)', () => {
    expect(filtersFromHash('#/', team)).toBeNull();
    expect(filtersFromHash('', team)).toBeNull();
    expect(filtersFromHash('#/profiles/abc', team)).toBeNull();
  });

  it('ignores what it does not know', () => {
    expect(filtersFromHash('#/?status=published&age=forever&sort=random', team)).toEqual(team);
  });
});
