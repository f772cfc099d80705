/**
 * Whose law a requirement answers to (#16): a citizenship, clearance or right-to-work demand in a
 * US or UK posting is that country's law, which Vaardig cannot check; in a Dutch posting the right
 * to work is the Wet arbeid vreemdelingen. Read from the requirement first (it names a country),
 * then from the job (title and opening text).
 */

/** 'NL', another country's ISO code, or 'unknown' (not Dutch, country not named). */
export type Jurisdiction = 'NL' | 'US' | 'GB' | 'CA' | 'AU' | 'IE' | 'BE' | 'DE' | 'unknown';

const NAMED: Array<[Jurisdiction, RegExp]> = [
  ['US', /\b(?:United States|U\.S\.A?\.?|USA|US(?= citizen| person| government| federal)|American|federal(?:ly)?|E-?Verify|TS\/SCI|DoD|public trust)\b/i],
  ['GB', /\b(?:United Kingdom|U\.K\.|UK|British|Britain|England|Scotland|Wales|BPSS|NPPV|DBS)\b/],
  ['CA', /\bCanad(?:a|ian)\b/i],
  ['AU', /\bAustralia(?:n)?\b/i],
  ['IE', /\bIreland|Irish\b/i],
  ['NL', /\b(?:Nederland(?:se)?|Netherlands|Dutch|Holland)\b/i],
];

const US_STATES =
  'AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|DC';
const JOB_SIGNS: Array<[Jurisdiction, RegExp]> = [
  ['US', new RegExp(`\\b(?:United States|U\\.S\\.A?\\.?|USA|[A-Z][a-z]+,\\s?(?:${US_STATES})\\b|401\\(k\\)|Equal Opportunity Employer|EEO\\b)|\\$\\s?\\d`)],
  ['GB', /\b(?:United Kingdom|U\.K\.|UK|London|Manchester|Birmingham|Edinburgh|Glasgow|Leeds|Bristol|NHS)\b|£\s?\d/],
  ['BE', /\b(?:België|Belgi[eë]|Belgium|Brussel|Bruxelles|Antwerpen|Gent|Leuven|Vlaanderen|VDAB)\b/],
  ['DE', /\b(?:Deutschland|Germany|Berlin|München|Munich|Hamburg|Frankfurt)\b/],
  [
    'NL',
    /\b(?:Nederland|Netherlands|Holland|Amsterdam|Rotterdam|Den Haag|The Hague|Utrecht|Eindhoven|Groningen|Leiden|Delft|Haarlem|Arnhem|Nijmegen|Tilburg|Breda|Zwolle|Maastricht|Schiphol|Almere|Amersfoort|Enschede|Apeldoorn)\b/,
  ],
];

/** Dutch function words: a posting written in Dutch, without a Belgian sign, is taken as Dutch. */
const DUTCH = /\b(?:je|jij|jouw|wij|onze|ons|een|het|van|voor|bij|met|naar|wat|zijn|ben|heb|hebt)\b/gi;

export function isDutch(text: string): boolean {
  return (text.match(DUTCH)?.length ?? 0) >= 3;
}

/** The country a requirement names itself, if any ("US citizenship", "the right to work in the UK"). */
export function namedJurisdiction(requirement: string): Jurisdiction | null {
  for (const [place, re] of NAMED) if (re.test(requirement)) return place;
  return null;
}

/** Where the job is, from its title and opening text. */
export function jobJurisdiction(job: string): Jurisdiction {
  for (const [place, re] of JOB_SIGNS) if (re.test(job)) return place;
  return isDutch(job) ? 'NL' : 'unknown';
}

/** Whose law the requirement answers to: the country it names, else where the job is. */
export function jurisdictionOf(requirement: string, job: string): Jurisdiction {
  const named = namedJurisdiction(requirement);
  if (named) return named;
  const place = jobJurisdiction(job);
  if (place !== 'unknown') return place;
  return isDutch(requirement) ? 'NL' : 'unknown';
}
