/**
 * Helpers for the review page's specs (#19): axe on the page as it is, and the English left in the
 * Dutch interface. The language sweep (language-sweep.ts, through sidepanel-helpers.ts) records every
 * review-page text in both interface languages as it appears; this reads the review page
 * whole at the moments a spec asks: every text node and aria-label, title, placeholder and alt whose
 * nearest `lang` is Dutch (the vacancy's own words carry their language, and are skipped when not).
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** axe on the page as it is: no serious or critical violation. */
export async function audit(page: Page, state: string) {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  const bad = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${state}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** English words the Dutch interface never uses as its own (the side panel sweep's list). */
const ENGLISH = [
  'the',
  'and',
  'with',
  'your',
  'you',
  'this',
  'that',
  'these',
  'will',
  'would',
  'should',
  'from',
  'which',
  'what',
  'when',
  'where',
  'there',
  'have',
  'has',
  'been',
  'not',
  'are',
  'for',
  'or',
  'to',
  'it',
  'by',
  'on',
  'page',
  'please',
  'error',
  'loading',
  'read',
  'show',
  'hide',
  'more',
  'cancel',
  'save',
  'accept',
  'reject',
  'keep',
  'back',
  'next',
  'skill',
  'skills',
  'change',
  'changes',
  'learning',
  'settings',
  'text',
  'vacancy',
  'vacancies',
  'job',
  'jobs',
  'experience',
  'requirement',
  'requirements',
  'something',
  'went',
  'wrong',
  'try',
  'again',
  'failed',
  'undo',
  'copy',
  'copied',
  'profile',
  'step',
  'steps',
  'title',
  'rewrite',
  'paste',
  'law',
  'claim',
  'claimed',
  'release',
  'edit',
  'remove',
  'apply',
  'evidence',
  'moved',
  'added',
  'changed',
  'removed',
  'occupation',
  'certainty',
  'provider',
  'level',
  'covers',
  'download',
  'version',
  'warning',
  'required',
  'approve',
  'approved',
  'decision',
  'review',
];

/** Dutch interface text on the page now that holds an English word, as "word: text". */
export async function englishIn(page: Page): Promise<string[]> {
  return page.evaluate((words) => {
    const english = new Set(words);
    const found = new Set<string>();
    const check = (el: Element, raw: string | null) => {
      const text = (raw ?? '').replace(/\s+/g, ' ').trim();
      const lang = el.closest('[lang]')?.getAttribute('lang') ?? '';
      if (!text || !lang.startsWith('nl') || el.closest('script, style, textarea, code')) return;
      const word = text
        .toLowerCase()
        .match(/\p{L}+/gu)
        ?.find((w) => english.has(w));
      if (word) found.add(`${word}: ${text}`);
    };
    for (const el of document.querySelectorAll('*')) {
      for (const name of ['aria-label', 'title', 'placeholder', 'alt']) if (el.hasAttribute(name)) check(el, el.getAttribute(name));
      for (const node of el.childNodes) if (node.nodeType === Node.TEXT_NODE) check(el, node.nodeValue);
    }
    return [...found];
  }, ENGLISH);
}

/** axe and no English, at one state of the Dutch review page. */
export async function checkDutchPage(page: Page, state: string) {
  await audit(page, state);
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('nl');
  expect((await englishIn(page)).map((hit) => `${state}: ${hit}`)).toEqual([]);
}
