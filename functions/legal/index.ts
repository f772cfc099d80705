/**
 * Vaardig's own table of Dutch legal job requirements (requirements.json, generated once from
 * the facts in ../shared/data/legal and owned here since): law, article, BWBR id, roles,
 * detection patterns, whether it can be obtained after hiring, and how to rephrase it.
 */
import type { LegalBasis } from '../../shared/schemas';
import table from './requirements.json';

export interface LegalRequirement {
  id: string;
  sector: string;
  kind: string;
  /** False for the common demands the law does not make (VCA, BHV, forklift, NEN 3140, ...). */
  statutory: boolean;
  keepMode: string;
  name: { nl: string; en: string };
  law: string;
  article: string;
  bwbr: string | null;
  url: string | null;
  citation: string;
  roles: string[];
  appliesWhen: string;
  /** Patterns naming the document or credential itself ("rijbewijs", "VOG", "BIG-registratie"). */
  documentPatterns: string[];
  /** Patterns naming the job it is required for; when present, the job must match one. */
  rolePatterns: string[];
  obtainable: { afterHiring: boolean; code: string; detail: string };
  rephrase: string;
  confidence: string;
}

export const LEGAL_REQUIREMENTS = table as LegalRequirement[];

const compiled = new Map<string, { documents: RegExp[]; roles: RegExp[] }>();
function patterns(entry: LegalRequirement) {
  let c = compiled.get(entry.id);
  if (!c) {
    const re = (p: string) => new RegExp(p, 'i');
    c = { documents: entry.documentPatterns.map(re), roles: entry.rolePatterns.map(re) };
    compiled.set(entry.id, c);
  }
  return c;
}

let anyPattern: ((text: string) => boolean) | null = null;

/**
 * One case-insensitive test for "does any of these patterns match": their top-level alternatives,
 * deduplicated, in two regexes, those starting at a word boundary behind one shared `\b`, and
 * alternatives starting with the same letter behind that letter. One plain union of the 140 patterns
 * was the engine's costliest regex; this takes about a sixth of its CPU.
 */
export function anyOf(patterns: string[]): (text: string) => boolean {
  const alternatives = [...new Set(patterns.flatMap(topLevelAlternatives))];
  const atWord = alternatives.filter((a) => a.startsWith('\\b')).map((a) => a.slice(2));
  const rest = alternatives.filter((a) => !a.startsWith('\\b'));
  const wordRe = new RegExp(`\\b(?:${byFirstLetter(atWord)})`, 'i');
  const restRe = new RegExp(byFirstLetter(rest), 'i');
  return (text) => (atWord.length > 0 && wordRe.test(text)) || (rest.length > 0 && restRe.test(text));
}

/** "abc|abd|x+" → "a(?:(?:bc)|(?:bd))|(?:x+)" (for case-insensitive use: letters are grouped lowercased). */
function byFirstLetter(alternatives: string[]): string {
  const groups = new Map<string, string[]>();
  const other: string[] = [];
  for (const a of alternatives) {
    // Only a plain letter or digit, not one a quantifier applies to ("a?b").
    if (/^[A-Za-z0-9](?![?*+{])/.test(a)) {
      const letter = a.charAt(0).toLowerCase();
      groups.set(letter, [...(groups.get(letter) ?? []), a.slice(1)]);
    } else other.push(a);
  }
  return [
    ...[...groups].map(([letter, tails]) => `${letter}(?:${tails.map((t) => `(?:${t})`).join('|')})`),
    ...other.map((a) => `(?:${a})`),
  ].join('|');
}

/** "a|b(c|d)" → ["a", "b(c|d)"]: splits at "|" outside groups, character classes and escapes. */
function topLevelAlternatives(pattern: string): string[] {
  const out: string[] = [];
  let depth = 0, inClass = false, start = 0;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === '\\') { i++; continue; }
    if (inClass) { if (ch === ']') inClass = false; continue; }
    if (ch === '[') inClass = true;
    else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === '|' && depth === 0) { out.push(pattern.slice(start, i)); start = i + 1; }
  }
  out.push(pattern.slice(start));
  return out;
}
let cachedJob = '';
const jobRoles = new Map<string, { title: boolean; job: boolean }>();

export interface LegalMatch { entry: LegalRequirement; statutory: boolean }

/**
 * Which legal entry a requirement refers to. `job` is the job's title (first line) followed by its
 * occupation labels and opening text: a generic document (a driving licence, a VOG) is statutory only
 * when the job is one the law names. When several entries apply, the most specific wins: the
 * requirement naming the role itself, then the title, then the longest document match.
 */
export function matchLegal(requirement: string, job: string): LegalMatch | null {
  // One pass over every pattern first: most requirements name nothing the law regulates.
  // (Role patterns of entries that also name a document only qualify a match, so they are left out.)
  anyPattern ??= anyOf(LEGAL_REQUIREMENTS.flatMap((e) => (e.documentPatterns.length ? e.documentPatterns : e.rolePatterns)));
  if (!anyPattern(requirement)) return null;
  if (job !== cachedJob) { cachedJob = job; jobRoles.clear(); }
  const title = job.split('\n', 1)[0] ?? '';
  let best: { match: LegalMatch; score: number } | null = null;
  for (const entry of LEGAL_REQUIREMENTS) {
    const { documents, roles } = patterns(entry);
    const documentLength = Math.max(0, ...documents.map((re) => re.exec(requirement)?.[0].length ?? 0));
    const roleInRequirement = roles.some((re) => re.test(requirement));
    if (documentLength === 0 && !(documents.length === 0 && roleInRequirement)) continue;
    let roleMatch = jobRoles.get(entry.id);
    if (!roleMatch) {
      const inTitle = roles.some((re) => re.test(title));
      roleMatch = { title: inTitle, job: inTitle || roles.some((re) => re.test(job)) };
      jobRoles.set(entry.id, roleMatch);
    }
    const roleInTitle = roleMatch.title;
    const roleInJob = roleMatch.job;
    let score = 0;
    let statutory = false;
    if (documentLength > 0) {
      statutory = entry.statutory && (roles.length === 0 || roleInRequirement || roleInJob);
      score = documentLength + (roleInRequirement ? 30 : 0) + (roleInTitle ? 20 : 0) + (roleInJob ? 5 : 0) + (statutory ? 50 : 0);
      if (!entry.statutory && roles.length === 0) statutory = false;
    } else if (documents.length === 0 && roleInRequirement && roleInJob) {
      // Protected titles and role-bound certificates: the requirement names the role the job is.
      statutory = entry.statutory;
      score = 10 + (roleInTitle ? 20 : 0) + (statutory ? 50 : 0);
    } else continue;
    if (!best || score > best.score) best = { match: { entry, statutory }, score };
  }
  return best?.match ?? null;
}

export function legalBasis(entry: LegalRequirement, language: 'nl' | 'en'): LegalBasis {
  return {
    id: entry.id,
    name: entry.name[language],
    citation: entry.citation,
    law: entry.law,
    article: entry.article,
    bwbr: entry.bwbr,
    url: entry.url,
    obtainableAfterHiring: entry.obtainable.afterHiring,
    obtainableDetail: entry.obtainable.detail,
  };
}
