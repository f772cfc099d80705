import { isRequirementsHeading } from './sections';
import { clean } from './text';

/**
 * An overview of vacancies on an employer's own careers page: a few vacancies, each a card with a
 * title, a summary and a link to its own page (#17: such a page was read as one vacancy). Search
 * results and long lists are found earlier, by their heading or their many job links (verdict.ts).
 *
 *   vacancyCards(doc): Element[]   the cards, one per linked vacancy
 *   isOverview(doc): boolean       two or more cards, and no vacancy of the page's own beside them
 *   listedVacancies(doc, url): ListedVacancy[]
 *     The vacancies a refused listing links to, title and address, so the panel can offer each one
 *     (#17): the cards first, else the page's links to job pages. Only http(s) addresses; at most 25.
 */

/** Link labels that open one vacancy ("Bekijk vacature", "View job"). */
const CARD_LABEL =
  /^(bekijk|bekijken|lees|open|naar|toon)( de| deze)? (vacature|functie|baan|job)|^(view|see|read|open)( the| this)? (job|vacancy|position|role|opening)|^(meer (info|informatie)|lees meer|read more|more (info|details)|details|view details)$/i;
/** What a vacancy card says about itself: hours, pay, a job's address, the kind of contract. */
const CARD_WORDS =
  /\buur\b|\bhours?\b|\bfull[- ]?time\b|\bpart[- ]?time\b|\bsalaris\b|\bsalary\b|€|\bvacature\b|\bvacancy\b|\bfunctie\b|\bstage\b|\binternship\b|\bm\/v\b|\bdienstverband\b/i;
const JOB_HREF = /\/(vacatures?|vacancy|vacancies|jobs?|werken-bij|werkenbij|careers?|functies?|positions?|stellen|o)\//i;
const CARD = 'article, li, tr, [class*="card" i], [class*="vacan" i], [class*="job" i]';
const MENU = 'nav, header, footer, [role="navigation"]';

function target(a: Element, doc: Document, base?: string | null): string | null {
  const href = a.getAttribute('href')?.trim() ?? '';
  if (!href || href.startsWith('#') || /^(mailto|tel|javascript):/i.test(href)) return null;
  const here = (base ?? doc.location?.href)?.replace(/#.*$/, '');
  try {
    const url = new URL(href, here && /^https?:/.test(here) ? here : 'http://page.invalid/');
    return url.href.replace(/#.*$/, '') === here ? null : url.href.replace(/#.*$/, '');
  } catch {
    return null;
  }
}

/** The block that belongs to one linked vacancy: its card, else the heading's parent. */
function cardOf(a: Element): Element | null {
  const card = a.closest(CARD);
  if (card && card !== a) return card;
  const heading = a.closest('h2, h3, h4');
  return heading?.parentElement ?? null;
}

/** Each linked vacancy's card, by the address it links to. */
function cardsByTarget(doc: Document, base?: string | null): Map<string, Element> {
  const byTarget = new Map<string, Element>();
  const links = doc.querySelectorAll('a[href]');
  for (let i = 0; i < Math.min(links.length, 600); i++) {
    const a = links[i]!;
    if (a.closest(MENU)) continue;
    const label = clean(a.textContent);
    const inHeading = !!a.closest('h2, h3, h4') || !!a.querySelector('h2, h3, h4');
    if (!inHeading && !CARD_LABEL.test(label)) continue;
    const href = target(a, doc, base);
    const card = href && !byTarget.has(href) ? cardOf(a) : null;
    if (!href || !card || card === doc.body) continue;
    // A vacancy's card: a job's link, a label that opens one, or the words of a job in the card.
    if (!JOB_HREF.test(href) && !/vacature|functie|job|vacancy/i.test(label) && !CARD_WORDS.test(card.textContent ?? '')) continue;
    byTarget.set(href, card);
  }
  return byTarget;
}

export function vacancyCards(doc: Document): Element[] {
  const byTarget = cardsByTarget(doc);
  // One card per element; a card inside another (a heading and a button in one article) counts once.
  const cards = [...new Set(byTarget.values())];
  return cards.filter((card) => !cards.some((other) => other !== card && other.contains(card)));
}

/** A requirements heading outside the cards: the page has a vacancy of its own (and maybe "related jobs"). */
function ownPosting(doc: Document, cards: Element[]): boolean {
  const lines = doc.querySelectorAll('h1, h2, h3, h4, h5, strong, b, dt, p');
  for (let i = 0; i < lines.length; i++) {
    const el = lines[i]!;
    const text = clean(el.textContent);
    if (text.length > 70 || !isRequirementsHeading(text) || el.closest(MENU)) continue;
    if (!cards.some((card) => card.contains(el))) return true;
  }
  return false;
}

/**
 * Two or more vacancy cards and no vacancy of the page's own outside them: a posting with "related
 * vacancies" beside it has its requirements outside the cards, however short it is.
 */
export function isOverview(doc: Document): boolean {
  const cards = vacancyCards(doc);
  return cards.length >= 2 && !ownPosting(doc, cards);
}

/** One vacancy a listing links to: what its card or link calls it, and its address. */
export interface ListedVacancy {
  title: string;
  url: string;
}

const MAX_LISTED = 25;
/** A job page's address, as the verdict counts them (a slug of some length after the job folder). */
const JOB_PAGE = /\/(vacatures?|vacancies|vacancy|jobs?|functie|functies|stellen|positions?|o|werken-bij|careers?)\/[^/?#]{4,}/i;

/** What a card calls its vacancy: its heading, else the first link that is not "Bekijk vacature". */
function cardTitle(card: Element): string {
  const heading = clean(card.querySelector('h1, h2, h3, h4, h5')?.textContent);
  if (heading) return heading;
  for (const a of card.querySelectorAll('a[href]')) {
    const label = clean(a.textContent);
    if (label && !CARD_LABEL.test(label)) return label;
  }
  return '';
}

const short = (title: string) => (title.length > 120 ? `${title.slice(0, 119).trimEnd()}…` : title);
const web = (href: string) => /^https?:\/\/[^/]/i.test(href) && !href.startsWith('http://page.invalid/');

export function listedVacancies(doc: Document, url?: string | null): ListedVacancy[] {
  const listed = new Map<string, string>();
  const cards = new Set<Element>();
  for (const [href, card] of cardsByTarget(doc, url)) {
    const title = cardTitle(card);
    if (!title || !web(href) || cards.has(card)) continue;
    cards.add(card);
    listed.set(href, short(title));
  }
  if (listed.size < 2) {
    // No cards: a search result page or a long list of links to job pages, each named by its link or its card's heading.
    const links = doc.querySelectorAll('a[href]');
    for (let i = 0; i < Math.min(links.length, 1500) && listed.size < MAX_LISTED; i++) {
      const a = links[i]!;
      const href = a.closest(MENU) ? null : target(a, doc, url);
      if (!href || listed.has(href) || !web(href) || !JOB_PAGE.test(new URL(href).pathname)) continue;
      const label = clean(a.textContent);
      const title = label && !CARD_LABEL.test(label) ? label : cardTitle(cardOf(a) ?? a);
      if (title.length >= 3) listed.set(href, short(title));
    }
  }
  return [...listed].slice(0, MAX_LISTED).map(([href, title]) => ({ title, url: href }));
}
