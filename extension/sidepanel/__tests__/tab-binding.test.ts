import { describe, expect, it } from 'vitest';
import type { PageRef, TabView } from '../../page/tab';
import { elsewhere, hostOf, samePage, writeTarget } from '../tab-binding';

const read: PageRef = { title: 'Vacature bewerken — Werving', url: 'https://ats.example/jobs/12/edit' };
const tab = (id: number, url: string | null, title: string | null = 'x'): TabView => ({ id, url, title });

describe('writeTarget', () => {
  it.each<[string, PageRef | null, TabView | null, ReturnType<typeof writeTarget>]>([
    ['the same page', read, tab(7, 'https://ats.example/jobs/12/edit'), { ok: true }],
    ['the same page at another #fragment', read, tab(7, 'https://ats.example/jobs/12/edit#description'), { ok: true }],
    ['a closed tab', read, null, { ok: false, why: 'gone' }],
    ['another page in that tab', read, tab(7, 'https://ats.example/jobs/13/edit'), { ok: false, why: 'moved' }],
    ['the same path with another query', read, tab(7, 'https://ats.example/jobs/12/edit?lang=en'), { ok: false, why: 'moved' }],
    ['a tab whose address the browser hides', read, tab(7, null), { ok: false, why: 'unknown' }],
    ['a draft that recorded no page', null, tab(7, 'https://ats.example/jobs/12/edit'), { ok: false, why: 'unknown' }],
  ])('%s', (_name, page, now, expected) => {
    expect(writeTarget(page, now)).toEqual(expected);
  });
});

describe('elsewhere', () => {
  const bound = { tabId: 7, page: read };
  it.each<[string, { tabId: number | null; page: PageRef | null }, TabView | null, boolean]>([
    ['on the page read', bound, tab(7, read.url), false],
    ['in another tab', bound, tab(8, 'https://ats.example/jobs/13/edit'), true],
    ['in another tab whose address is hidden', bound, tab(8, null), true],
    ['in the same tab, now on another page', bound, tab(7, 'https://ats.example/jobs'), true],
    ['in the same tab, address hidden', bound, tab(7, null), false],
    ['pasted text', { tabId: null, page: null }, tab(8, 'https://ats.example/'), false],
    ['no active tab known', bound, null, false],
  ])('%s', (_name, draft, active, expected) => {
    expect(elsewhere(draft, active)).toBe(expected);
  });
});

describe('addresses', () => {
  it('compares without the fragment and names the host', () => {
    expect(samePage('http://127.0.0.1:5/a#x', 'http://127.0.0.1:5/a')).toBe(true);
    expect(samePage('http://127.0.0.1:5/a', 'http://127.0.0.1:6/a')).toBe(false);
    expect(hostOf('http://127.0.0.1:5/a')).toBe('127.0.0.1:5');
    expect(hostOf('not a url')).toBe('');
  });
});
