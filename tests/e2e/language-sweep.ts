import type { BrowserContext } from '@playwright/test';
import { parseYAML } from 'confbox';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * The language sweep (#17: 0 English strings in the Dutch interface, 0 Dutch in the English one,
 * over every state the e2e tests reach). Every text the side panel, the settings page and the review
 * page ever show
 * during a test (text nodes, and aria-label, title, placeholder and alt) is recorded as it appears,
 * with the language the page declares for it (the nearest `lang`). Text declared in another
 * language (the vacancy, ESCO labels, a page's title: `lang` set to its language, or "" when unknown)
 * is content; the rest is interface and must hold no string of the other locale and no word of the
 * other language's word list.
 *
 *   recordInterfaceText(context): () => Seen[]   starts recording; call the result to read what was seen
 *   foreignIn(seen, uiLanguage): Finding[]       the interface text in the other language
 */

export type Language = 'nl' | 'en';
export interface Seen {
  lang: string;
  text: string;
  page: string;
}
export interface Finding {
  text: string;
  found: string;
  page: string;
}

/** Pages of the interface the sweep covers. */
const PAGES = /^chrome-extension:\/\/[^/]+\/(sidepanel|options|review)\.html/;

/** Words of one language that the other never uses as a word of its own. */
const WORDS: Record<Language, string[]> = {
  en: [
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
  ],
  nl: [
    'de',
    'het',
    'een',
    'en',
    'je',
    'jij',
    'jouw',
    'wij',
    'niet',
    'wordt',
    'worden',
    'zijn',
    'voor',
    'naar',
    'deze',
    'dit',
    'ook',
    'nog',
    'bij',
    'wat',
    'hoe',
    'geen',
    'kan',
    'moet',
    'kunnen',
    'op',
    'te',
    'om',
    'als',
    'maar',
    'pagina',
    'tekst',
    'vacature',
    'vacatures',
    'opslaan',
    'annuleren',
    'beroep',
    'vaardigheid',
    'vaardigheden',
    'leerroute',
    'leerroutes',
    'eisen',
    'eis',
    'openen',
    'lezen',
    'plakken',
    'herschrijven',
    'instellingen',
    'wijzigingen',
    'accepteren',
    'houden',
    'gewijzigd',
    'nieuw',
    'fout',
    'opnieuw',
    'proberen',
    'ervaring',
    'opleiding',
    'regel',
    'taal',
    'eenvoudige',
    'stappen',
    'nakijken',
    'afronden',
    'beslissing',
    'wettelijk',
  ],
};

/**
 * Words of the review page's own vocabulary (the team's queue, claims, versions, decisions) that the
 * other language never uses; checked on the review page only, beside WORDS.
 */
const REVIEW_WORDS: Record<Language, string[]> = {
  en: [
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
    'search',
    'employer',
    'submitted',
    'returned',
    'selected',
    'comment',
    'comments',
    'waiting',
  ],
  nl: [
    'profiel',
    'profielen',
    'oppakken',
    'opgepakt',
    'loslaten',
    'goedgekeurd',
    'goedkeuren',
    'versie',
    'besluit',
    'werkgever',
    'opgeslagen',
    'zoeken',
    'toegevoegd',
    'verwijderd',
    'teruggestuurd',
    'ingediend',
    'geselecteerd',
    'opmerking',
    'wacht',
  ],
};

function leaves(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(leaves);
  return [];
}

/** A locale's strings; the review page's own (its `reviewPage` namespace) count on the review page only. */
function localeStrings(language: Language, review: boolean): string[] {
  const { reviewPage, ...panel } = parseYAML(readFileSync(resolve(`extension/locales/${language}.yml`), 'utf8')) as Record<string, unknown>;
  return leaves(review ? [panel, reviewPage] : panel);
}
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The text as whole words: "Regio" is not in "Region". */
const wordIn = (text: string) => new RegExp(`(^|[^\\p{L}])${escape(text)}($|[^\\p{L}])`, 'u');

/**
 * What marks a text as the other language: its strings (pieces between $1, $2 …) and its words. On the
 * review page its own strings and words count as well.
 */
function markers(ui: Language, review = false): { pieces: { piece: string; pattern: RegExp }[]; words: Set<string> } {
  const other: Language = ui === 'nl' ? 'en' : 'nl';
  const strings = (language: Language) => localeStrings(language, review);
  const ownText = strings(ui);
  const pieces = strings(other)
    .flatMap((text) => text.split(/\$\d/))
    .map((piece) => piece.replace(/^[\s:,.;“”"'()·—-]+|[\s:,.;“”"'()·—-]+$/g, ''))
    .filter((piece) => piece.length >= 4 && /\p{L}{3}/u.test(piece))
    // "Open" is a Dutch word as well as an English one: a piece the interface's own strings use is no sign.
    .filter((piece) => !ownText.some((text) => wordIn(piece).test(text)));
  return {
    pieces: [...new Set(pieces)].map((piece) => ({ piece, pattern: wordIn(piece) })),
    words: new Set([...WORDS[other], ...(review ? REVIEW_WORDS[other] : [])]),
  };
}

/** The interface text (declared in the interface language) that is in the other language. */
export function foreignIn(seen: Seen[], ui: Language): Finding[] {
  const panel = markers(ui);
  const review = seen.some((entry) => entry.page.startsWith('review')) ? markers(ui, true) : panel;
  const findings: Finding[] = [];
  for (const { lang, text, page } of seen) {
    if (lang.toLowerCase().split('-')[0] !== ui) continue;
    const { pieces, words } = page.startsWith('review') ? review : panel;
    const piece = pieces.find(({ pattern }) => pattern.test(text))?.piece;
    const word = text
      .toLowerCase()
      .match(/\p{L}+/gu)
      ?.find((token) => words.has(token));
    if (piece || word) findings.push({ text, found: piece ? `string “${piece}”` : `word “${word}”`, page });
  }
  return findings;
}

/** Runs in every page of the context; records only on the interface's pages. Self-contained: it is serialised. */
function recorder(pages: string) {
  if (!new RegExp(pages).test(location.href)) return;
  const ATTRIBUTES = ['aria-label', 'title', 'placeholder', 'alt', 'aria-description'];
  const sent = new Set<string>();
  const page = location.pathname.replace(/^\//, '');
  const report = (globalThis as unknown as { __vaardigSeen?: (entries: unknown[]) => void }).__vaardigSeen;
  const langOf = (el: Element | null) => el?.closest('[lang]')?.getAttribute('lang') ?? '';
  let batch: { lang: string; text: string; page: string }[] = [];
  const add = (el: Element | null, raw: string | null) => {
    const text = (raw ?? '').replace(/\s+/g, ' ').trim();
    // Code (a rule id, a concept id) is no language; what the user types is theirs.
    if (!text || !el || el.closest('script, style, noscript, template, textarea, code')) return;
    const lang = langOf(el);
    const key = `${lang}\u0000${text}`;
    if (sent.has(key)) return;
    sent.add(key);
    batch.push({ lang, text, page });
  };
  const visit = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) return add(node.parentElement, node.nodeValue);
    if (!(node instanceof Element)) return;
    for (const el of [node, ...node.querySelectorAll('*')]) {
      for (const name of ATTRIBUTES) if (el.hasAttribute(name)) add(el, el.getAttribute(name));
      if (el instanceof HTMLInputElement && /^(button|submit|reset)$/.test(el.type)) add(el, el.value);
      for (const child of el.childNodes) if (child.nodeType === Node.TEXT_NODE) add(el, child.nodeValue);
    }
  };
  const flush = () => {
    if (batch.length === 0 || !report) return;
    const entries = batch;
    batch = [];
    void report(entries);
  };
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'characterData') visit(record.target);
      // A `lang` value ("en") is no text of the page.
      else if (record.type === 'attributes' && record.attributeName !== 'lang')
        add(record.target as Element, (record.target as Element).getAttribute(record.attributeName!));
      else record.addedNodes.forEach(visit);
      // A `lang` set on an element (the document's, on start) changes what its text is: read it again.
      if (record.type === 'attributes' && record.attributeName === 'lang') visit(record.target);
    }
    flush();
  });
  const start = () => {
    visit(document.documentElement);
    flush();
    observer.observe(document.documentElement, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: [...ATTRIBUTES, 'lang'],
    });
  };
  if (document.documentElement) start();
  else document.addEventListener('DOMContentLoaded', start, { once: true });
}

/** Records the interface text of every side panel and settings page opened in the context from now on. */
export async function recordInterfaceText(context: BrowserContext): Promise<() => Seen[]> {
  const seen: Seen[] = [];
  await context.exposeBinding('__vaardigSeen', (_source, entries: Seen[]) => void seen.push(...entries));
  await context.addInitScript(recorder, PAGES.source);
  return () => seen;
}
