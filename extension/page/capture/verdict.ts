import { isOverview } from './listing';
import { scan } from './scan';
import { isPostingDescription } from './sections';
import type { Reading } from './types';

/** Words that job postings use and other pages rarely do (nl, en, de, fr); counted once each. */
const JOB_WORDS = [
  /\bsollicit\w*/i,
  /\bvacature\b/i,
  /\bfunctie(omschrijving|-?eisen)\b/i,
  /\bwat (vragen|bieden) wij\b/i,
  /\bjouw profiel\b/i,
  /\bwie ben jij\b/i,
  /\barbeidsvoorwaarden\b/i,
  /\bdienstverband\b/i,
  /\buur per week\b/i,
  /\bwerkzaamheden\b/i,
  /\bsalaris\b/i,
  /\bjob description\b/i,
  /\bresponsibilit(y|ies)\b/i,
  /\brequirements\b/i,
  /\bqualifications\b/i,
  /\byears of experience\b/i,
  /\bfull[- ]time\b/i,
  /\bpart[- ]time\b/i,
  /\bapply (now|for)\b/i,
  /\bemployment type\b/i,
  /\bjob type\b/i,
  /\bbenefits\b/i,
  /\bwe are looking for\b/i,
  /\bwe zoeken\b|\bwij zoeken\b/i,
  /\bresume\b|\bcv\b/i,
  /\bcandidates?\b|\bkandidaat\b/i,
  /\bsalary\b/i,
  /\bbewerb\w*/i,
  /\banforderungen\b/i,
  /\bwir bieten\b/i,
  /\bpostuler\b/i,
  /\bcandidature\b/i,
  /\bvotre profil\b/i,
];

const LISTING_HEADING =
  /\b\d[\d.,]*\s+(vacatures|jobs|vacancies|banen|openings|stellen)\b|\bjobs in\b|\bvacatures (in|voor)\b|^(onze |alle |open )?(vacatures|vacancies|jobs|openings|job openings)$|\b(search results|zoekresultaten|vacatures zoeken)\b/i;

const JOB_PATH = /\/(vacatures?|vacancy|vacancies|jobs?|careers?|functie|stellen?|positions?|o|apply)\/[^/]+/i;

const APPLICATION_FORM =
  'input[type="file"][name*="resume" i], input[type="file"][name*="cv" i], input[type="file"][accept*="pdf" i], #application-form, form[action*="apply" i]';

/** The page holds an application form (a CV upload, an ATS's apply form). */
export function hasApplicationForm(doc: Document): boolean {
  return !!doc.querySelector(APPLICATION_FORM);
}

const APPLY_LABEL = /^(apply|apply now|submit application|solliciteer|solliciteer direct|bewerben|jetzt bewerben|postuler)$/i;

/** An application form, or a button to apply. */
function hasApplyForm(doc: Document): boolean {
  if (hasApplicationForm(doc)) return true;
  const controls = doc.querySelectorAll('button, a[href], input[type="submit"]');
  for (let i = 0; i < Math.min(400, controls.length); i++) {
    const el = controls[i]!;
    if (APPLY_LABEL.test((el.textContent || el.getAttribute('value') || '').trim())) return true;
  }
  return false;
}

/**
 * The reasons capture gives, one constant each: the side panel shows its own words for them in the
 * interface language, never this English text (#17).
 */
export const REASON = {
  chosen: 'You chose this text and it reads like a vacancy.',
  chosenNot: 'You chose this text, but it does not read like a vacancy.',
  listing: 'This is a list of vacancies (an overview or search results). Open one vacancy and read that page.',
  links: 'The page links to many vacancies but shows none itself.',
  vacancy: 'The page shows a job title with the fields and wording of a vacancy.',
  description: 'The page shows the description of a vacancy (its tasks, requirements and offer) without a job title.',
  empty: 'The page has almost no text (its content may only appear after its scripts run).',
  wording: 'The page does not read like a vacancy: no job posting data, job title or vacancy wording found.',
} as const;
export type ReasonCode = keyof typeof REASON;

/** The code of a reason capture gave; "other" for any text it did not write. */
export function reasonCode(reason: string): ReasonCode | 'other' {
  return (Object.keys(REASON) as ReasonCode[]).find((code) => REASON[code] === reason) ?? 'other';
}

export interface Verdict {
  isVacancy: boolean;
  confidence: number;
  reason: string;
}

function jobWordCount(text: string): number {
  const sample = text.slice(0, 20000);
  return JOB_WORDS.filter((word) => word.test(sample)).length;
}

/** Links to job-detail pages: many of them, and no posting of its own, make an overview. */
function jobLinkCount(doc: Document): number {
  const hrefs = new Set<string>();
  for (const href of scan(doc).hrefs) {
    if (/\/(vacatures?|vacancies|vacancy|jobs?|functie|stellen|positions?|o)\/[^/?#]{6,}/i.test(href)) hrefs.add(href.replace(/[?#].*$/, ''));
  }
  return hrefs.size;
}

export interface Evidence {
  doc: Document;
  url: URL | null;
  structured: Reading | null;
  site: Reading | null;
  title: string | null;
  titleInBody: boolean;
  employer: string | null;
  location: string | null;
  text: string;
  fromUser: boolean;
}

/** Decide, with a reason a person understands, whether the page holds one vacancy. Never invents one. */
export function decide(e: Evidence): Verdict {
  const heading = scan(e.doc)
    .h1.map((h) => h.textContent ?? '')
    .join(' ')
    .trim();
  const listingHeading = LISTING_HEADING.test(heading.replace(/\s+/g, ' ').trim());
  const links = jobLinkCount(e.doc);
  const words = jobWordCount(e.text);
  if (e.fromUser && e.text.length >= 80) {
    const sure = words >= 2;
    return { isVacancy: sure, confidence: sure ? 0.8 : 0.4, reason: sure ? REASON.chosen : REASON.chosenNot };
  }
  if (e.site?.listing || e.structured?.listing || (listingHeading && !e.structured?.posting)) {
    return { isVacancy: false, confidence: 0.9, reason: REASON.listing };
  }
  if (e.structured?.posting) return { isVacancy: true, confidence: 0.95, reason: `The page declares a job posting (${e.structured.adapter}).` };
  if (e.site?.posting && e.title) return { isVacancy: true, confidence: 0.9, reason: `A ${e.site.adapter} job page.` };
  if (links >= 8 && !e.titleInBody) {
    return { isVacancy: false, confidence: 0.8, reason: REASON.links };
  }
  // A careers page with a few vacancies as cards, each with its summary (#17).
  if (isOverview(e.doc)) return { isVacancy: false, confidence: 0.8, reason: REASON.listing };
  let score = 0;
  if (e.titleInBody) score += 0.3;
  if (e.title && e.doc.title?.toLowerCase().includes(e.title.toLowerCase())) score += 0.1;
  if (e.employer) score += 0.15;
  if (e.location) score += 0.15;
  if (e.site) score += 0.2;
  if (e.url && JOB_PATH.test(e.url.pathname)) score += 0.2;
  if (hasApplyForm(e.doc)) score += 0.15;
  score += words >= 8 ? 0.45 : words >= 4 ? 0.3 : words >= 2 ? 0.15 : words >= 1 ? 0.05 : 0;
  if (words >= 6 && e.text.length >= 600) score = Math.max(score, 0.65);
  if (e.text.length < 150 && !e.title) score = 0;
  const confidence = Math.min(0.9, Math.round(score * 100) / 100);
  if (score >= 0.6) return { isVacancy: true, confidence, reason: REASON.vacancy };
  // A description without its title, as an HR editor or an ATS shows it: the panel asks for the title (#17).
  if (words >= 2 && isPostingDescription(e.text)) return { isVacancy: true, confidence: 0.7, reason: REASON.description };
  if (e.text.length < 150) return { isVacancy: false, confidence: 0.7, reason: REASON.empty };
  return { isVacancy: false, confidence: Math.max(0.5, 1 - confidence), reason: REASON.wording };
}
