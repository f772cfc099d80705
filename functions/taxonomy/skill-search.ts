/**
 * Taxonomy search for the review page (`GET /v1/skills`, #19). ESCO v1.1.1 gives only some skills a
 * Dutch label here (the rest stay English until the official Dutch pack is installed), so a Dutch
 * word is looked for three ways, in this order:
 *  1. skill labels: a label that equals the query, starts with it or has a word starting with it;
 *  2. the Dutch labels of occupations, which all have one ("metselaar", "steigerbouwer"), leading to
 *     the essential skills that share a word with the occupation's English label (bricklayer → lay
 *     bricks), and the Dutch labels of skill groups ("verplaatsen en tillen") leading to their skills;
 *  3. any other substring of a label, then labels in the other language.
 * Between 1 and 2, a common Dutch word finds the labels of its English terms (hr-terms.ts:
 * "notuleren" → meeting reports, "tillen" → lift), in Dutch where the skill has a Dutch label; a
 * skill that an occupation or group also led to says so instead, their Dutch label explaining more.
 * A Dutch word is matched in its forms inside compounds ("timmeren" → "timmerman", dutch-forms.ts).
 * Every hit says its label's language, and an English one carries its Dutch group label.
 *
 * Long: the three ways are ranked together in one list, so they stay in one file.
 */
import type { Language } from '../../shared/locale';
import type { SkillHit } from '../../shared/profiles';
import type { Taxonomy } from './taxonomy';
import { normalize } from './normalize';
import { compoundParts, dutchForms, type Form } from './dutch-forms';
import { englishStem, englishTerms } from './hr-terms';

const OCCUPATIONS = 4;
const SKILLS_PER_OCCUPATION = 3;
const GROUPS = 2;
const SKILLS_PER_GROUP = 3;
const SKILLS_PER_TERM = 3;

interface Labels {
  nl: string[];
  en: string[];
  /** Short alternative labels (either language) → skill id. */
  alt: Array<[string, number]>;
  /** Each occupation's Dutch or English labels and alternatives, normalised. */
  occupations: { nl: string[][]; en: string[][] };
  groups: string[];
  /** Every word of the Dutch labels: the parts a compound may be cut into. */
  words: Set<string>;
  /** The skills of each group (only skills without a Dutch label have one). */
  members: number[][];
  /** The stems of each English label's words, for the English terms of a Dutch word (hr-terms.ts); made on first use. */
  stems?: Set<string>[];
}

/** Normalised labels, built once per isolate (about 5,000 skills, 3,000 occupations, 640 groups). */
const cache = new WeakMap<Taxonomy, Labels>();

function labels(taxonomy: Taxonomy): Labels {
  let found = cache.get(taxonomy);
  if (found) return found;
  const { skills, occupations: o, groups, skillLabels } = taxonomy.index;
  const split = (label: string | undefined) => (label ?? '').split('/').map(normalize).filter(Boolean);
  const alt = o.alt.map((a) => (a ?? '').split('|').filter(Boolean));
  const english = new Set([...o.en, ...skills.en].flatMap((l) => normalize(l).split(' ')));
  const members: number[][] = groups.nl.map(() => []);
  skills.group.forEach((g, id) => g >= 0 && members[g]?.push(id));
  found = {
    nl: skills.nl.map((l) => normalize(l)),
    en: skills.en.map((l) => normalize(l)),
    alt: Object.entries(skillLabels),
    occupations: {
      // ESCO's English alternative labels are stored beside the Dutch ones: a Dutch form would be found inside them ("factur" in "manufacturer").
      nl: o.nl.map((l, i) => [...split(l), ...(alt[i] ?? []).filter((a) => !a.split(' ').every((w) => english.has(w)))]),
      en: o.en.map((l, i) => [...split(l), ...(alt[i] ?? [])]),
    },
    groups: groups.nl.map((l) => normalize(l)),
    words: new Set(),
    members,
  };
  for (const label of [...found.nl, ...found.groups, ...found.occupations.nl.flat()]) for (const w of label.split(' ')) found.words.add(w);
  cache.set(taxonomy, found);
  return found;
}

/** 0 equal, 1 starts with, 2 a word starts with, 3 inside; -1 not found. */
function rank(label: string, query: string): number {
  if (!label) return -1;
  if (label === query) return 0;
  if (label.startsWith(query)) return 1;
  if (label.includes(` ${query}`)) return 2;
  if (label.includes(query)) return 3;
  return -1;
}

/** Each query word has one of its forms in the label: 0 as whole words, 1 inside a compound; -1 not. */
function formsRank(label: string, forms: Form[][]): number {
  let worst = 0;
  const padded = ` ${label} `;
  for (const word of forms) {
    if (word.some((f) => padded.includes(` ${f.text} `))) continue;
    if (!word.some((f) => f.inside && label.includes(f.text))) return -1;
    worst = 1;
  }
  return worst;
}

/** Job words that say nothing of the work itself ("manager" would bring "manage staff" for every manager). */
const GENERIC = new Set([
  'manager',
  'worker',
  'labourer',
  'repair',
  'maintenance',
  'construction',
  'production',
  'commercial',
  'craft',
  'craftsman',
  'operator',
  'assistant',
  'supervisor',
  'specialist',
  'technician',
  'general',
  'senior',
  'junior',
  'officer',
  'director',
  'head',
  'chief',
  'clerk',
  'employee',
  'professional',
  'expert',
  'consultant',
  'coordinator',
]);

/**
 * What an occupation's labels say of its work: each word of three letters or more with the number of
 * labels it is in ("carpenter" in six of timmerman's, "wood" in one).
 */
function jobWords(labels: string[]): Map<string, number> {
  const weights = new Map<string, number>();
  for (const label of labels) {
    for (const word of new Set(label.split(' '))) if (word.length >= 3 && !GENERIC.has(word)) weights.set(word, (weights.get(word) ?? 0) + 1);
  }
  return weights;
}

/** Two words of one root: a common start of four letters that leaves at most three of the shorter ("nurse", "nursing"). */
function sameRoot(a: string, b: string): boolean {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const shorter = Math.min(a.length, b.length);
  // A word of three or four letters is the root itself: "saw" of "sawing", "tile" of "tiles".
  if (shorter <= 4) return i === shorter && i >= 3;
  return i >= 4 && i >= shorter - 3;
}

/** A skill found, and how well what led to it matched (0 best). */
interface Found {
  id: number;
  via: SkillHit['via'];
  rank?: number;
}

/** Essential skills of the occupations named by the query, those that share a root with the occupation's label. */
function byOccupation(taxonomy: Taxonomy, all: Labels, query: string, forms: Form[][], language: Language): Found[] {
  const matches: { id: number; rank: number; length: number }[] = [];
  all.occupations[language].forEach((list, id) => {
    let best = -1;
    let length = 0;
    for (const label of list) {
      const inside = label === query ? 0 : formsRank(label, forms);
      const r = label === query ? 0 : inside < 0 ? -1 : inside + 1;
      if (r >= 0 && (best < 0 || r < best || (r === best && label.length < length))) [best, length] = [r, label.length];
    }
    if (best >= 0) matches.push({ id, rank: best, length });
  });
  matches.sort((a, b) => a.rank - b.rank || a.length - b.length);
  const found: Found[] = [];
  const top = matches.slice(0, OCCUPATIONS);
  const shared = new Map<string, number>();
  for (const { id, rank } of top) {
    const occupation = taxonomy.occupation(id);
    // Which of its essential skills the job's labels (English ones among them) are about: "lay bricks" for a bricklayer.
    const words = jobWords([normalize(occupation.en), ...(taxonomy.index.occupations.alt[id] ?? '').split('|')]);
    for (const [word, weight] of words) shared.set(word, (shared.get(word) ?? 0) + weight);
    const about = (skill: number) => {
      let score = formsRank(all.nl[skill] ?? '', forms) >= 0 ? 10 : 0;
      for (const w of new Set((all.en[skill] ?? '').split(' '))) for (const [j, weight] of words) if (sameRoot(w, j)) score += weight;
      return score;
    };
    const skills = taxonomy
      .essentialSkills(id)
      .map((skill) => ({ skill, score: about(skill) }))
      .filter((s) => s.score > 0)
      .sort((a, b) => b.score - a.score);
    const label = language === 'nl' ? occupation.nl : occupation.en;
    for (const { skill } of skills.slice(0, SKILLS_PER_OCCUPATION)) {
      found.push({ id: skill, via: { kind: 'occupation', label, labelLanguage: language }, rank });
    }
  }
  // The occupations' labels as a dictionary: the English word most of them use ("saw" for zager,
  // houtzagerij, steenzager) finds skills no one of them lists as essential ("operate band saw").
  // Only a word of the occupations' own English names counts: their alternatives drift ("direct" from a care home's director).
  const names = top.flatMap(({ id }) => normalize(taxonomy.occupation(id).en).split(' '));
  const [word, weight = 0] = [...shared].filter(([w]) => names.some((n) => sameRoot(n, w))).sort((a, b) => b[1] - a[1])[0] ?? [];
  const first = top[0];
  if (word && first && weight >= 2) {
    const own = new Set(found.map((f) => f.id));
    const label = language === 'nl' ? taxonomy.occupation(first.id).nl : taxonomy.occupation(first.id).en;
    all.en
      .map((l, id) => ({ id, length: l.length, hit: !own.has(id) && l.split(' ').some((w) => sameRoot(w, word)) }))
      .filter((s) => s.hit)
      .sort((a, b) => a.length - b.length)
      .slice(0, SKILLS_PER_OCCUPATION)
      .forEach(({ id }) => found.push({ id, via: { kind: 'occupation', label, labelLanguage: language }, rank: first.rank }));
  }
  return found;
}

/** Skills of the skill groups whose Dutch label has every query word, the most general first. */
function byGroup(taxonomy: Taxonomy, all: Labels, forms: Form[][]): Found[] {
  const groups = all.groups
    .map((label, id) => ({ id, label, rank: formsRank(label, forms) }))
    .filter((g) => g.rank >= 0 && (all.members[g.id]?.length ?? 0) > 0)
    .sort((a, b) => a.rank - b.rank || a.label.length - b.label.length);
  const found: Found[] = [];
  for (const group of groups.slice(0, GROUPS)) {
    const label = taxonomy.index.groups.nl[group.id] ?? '';
    const skills = [...(all.members[group.id] ?? [])].sort((a, b) => (taxonomy.index.skills.reuse[a] ?? 2) - (taxonomy.index.skills.reuse[b] ?? 2));
    // A group's label has the words as they stand: as good as an occupation's own label.
    for (const id of skills.slice(0, SKILLS_PER_GROUP)) found.push({ id, via: { kind: 'group', label, labelLanguage: 'nl' }, rank: group.rank });
  }
  return found;
}

/**
 * Skills whose English label has every word of an English term for the Dutch query ("wondzorg" →
 * wound care): the label that holds the term as it is first, then the shortest.
 */
function byTerms(all: Labels, query: string): Found[] {
  const terms = englishTerms(query);
  if (!terms.length) return [];
  all.stems ??= all.en.map((label) => new Set(label.split(' ').map(englishStem)));
  const stems = all.stems;
  const found: Found[] = [];
  for (const term of terms) {
    const matches: { id: number; rank: number; length: number }[] = [];
    stems.forEach((words, id) => {
      if (!term.stems.every((s) => words.has(s))) return;
      const label = all.en[id] ?? '';
      matches.push({ id, rank: ` ${label} `.includes(` ${term.text} `) ? 0 : 1, length: label.length });
    });
    matches.sort((a, b) => a.rank - b.rank || a.length - b.length);
    for (const { id } of matches.slice(0, SKILLS_PER_TERM)) found.push({ id, via: { kind: 'glossary', label: term.text, labelLanguage: 'en' } });
  }
  return found;
}

/**
 * Skills found through occupations and skill groups. When all the query's words find nothing, a
 * compound is tried as its parts ("ouderenzorg"), and a phrase by its last word, the one Dutch
 * phrases are about ("persoonlijke verzorging" → "verzorging").
 */
function related(taxonomy: Taxonomy, all: Labels, query: string, language: Language): Found[] {
  const words = query.split(' ');
  const attempts: string[][] = [words];
  if (language === 'nl') {
    const parts = words.length === 1 ? compoundParts(words[0]!, (part) => all.words.has(part) || all.words.has(`${part}en`)) : null;
    if (parts) attempts.push(parts, parts.slice(0, 1));
    if (words.length > 1) attempts.push(words.slice(-1));
  }
  for (const attempt of attempts) {
    const forms = attempt.map((w) => (language === 'nl' ? dutchForms(w) : [{ text: w, inside: true }]));
    const found = [...(language === 'nl' ? byGroup(taxonomy, all, forms) : []), ...byOccupation(taxonomy, all, attempt.join(' '), forms, language)];
    if (found.length) return found.sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0));
  }
  return [];
}

export function searchSkills(taxonomy: Taxonomy, text: string, language: Language, limit: number): SkillHit[] {
  const query = normalize(text);
  if (!query) return [];
  const all = labels(taxonomy);
  const other: Language = language === 'nl' ? 'en' : 'nl';
  // A Dutch word the other language shares a root with ("medicatie" → medication) finds that label, marked as English.
  const cognates =
    language === 'nl'
      ? query.split(' ').map((w) =>
          dutchForms(w)
            .map((f) => f.text)
            .filter((f) => f.length >= 6),
        )
      : null;

  const close: { id: number; score: number }[] = [];
  const inside: { id: number; score: number }[] = [];
  const foreign: { id: number; score: number }[] = [];
  for (let id = 0; id < all.en.length; id++) {
    const own = rank(all[language][id] ?? '', query);
    if (own >= 0 && own <= 2) close.push({ id, score: own });
    else if (own === 3) inside.push({ id, score: own });
    else {
      const label = all[other][id] ?? '';
      const alt = rank(label, query);
      if (alt >= 0) foreign.push({ id, score: alt });
      else if (cognates?.every((forms) => forms.some((f) => ` ${label}`.includes(` ${f}`)))) foreign.push({ id, score: 4 });
    }
  }
  // A short alternative label ("steigerbouw", "Excel") names its skill as well as the preferred one.
  for (const [key, id] of all.alt) {
    const r = rank(key, query);
    if (r >= 0 && r <= 2) close.push({ id, score: r + 0.5 });
  }
  const length = (id: number) => (all[language][id] || all[other][id] || '').length;
  const order = (list: { id: number; score: number }[]) =>
    list.sort((a, b) => a.score - b.score || length(a.id) - length(b.id)).map(({ id }): Found => ({ id, via: null }));

  const seen = new Set<number>();
  const hits: SkillHit[] = [];
  const through = related(taxonomy, all, query, language);
  // A skill an occupation or group also led to says so: their Dutch label tells a reviewer more than an English term.
  const why = new Map<number, SkillHit['via']>();
  for (const f of through) if (!why.has(f.id)) why.set(f.id, f.via);
  const translated = language === 'nl' ? byTerms(all, query).map((f) => ({ ...f, via: why.get(f.id) ?? f.via })) : [];
  for (const { id, via } of [...order(close), ...translated, ...through, ...order(inside), ...order(foreign)]) {
    if (hits.length >= limit) break;
    if (seen.has(id)) continue;
    seen.add(id);
    hits.push(hit(taxonomy, id, language, via));
  }
  return hits;
}

function hit(taxonomy: Taxonomy, id: number, language: Language, via: SkillHit['via']): SkillHit {
  const skill = taxonomy.skill(id);
  const label = taxonomy.skillLabel(id, language);
  return {
    uri: skill.uri,
    label: label.label,
    labelLanguage: label.language,
    altLabel: label.language === 'nl' ? skill.en : skill.nl,
    knowledge: skill.knowledge,
    groupLabel: label.untranslated ? label.groupLabel : null,
    via,
  };
}
