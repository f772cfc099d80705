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
    const re = (p: string) => new RegExp(p, 'iu');
    c = { documents: entry.documentPatterns.map(re), roles: entry.rolePatterns.map(re) };
    compiled.set(entry.id, c);
  }
  return c;
}

export interface LegalMatch { entry: LegalRequirement; statutory: boolean }

/**
 * Which legal entry a requirement refers to. `job` is the job's title and occupation labels: a
 * generic document (a driving licence, a VOG) is statutory only when the job is one the law names.
 */
export function matchLegal(requirement: string, job: string): LegalMatch | null {
  let fallback: LegalMatch | null = null;
  for (const entry of LEGAL_REQUIREMENTS) {
    const { documents, roles } = patterns(entry);
    const namesDocument = documents.some((re) => re.test(requirement));
    if (namesDocument) {
      const jobMatches = roles.length === 0 || roles.some((re) => re.test(job) || re.test(requirement));
      if (jobMatches) return { entry, statutory: entry.statutory };
      fallback ??= { entry, statutory: false };
    } else if (documents.length === 0 && roles.some((re) => re.test(requirement)) && roles.some((re) => re.test(job))) {
      // Protected titles and role-bound certificates: the requirement names the role the job is.
      return { entry, statutory: entry.statutory };
    }
  }
  return fallback;
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
