/**
 * The side panel is bound to the tab it read (#17): it names that page, notices when the user is on
 * another one, and writes back only into that tab while it still shows that page.
 *
 *   samePage(a, b)                 the same address, whatever its #fragment
 *   writeTarget(read, now)         whether write-back may go into the tab it read: ok, gone, moved, unknown
 *   elsewhere(bound, active)       whether the user is now on another page than the one read
 */
import type { PageRef, TabView } from '../page/tab';

const withoutFragment = (url: string) => url.replace(/#.*$/, '');

export function samePage(a: string, b: string): boolean {
  return withoutFragment(a) === withoutFragment(b);
}

/** "example.com" of an address; "" for one that is no URL. */
export function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return '';
  }
}

export type WriteTarget = { ok: true } | { ok: false; why: 'gone' | 'moved' | 'unknown' };

/**
 * `read`: the page the vacancy came from; `now`: its tab now (null when the tab is closed).
 * A tab id alone proves nothing (a draft may outlive the browser session and its tab ids): the address must match.
 */
export function writeTarget(read: PageRef | null, now: TabView | null): WriteTarget {
  if (!now) return { ok: false, why: 'gone' };
  if (!read?.url || !now.url) return { ok: false, why: 'unknown' };
  return samePage(read.url, now.url) ? { ok: true } : { ok: false, why: 'moved' };
}

/** The user is on another page than the one the vacancy was read from (pasted text is bound to no page). */
export function elsewhere(bound: { tabId: number | null; page: PageRef | null }, active: TabView | null): boolean {
  if (bound.tabId === null || !active) return false;
  if (active.id !== bound.tabId) return true;
  return Boolean(bound.page?.url && active.url && !samePage(bound.page.url, active.url));
}
