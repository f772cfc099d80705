import { describe, expect, it } from 'vitest';
import { defaultFilters, filtersFromHash, hashFor, queryFor, type QueueFilters } from './queue-url';

const team = defaultFilters(true);

describe('the queue’s filters in the address', () => {
  it.each<[QueueFilters, QueueFilters]>([
    [{ status: 'submitted', employer: '', age: 'any', sort: 'oldest', q: '' }, team],
    [{ status: '', employer: 'e-1', age: 'older7', sort: 'newest', q: '' }, team],
    [{ status: 'changes_requested', employer: '', age: 'age1', sort: 'oldest', q: '' }, defaultFilters(false)],
    [{ status: 'submitted', employer: '', age: 'any', sort: 'title', q: 'verzorgende IG' }, team],
    [{ status: '', employer: '', age: 'any', sort: 'organization', q: '50% & co #1' }, team],
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

  it('keeps the search out of the address when there is none, trimmed when there is', () => {
    expect(hashFor({ ...team, q: '  ' })).toBe('#/?status=submitted&sort=oldest');
    expect(hashFor({ ...team, q: ' zorg ' })).toBe('#/?status=submitted&sort=oldest&q=zorg');
    expect(filtersFromHash('#/?q=%20zorg%20', team)?.q).toBe('zorg');
    expect(filtersFromHash(`#/?q=${'a'.repeat(150)}`, team)?.q).toHaveLength(100);
  });

  it('asks the API for the search only when there is one', () => {
    expect(queryFor({ ...team, q: '' })).not.toHaveProperty('q', expect.anything());
    expect(queryFor({ ...team, q: 'Zorggroep', sort: 'organization' })).toMatchObject({ q: 'Zorggroep', sort: 'organization', status: ['submitted'] });
  });

  it('ignores what it does not know', () => {
    expect(filtersFromHash('#/?status=published&age=forever&sort=random', team)).toEqual(team);
  });
});
