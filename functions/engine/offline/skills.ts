import type { Language } from '../../../shared/locale';
import type { Skill } from '../../../shared/translation';
import type { Taxonomy } from '../../taxonomy';
import { normalize, STOPWORDS, tokens } from '../../taxonomy/normalize';
import { ngramHits } from './ngrams';

// Words that are ESCO skill labels but in a posting are only part of ordinary sentences.
const NOT_ALONE = new Set([
  'werken',
  'plannen',
  'leren',
  'lezen',
  'schrijven',
  'rekenen',
  'ervaring',
  'kennis',
  'data',
  'team',
  'work',
  'design',
  'test',
  'testen',
  'support',
  'sales',
  'control',
  'ontwerp',
  'beheer',
  'ict',
  'it',
  'r',
  'go',
  'c',
  'office',
  'english',
  'engels',
  'nederlands',
  'dutch',
  'communicatie',
  'communication',
  'management',
  'organisatie',
  'projecten',
  'processen',
  'techniek',
  'systemen',
  'software',
  'analyse',
  'analysis',
  'strategie',
  'onderzoek',
  'research',
  'service',
  'marketing',
  'kwaliteit',
  'quality',
  'training',
  'coaching',
  'energy',
  'energie',
  'logistiek',
  'logistics',
]);

/**
 * ESCO skills named in a piece of text: longest label n-grams first, no overlaps. (The last answer
 * is remembered: a posting's tasks are grounded again for each diploma it asks for.)
 */
export function groundSkills(text: string, taxonomy: Taxonomy, max = 6, of: 'requirement' | 'tasks' = 'requirement'): readonly number[] {
  const last = lastGrounded;
  if (last && last.text === text && last.taxonomy === taxonomy && last.max === max && last.of === of) return last.found;
  const found = findSkills(text, taxonomy, max, of);
  lastGrounded = { text, taxonomy, max, of, found };
  return found;
}
let lastGrounded: { text: string; taxonomy: Taxonomy; max: number; of: string; found: readonly number[] } | null = null;

function findSkills(text: string, taxonomy: Taxonomy, max: number, of: 'requirement' | 'tasks'): number[] {
  const toks = tokens(text);
  const used = new Array<boolean>(toks.length).fill(false);
  const found: number[] = [];
  // One word names a skill only when it is the skill's own name ("Python", "boekhouden"), not one
  // of its alternative labels: "controllers" is an alternative label of "robotic components".
  const lookup = (key: string, n: number) => {
    if (n > 1) return taxonomy.skillByKey(key);
    if (STOPWORDS.has(key) || NOT_ALONE.has(key) || key.length < 2) return undefined;
    const id = taxonomy.skillByKey(key);
    if (id === undefined) return undefined;
    const { en, nl } = taxonomy.index.skills;
    if (normalize(en[id] ?? '') !== key && !(!!nl[id] && normalize(nl[id]!) === key)) return undefined;
    // In a task line a lone common noun is what the work is about ("onze database van influencers"),
    // not what someone must know; a name ("Python", "SAP") still is.
    return of === 'tasks' && taxonomy.skill(id).knowledge && !namedAsName(text, key) ? undefined : id;
  };
  for (const { from, to, hit: id } of ngramHits(
    toks,
    6,
    lookup,
    (w) => taxonomy.startsSkillLabel(w),
    (words) => taxonomy.skillLabelGoesOn(words),
  )) {
    if (found.length >= max) break;
    if (used.slice(from, to).includes(true)) continue;
    if (found.includes(id)) continue;
    for (let i = from; i < to; i++) used[i] = true;
    found.push(id);
  }
  return found;
}

/** The word stands in the text written as a name: a capital inside or at its start, not opening a sentence. */
function namedAsName(text: string, key: string): boolean {
  const re = new RegExp(`(?<![A-Za-zÀ-ÖØ-öø-ɏ\\d])${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![A-Za-zÀ-ÖØ-öø-ɏ\\d])`, 'gi');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (/\p{Lu}/u.test(m[0].slice(1)) || (/^\p{Lu}/u.test(m[0]) && !/(?:^|[.!?:•·-]\s*)$/.test(text.slice(0, m.index)))) return true;
  }
  return false;
}

/** A Skill in the output, labelled in the posting's language (English + Dutch group when untranslated). */
export function toSkill(id: number, taxonomy: Taxonomy, language: Language, fields: { requirementIds: string[]; mustHave: boolean; reason: string }): Skill {
  const ref = taxonomy.skill(id);
  const label = taxonomy.skillLabel(id, language);
  return {
    label: label.label,
    uri: ref.uri,
    requirementIds: fields.requirementIds,
    mustHave: fields.mustHave,
    reason: fields.reason,
    verified: true,
    labelLanguage: label.language,
    untranslated: label.untranslated,
    groupLabel: label.groupLabel,
  };
}
