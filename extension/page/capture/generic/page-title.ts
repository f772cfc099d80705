import { scan } from '../scan';
import { isSectionHeading } from '../sections';
import { clean } from '../text';

/** Headings that label a part of a page, never a job title. */
const GENERIC =
  /^(job (overview|description|details|summary)|contact( information)?|description|about( us)?|apply( now)?|solliciteer( direct)?|vacatures?|jobs?|careers?|werken bij.*|onze vacatures|cookie.*|privacy.*|menu|search|zoeken|share|deel.*|related jobs|similar jobs|vergelijkbare vacatures|home)$/i;
const HINT = /(job|posting|position|vacancy|vacature|jb)[-_ ]?(title|headline|name)|jobtitle|position-title|posting-headline/i;
const NOISE =
  'header nav, nav, footer, aside, [role="dialog"], [class*="cookie" i], [id*="cookie" i], [class*="consent" i], [class*="modal" i], .site-title, .site-branding, [class*="logo" i]';

/** Site and page-kind words that title bars add around the job title. */
const TITLE_NOISE =
  /^(.*\.(com|nl|de|ch|be|co|io)|jobs?|careers?|vacatures?|vacature|vacanc(y|ies)|application|apply|indeed|linkedin|dice|monster|werken bij.*|find jobs)$/i;

function titleSegments(title: string): string[] {
  return title
    .split(/\s+[-–—|·/@]\s+|\s*\|\s*/)
    .map(clean)
    .filter(Boolean);
}

export function docTitle(doc: Document): string {
  const og = doc.querySelector('meta[property="og:title"], meta[name="og:title"], meta[name="twitter:title"]')?.getAttribute('content');
  return clean(doc.querySelector('head > title, title')?.textContent) || clean(og);
}

function titleBarGuess(doc: Document, skip: string[]): string | null {
  const og = clean(doc.querySelector('meta[property="og:title"]')?.getAttribute('content'));
  for (const source of [og, docTitle(doc)]) {
    const segments = titleSegments(source).filter((s) => !TITLE_NOISE.test(s) && !skip.some((k) => k && s.toLowerCase() === k.toLowerCase()));
    if (segments[0]) return segments[0];
  }
  return null;
}

/**
 * The job title shown on the page: hinted or top-level headings, preferring the one the page's own
 * title bar repeats (a job page's <title> names the job; cookie banners and section headings do not).
 */
export function pageTitle(doc: Document, labeled: string | undefined, skip: string[]): { text: string; el: Element | null; inBody: boolean } | null {
  const bar = `${docTitle(doc)} ${clean(doc.querySelector('meta[property="og:title"]')?.getAttribute('content'))}`.toLowerCase();
  const lead = titleSegments(docTitle(doc))[0]?.toLowerCase() ?? '';
  let best: { text: string; score: number; el: Element | null } | null = null;
  const consider = (raw: string | null | undefined, score: number, el: Element | null = null) => {
    const text = clean(raw);
    // "Wat ga je doen?" heads a part of the posting; a description without a title has no other (#17).
    if (!text || text.length > 160 || GENERIC.test(text) || isSectionHeading(text)) return;
    if (el?.closest(NOISE)) score -= 3;
    const lower = text.toLowerCase();
    if (bar.includes(lower) || (lead.length >= 12 && lower.startsWith(lead))) score += 3;
    if (!best || score > best.score) best = { text, score, el };
  };
  if (labeled) consider(labeled, 3);
  const { h1, h2, hinted } = scan(doc);
  h1.forEach((el, i) => consider(el.textContent, i === 0 ? 2.75 : 2, el));
  for (const el of hinted) {
    const hint = `${el.getAttribute('class') ?? ''} ${el.id}`;
    if (HINT.test(hint) && el.children.length < 4) consider(el.textContent, 2.5, el);
  }
  h2.forEach((el, i) => i < 6 && consider(el.textContent, 1, el));
  const found = best as { text: string; score: number; el: Element | null } | null;
  if (found && found.score >= 3) return { text: found.text, el: found.el, inBody: true };
  const guess = titleBarGuess(doc, skip);
  if (guess) return { text: guess, el: null, inBody: false };
  return found ? { text: found.text, el: found.el, inBody: found.score > 0 } : null;
}
