/**
 * One-off generator (kept for the record): turns ../shared/data/legal/nl_legal_requirements.json
 * into the project's own table, functions/legal/requirements.json, which the project then owns and
 * edits by hand. Run: npx tsx scripts/data/generate-legal-table.ts [path/to/nl_legal_requirements.json]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

interface Source {
  id: string;
  sector: string;
  requirement_kind: string;
  name_nl: string;
  name_en: string;
  vacancy_keywords_regex: string[];
  roles_covered: string[];
  applies_when: string;
  citation_short: string;
  must_keep: boolean;
  keep_mode: string;
  legal_basis: Array<{ law: string; bwbr?: string; article: string; source?: { official_url?: string }; secondary_url?: string }>;
  obtainable_after_hiring: { code: string; detail: string };
  rewrite_guidance: string;
  confidence: string;
}

const root = resolve(import.meta.dirname, '../..');
const input = process.argv[2] ?? resolve(root, '../shared/data/legal/nl_legal_requirements.json');
const { entries } = JSON.parse(readFileSync(input, 'utf8')) as { entries: Source[] };

const table = entries.map((e) => {
  const basis = e.legal_basis[0];
  const roles = e.roles_covered.join(' | ');
  const patterns = e.vacancy_keywords_regex.map((p) => p.replace(/\(\?i\)/g, ''));
  // A pattern that matches one of the roles names the job; the others name the document itself.
  const rolePatterns = patterns.filter((p) => new RegExp(p, 'iu').test(roles));
  const documentPatterns = patterns.filter((p) => !rolePatterns.includes(p));
  const code = e.obtainable_after_hiring.code;
  return {
    id: e.id,
    sector: e.sector,
    kind: e.requirement_kind,
    statutory: e.must_keep,
    keepMode: e.keep_mode,
    name: { nl: e.name_nl, en: e.name_en },
    law: basis?.law ?? '',
    article: basis?.article ?? '',
    bwbr: basis?.bwbr ?? null,
    url: basis?.source?.official_url ?? basis?.secondary_url ?? (basis?.bwbr ? `https://wetten.overheid.nl/${basis.bwbr}` : null),
    citation: e.citation_short,
    roles: e.roles_covered,
    appliesWhen: e.applies_when,
    documentPatterns,
    rolePatterns,
    obtainable: { afterHiring: !/^no_|^not_applicable$/.test(code) || !e.must_keep, code, detail: e.obtainable_after_hiring.detail },
    rephrase: e.rewrite_guidance,
    confidence: e.confidence,
  };
});

writeFileSync(resolve(root, 'functions/legal/requirements.json'), `${JSON.stringify(table, null, 1)}\n`);
console.log(`wrote ${table.length} legal requirements to functions/legal/requirements.json`);
