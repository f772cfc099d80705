/**
 * The capture pipeline, the same in the extension (isolated world) and in Node (linkedom):
 * the user's selection or editor → structured data → site adapter → the page's visible markup →
 * Readability; then language, the requirements section and whether this is a vacancy at all.
 * It only reads: no page script runs, nothing is written to the page.
 */
import { detectLanguage } from '../../../shared/language';
import { readGeneric } from './generic';
import { placeFromText } from './generic/place';
import { readReadable } from './readable';
import { requirementsSection } from './sections';
import { siteAdapterFor } from './sites/registry';
import { readJsonLd } from './structured/json-ld';
import { readMicrodata } from './structured/microdata';
import { readRdfa } from './structured/rdfa';
import { clean } from './text';
import { listedVacancies } from './listing';
import type { Capture, Reading } from './types';
import { decide, hasApplicationForm, REASON } from './verdict';

export interface CaptureOptions {
  url?: string | null;
  /** Text the user selected: when there is some, capture reads only that. */
  selection?: string | null;
  /** What an editor adapter read from the focused editor. */
  editor?: Reading | null;
}

function pageUrl(doc: Document, url: string | null | undefined): URL | null {
  const candidates = [
    url,
    doc.location?.href,
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href'),
    doc.querySelector('meta[property="og:url"]')?.getAttribute('content'),
  ];
  for (const candidate of candidates) {
    if (!candidate || !/^https?:/i.test(candidate)) continue;
    try {
      return new URL(candidate);
    } catch {
      // an unparsable address is no address
    }
  }
  return null;
}

function pick<K extends 'title' | 'employer' | 'location'>(key: K, readings: (Reading | null)[]): string | null {
  for (const reading of readings) {
    const value = clean(reading?.[key] ?? '');
    if (value) return value;
  }
  return null;
}

/**
 * Read the vacancy on a page. `options` may be a bare URL, as the first version took. Long: every
 * reading (the user's selection or editor, the site adapter, structured data, the generic markup) is
 * weighed against the others field by field, in one order.
 */
export function captureDocument(doc: Document, options: CaptureOptions | string | null = {}): Capture {
  const opts: CaptureOptions = typeof options === 'string' || options === null ? { url: options } : options;
  const url = pageUrl(doc, opts.url);
  const structured = readJsonLd(doc) ?? readMicrodata(doc) ?? readRdfa(doc);
  const adapter = siteAdapterFor(doc, url);
  const site = adapter ? { source: 'site' as const, adapter: adapter.name, ...adapter.read(doc, url) } : null;
  const generic = readGeneric(doc, url);
  const selection = clean(opts.selection) ? (opts.selection ?? '').trim() : '';
  const user: Reading | null = selection ? { source: 'selection', adapter: 'selection', text: selection } : (opts.editor ?? null);

  // Site adapters know where their site shows the real employer (job boards put agencies in JSON-LD).
  const order = [user, site, structured, generic];
  let text = user?.text || site?.text || '';
  if (!text && (structured?.text?.length ?? 0) >= 200) text = structured!.text!;
  if (!text && (generic.text?.length ?? 0) >= 300) text = generic.text!;
  if (!text && (site || structured?.posting || hasApplicationForm(doc))) {
    // A known ATS page, a declared posting or an application form with little text is an apply page or a
    // job header: Readability would only find the form, a privacy policy or a survey, at 50-300 ms a page.
    text = generic.text ?? '';
  } else if (!text) {
    // Readability only when the page's own blocks gave little: it drops headings the sections need.
    const readable = readReadable(doc)?.text ?? '';
    text = readable.length > 1.5 * (generic.text?.length ?? 0) ? readable : (generic.text ?? '');
  }
  if ((structured?.text?.length ?? 0) > text.length) text = structured!.text!;
  const main = user ?? (site?.title ? site : null) ?? (structured?.posting ? structured : null) ?? generic;
  const title = pick('title', order);
  const employer = pick('employer', order);
  const location = pick('location', order);
  const verdict = decide({
    doc,
    url,
    structured,
    site,
    title,
    titleInBody:
      !!title &&
      ((site?.title === title && site.titleInBody !== false) || (generic.title === title && !!generic.titleInBody) || (user === null && !!structured?.posting)),
    employer,
    location,
    text,
    fromUser: !!user,
  });
  const vacancy = verdict.isVacancy;
  // Built here with its type checked; the side panel parses it with `Vacancy` when it arrives from the tab.
  // (Parsing here too cost ~2 ms a page: zod compiles the schema afresh in every page the script runs in.)
  return {
    ...verdict,
    // Never invent a vacancy: on a page that is not one, report no title, employer or location.
    title: vacancy ? title : null,
    employer: vacancy ? employer : null,
    // A place the text names counts only once the page is known to be a vacancy: it never decides that.
    location: vacancy ? (location ?? placeFromText(text)) : null,
    language: detectLanguage(text),
    text,
    requirementsText: requirementsSection(text),
    source: main.source === 'text' && main === generic && !generic.title ? 'text' : main.source,
    adapter: main.adapter,
    url: url?.href ?? null,
    // A listing refused: the vacancies it links to, so the panel can offer each one (#17).
    ...(!vacancy && (verdict.reason === REASON.listing || verdict.reason === REASON.links) ? { listed: listedVacancies(doc, url?.href) } : {}),
  };
}
