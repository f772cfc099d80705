/**
 * The vacancy's occupation (#15): detected from the title, the text and the programmes named,
 * calibrated, and claimed only when sure. Long: the title matcher, the text's evidence and the
 * calibration are tuned together on the corpus's tune half (DEVELOPERS.md), so they stay side by
 * side.
 */
import type { Language } from '../../../shared/locale';
import type { Occupation, OccupationCandidate as ShownCandidate } from '../../../shared/translation';
import type { Taxonomy } from '../../taxonomy';
import { reverse, type OccupationVocabulary as Vocabulary } from '../../taxonomy/taxonomy';
import { tokens } from '../../taxonomy/normalize';
import { agentForms, RANK_WORDS, segmentWords, titleRank, titleSegments, WORKER, wordForms, type Rank } from './job-title';
import { matchAll } from './match-all';

export interface OccupationCandidate {
  id: number;
  /** Calibrated certainty 0..1 that this is the vacancy's occupation (see CALIBRATION). */
  score: number;
  source: 'title' | 'programme' | 'text';
}

/**
 * Find the vacancy's ESCO occupations (issue #15): the title first, matched word by word against
 * every Dutch and English preferred, alternative and hidden label (also through compounds and
 * gender forms; a label word the title lacks may come from the text: "Java developer" and "software"
 * in the posting), then job names in the text ("als X", "zoeken een X"), then the programmes the
 * diploma requirements name. Candidates come best first with a calibrated certainty.
 * Long: the title's, the programmes' and the text's evidence weighed into one ranking; the steps
 * share `keep` and the best match so far.
 */
export function detectOccupations(title: string | null, text: string, taxonomy: Taxonomy, programmeOccupations: number[][] = []): OccupationCandidate[] {
  const vocabulary = taxonomy.occupationVocabulary();
  const found = new Map<number, Evidence>();
  let best = 0; // the best match kept so far
  // What the fifth candidate will rank at least, whatever comes (a family name's discount, no
  // support): a match that cannot reach it even with all the text's support changes nothing and is
  // not kept (a generic title matches thousands of labels weakly). Not an occupation a programme
  // names: its evidence is merged with the programme's.
  let fifthAtLeast = -Infinity;
  const named = new Set(programmeOccupations.flat());
  const raise = (matches: Iterable<number>) => {
    fifthAtLeast = Math.max(fifthAtLeast, FAMILY_DISCOUNT * fifthLargest(matches));
  };
  const hopeless = (id: number, match: number) => match + TEXT_SUPPORT + OWN_SUPPORT < fifthAtLeast && !named.has(id);
  // (The evidence is made only when it is kept: most matches lose to what an occupation has.)
  const keep = (id: number, match: number, label: string[], source: Evidence['source'], completed?: boolean) => {
    if (hopeless(id, match)) return;
    const prev = found.get(id);
    if (!prev || match > prev.match) found.set(id, completed === undefined ? { match, label, source } : { match, label, source, completed });
    if (match > best) best = match;
  };
  // A title that is a sentence ("... zijn wij op zoek naar een Developer.") is read like text.
  const sentence = !!title && title.split(/\s+/).length > MAX_TITLE_WORDS;
  // The first line of the text often repeats the title, and "als X" the first line.
  const matched = new Map<string, Matches>();
  const seniority = title ? titleRank(title) : null;
  const intern = !!title && INTERN.test(title);
  // Kept at `factor` of its score, a match below the least is hopeless (no programme named: a
  // programme's occupation is kept whatever its match).
  const match = (words: string[], factor: number, support?: Set<string>, most = Infinity) => {
    const least = Math.min(most, named.size ? -Infinity : (fifthAtLeast - TEXT_SUPPORT - OWN_SUPPORT) / factor);
    const key = support ? `+${words.join(' ')}` : words.join(' ');
    let m = matched.get(key);
    if (!m || m.least > least) matched.set(key, (m = matchWords(words, vocabulary, support, seniority, least)));
    return m;
  };
  const bodyWords = tokens(text.slice(0, 4000));
  const body = ` ${bodyWords.join(' ')} `;
  const textWords = new Set(bodyWords);
  (title && !sentence ? titleSegments(title) : []).slice(0, 5).forEach((words, i) => {
    // Later segments are as often the employer or the place as the job.
    const decay = SEGMENT_DECAY ** i;
    const all = match(words, decay, textWords);
    raise(all.scores.map((score) => score * decay));
    all.ids.forEach((id, k) => keep(id, all.scores[k]! * decay, vocabulary.labels[all.labels[k]!]!.words, 'title', all.completed[k] === 1));
    // An intern does the field's work at a junior rank: "Marketing stagiair" is the "marketingmedewerker"
    // where ESCO names one (only a label the field and the worker make whole).
    if (i === 0 && intern && !words.some((w) => WORKER.has(w))) {
      const worker = match([...words, 'medewerker'], 1, undefined, HEAD_MATCH);
      worker.ids.forEach((id, k) => {
        if (worker.scores[k]! >= HEAD_MATCH) keep(id, worker.scores[k]!, vocabulary.labels[worker.labels[k]!]!.words, 'title');
      });
    }
    // A Dutch title names the job first and the ward or specialism after it: "Verpleegkundige
    // Chirurgie", "Psychiater Angst en Stemming". Its opening words that are a whole label of their
    // own (not a word in every other label, like "medewerker") name the job.
    // (Only when the whole segment named no job as surely, and only its first three words.)
    if (i === 0 && best < HEAD_MATCH)
      for (let k = Math.min(3, words.length - 1); k >= 1; k--) {
        const head = words.slice(0, k);
        const own = match(head, 1, undefined, 0.75);
        const exact = [...own.ids.keys()]
          .filter((k) => own.scores[k]! >= 0.75)
          .map((k) => [own.ids[k]!, vocabulary.labels[own.labels[k]!]!.words] as const)
          .filter(([, label]) => !(label.length === 1 && (vocabulary.byWord.get(label[0]!)?.length ?? 0) > GENERIC_WORD_LABELS));
        // One label, or the head names several jobs and says none.
        if (new Set(exact.map(([, label]) => label.join(' '))).size !== 1) continue;
        for (const [id, label] of exact) keep(id, HEAD_MATCH, label, 'title');
        break;
      }
  });
  if (best < TITLE_IS_ENOUGH) {
    for (const phrase of [...(sentence ? jobPhrases(title) : []), ...jobPhrases(text)]) {
      // The job is the mention's first words ("als ervaren systeembeheerder ondersteun je …"), split
      // like a title ("als Data Scientist/AI Developer"): each occupation keeps its best match
      // among the first one, two and three words.
      for (const words of titleSegments(phrase).slice(0, 2)) {
        const mention = new Map<number, { score: number; label: number }>();
        for (let k = Math.min(MENTION_WORDS, words.length); k >= 1; k--) {
          const m = match(words.slice(0, k), TEXT_FACTOR);
          m.ids.forEach((id, i) => {
            const score = m.scores[i]!;
            // (A match that cannot beat what the occupation has already is not kept at all.)
            if (score * TEXT_FACTOR <= (found.get(id)?.match ?? 0) || hopeless(id, score * TEXT_FACTOR)) return;
            if (score > (mention.get(id)?.score ?? 0)) mention.set(id, { score, label: m.labels[i]! });
          });
        }
        for (const [id, m] of mention) keep(id, m.score * TEXT_FACTOR, vocabulary.labels[m.label]!.words, 'text');
        raise([...mention.values()].map((m) => m.score * TEXT_FACTOR));
      }
    }
  }
  for (const ids of programmeOccupations) {
    for (const id of ids) {
      const prev = found.get(id);
      if (prev) prev.programme = true;
      else found.set(id, { match: PROGRAMME_MATCH / ids.length, label: [], source: 'programme', programme: true });
    }
  }
  if (!found.size) return [];
  // ESCO gives some specific occupations a generic name as an alternative label ("vestigingsmanager"
  // for facility manager, while ten other occupations are a "vestigingsmanager …"): a title with
  // only that name has not said which of them it is.
  for (const [id, e] of found)
    if (e.match >= FAMILY_CHECK_FROM && e.source !== 'programme' && namesAFamily(e.label, id, vocabulary)) e.match *= FAMILY_DISCOUNT;

  // The text decides between near-equal matches: an occupation whose own label the posting uses
  // wins ("timmerman" over "meubelmaker" when both have the title's label).
  // A candidate that cannot reach the fifth best even with all the support is not looked up in the text.
  const floor = fifthLowestRank(found);
  const ranked = [...found]
    .filter(([, e]) => rankOf(e, 1, true) >= floor)
    .map(([id, e]) => {
      let inText = 0,
        isOwn = false;
      for (const own of ownLabels(id, vocabulary)) {
        // Only a label all of whose words are in the text can be in it word for word.
        let has = 0;
        for (const w of own) if (textWords.has(w)) has++;
        inText = Math.max(inText, has === own.length && body.includes(` ${own.join(' ')} `) ? 1 : has / own.length / 2);
        isOwn ||= sameWords(own, e.label);
      }
      // A label of the other rank than the title's loses a tie ("Stagiair HR": the HR assistant, not the HR manager).
      const otherRank = !!seniority && e.label.some((w) => RANK_WORDS[seniority].has(w));
      return { id, e, rank: rankOf(e, inText, isOwn) - (otherRank ? OWN_SUPPORT : 0) };
    })
    .sort((a, b) => b.rank - a.rank || a.id - b.id);

  const top = ranked[0]!;
  // A title completed by the text is sure only when the text points to one label of the family.
  const rival = ranked.find((c) => c.e.label.join(' ') !== top.e.label.join(' '));
  const open = !!top.e.completed && !!rival && rival.rank > top.rank - TEXT_SUPPORT;
  const certainty = calibrate(top.e.match * (open ? OPEN_FACTOR : 1), top.e.source);
  return ranked.slice(0, 5).map((c, i) => ({
    id: c.id,
    // Runners-up share the top's certainty in proportion to their evidence.
    score: i === 0 ? certainty : round(Math.min(certainty, calibrate(c.e.match, c.e.source) * (c.rank / top.rank))),
    source: c.e.source,
  }));
}

/** Below this certainty no occupation is claimed (calibrated on the tune half of the corpus). */
export const CLAIM_AT = 0.75;
/**
 * Text-only guesses below this ground no diploma in an occupation. Lower than CLAIM_AT: a diploma's
 * skills are spelled out from the likely occupations, not only the claimed one (diploma skills of the
 * gold occupations rose on both halves, 61 → 69 % untuned, tune unchanged at 70 %).
 */
export const CONFIDENT_SCORE = 0.2;

/** The occupation a translation claims (null below CLAIM_AT) and the top three for a UI to offer. */
export function claimOccupation(
  candidates: OccupationCandidate[],
  taxonomy: Taxonomy,
  language: Language,
): { occupation: Occupation | null; occupationCandidates: ShownCandidate[] } {
  const shown = candidates.slice(0, 3).map((c) => {
    const o = taxonomy.occupation(c.id);
    return { uri: o.uri, label: language === 'nl' ? o.nl : o.en, score: c.score };
  });
  const top = candidates[0];
  return { occupation: top && top.score >= CLAIM_AT ? (shown[0] ?? null) : null, occupationCandidates: shown };
}

/** Occupations a name (a title or an MBO qualification) stands for: the best matches, at most three. */
export function occupationsByName(name: string, taxonomy: Taxonomy): number[] {
  const { ids, scores } = matchWords(segmentWords(name), taxonomy.occupationVocabulary());
  // (Only a match of at least MIN_NAME_MATCH can pass the bar: the rest is not sorted.)
  const ranked = [...ids.keys()].filter((k) => scores[k]! >= MIN_NAME_MATCH).sort((a, b) => scores[b]! - scores[a]! || ids[a]! - ids[b]!);
  const bar = Math.max(MIN_NAME_MATCH, (scores[ranked[0] ?? -1] ?? 0) / 2);
  return ranked
    .filter((k) => scores[k]! >= bar)
    .map((k) => ids[k]!)
    .slice(0, 3);
}

interface Evidence {
  match: number;
  label: string[];
  source: OccupationCandidate['source'];
  programme?: boolean;
  completed?: boolean;
}
/** What matchWords found, one entry per occupation: its best score, that label's number, and whether the text completed it. */
interface Matches {
  /** The least score matched in full: an occupation whose labels score less may be missing or scored lower. */
  least: number;
  ids: number[];
  scores: number[];
  labels: number[];
  completed: number[];
}

const MAX_TITLE_WORDS = 12;
const SEGMENT_DECAY = 0.95;
const TEXT_FACTOR = 0.8;
/** A job named in running text is its first few words. */
const MENTION_WORDS = 3;
const TITLE_IS_ENOUGH = 0.9;
/** The opening words of a title that are a whole label: a sure job, less sure than the whole title. */
const HEAD_MATCH = 0.72;
/** Dutch words for an intern in a title ("Stagiair(e) HR", "Werkstudent marketing"). */
const INTERN = /(?<![A-Za-zÀ-ÖØ-öø-ɏ])(?:stagiair|stagiaire|werkstudent)(?![A-Za-zÀ-ÖØ-öø-ɏ])/i;
const PROGRAMME_MATCH = 0.3;
const PROGRAMME_SUPPORT = 0.1;
const TEXT_SUPPORT = 0.1;
const OWN_SUPPORT = 0.03;
const MIN_NAME_MATCH = 0.3;
/**
 * An alternative label that labels of this many other occupations extend names a family, not one
 * job (the tune half gave the same figures from 3 to 9; the middle is taken).
 */
const FAMILY_SIZE = 6;
const FAMILY_CHECK_FROM = 0.6;
const FAMILY_DISCOUNT = 0.6;

/**
 * Certainty from how well the best label matched (1: the title is a label) and where: the share of
 * claims that were right at each level of match on the tune half of the corpus (DEVELOPERS.md;
 * 52 postings: ≥ 0.7 right 30 of 34, 0.5–0.7 4 of 9, below 0.5 2 of 10; again after the text
 * mentions, family names and completed titles of #15: ≥ 0.7 right 32 of 35, 0.5–0.7 2 of 6, below
 * 0.5 2 of 11; after agent nouns, the title's rank and experts as specialists: ≥ 0.7 right 35 of 38,
 * 0.5–0.7 0 of 4, below 0.5 2 of 10), interpolated between the levels. The lead over the runner-up hardly mattered there:
 * ESCO's siblings often share a label and are then both right (a title completed by the text is the
 * exception, see OPEN_FACTOR).
 */
const CALIBRATION: Array<[match: number, certainty: number]> = [
  [0, 0.05],
  [0.45, 0.2],
  [0.65, 0.45],
  [0.7, 0.85],
  [1, 0.9],
];

function calibrate(match: number, source: OccupationCandidate['source']): number {
  const x = source === 'programme' ? match * 0.8 : match;
  for (let i = 1; i < CALIBRATION.length; i++) {
    const [x0, y0] = CALIBRATION[i - 1]!,
      [x1, y1] = CALIBRATION[i]!;
    if (x <= x1) return round(y0 + ((y1 - y0) * (Math.max(x, x0) - x0)) / (x1 - x0));
  }
  return CALIBRATION.at(-1)![1];
}

const round = (n: number) => Math.round(n * 100) / 100;
const sameWords = (a: string[], b: string[]) => a.length === b.length && a.every((w, i) => w === b[i]);

/** A candidate's rank: its match, the support of the text and of a programme. */
const rankOf = (e: Evidence, inText: number, isOwn: boolean) =>
  e.match + TEXT_SUPPORT * inText + (isOwn ? OWN_SUPPORT : 0) + (e.programme ? PROGRAMME_SUPPORT : 0);

/** The fifth largest of these numbers (-Infinity when there are fewer than five). */
function fifthLargest(values: Iterable<number>): number {
  const top = [-Infinity, -Infinity, -Infinity, -Infinity, -Infinity];
  for (const value of values) {
    if (value <= top[4]!) continue;
    let i = 4;
    for (; i > 0 && value > top[i - 1]!; i--) top[i] = top[i - 1]!;
    top[i] = value;
  }
  return top[4]!;
}

/** The fifth best candidate's lowest possible rank (no support from the text). */
function fifthLowestRank(found: Map<number, Evidence>): number {
  return fifthLargest([...found.values()].map((e) => rankOf(e, 0, false)));
}

// Job names in running text: "als X", "as a X", "zoeken een X", "functie: X", and the first line.
const NAMED_JOB =
  /\b(?:als|as an?|(?:zoeken|zoekt|op zoek naar)(?: wij| we)? (?:een|naar een)|(?:ben|bent) (?:jij|je|u) (?:de|een)|are you (?:the|an?)|looking for an?|functie|position|role)\s*:?\s+([^\n.;:!?()]{3,60})/gi;

function jobPhrases(text: string): string[] {
  const phrases = [text.slice(0, 200).split('\n')[0] ?? ''];
  for (const m of matchAll(NAMED_JOB, text.slice(0, 3000))) {
    // A list after "als" names things, not the job: "begrippen als SEO, SEA, HTML, ROI, en CTR".
    if ((m[1]?.match(/,/g)?.length ?? 0) >= 2) continue;
    // The job is the first few words after the cue: "als verpleegkundige op de afdeling ..." → "verpleegkundige".
    phrases.push((m[1] ?? '').split(/\s+(?:die|dat|who|that|op|bij|in|at|voor|for|en|and|met|with|binnen|within)\s+/i)[0] ?? '');
    if (phrases.length > 12) break;
  }
  return phrases;
}

/**
 * True when the label is another occupation's family name given to this one: not its own label nor
 * a part of one, while labels of FAMILY_SIZE other occupations extend it and none of its own is
 * extended so (a generic occupation such as "projectmanager" may bear the family's name).
 */
function namesAFamily(label: string[], id: number, v: Vocabulary): boolean {
  const own = ownLabels(id, v);
  if (!label.length || own.some((o) => label.every((w) => o.includes(w)))) return false;
  const others = (words: string[]) => {
    const ids = extendedBy(words, v);
    return ids.size - (ids.has(id) ? 1 : 0);
  };
  return others(label) >= FAMILY_SIZE && !own.some((o) => others(o) >= FAMILY_SIZE);
}

const extensions = new WeakMap<Vocabulary, Map<string, Set<number>>>();

/** The occupations with a label that has all of these words and more. */
function extendedBy(words: string[], v: Vocabulary): Set<number> {
  let cache = extensions.get(v);
  if (!cache) extensions.set(v, (cache = new Map()));
  const key = words.join(' ');
  let ids = cache.get(key);
  if (ids) return ids;
  ids = new Set<number>();
  for (const l of v.byWord.get(words[0]!) ?? []) {
    const label = v.labels[l]!;
    if (label.words.length > words.length && words.every((w) => label.words.includes(w))) for (const i of label.ids) ids.add(i);
  }
  cache.set(key, ids);
  return ids;
}

// ---------------------------------------------------------------------------------------------
// Word-by-word matching of a title against labels.

/** A one-word label whose word is in more labels than this ("medewerker", "manager") names no job on its own. */
const GENERIC_WORD_LABELS = 30;

// Words that mark ESCO's generic occupation ("algemeen verpleegkundige"): a title need not repeat them.
const WEAK = new Set(['algemeen', 'algemene', 'general', 'allround']);
const MIN_PREFIX = 4;
/** A label word the text has and the title lacks counts for half a title word. */
const SUPPORT_MATCH = 0.5;
/** A completed title whose text points to two labels: as sure as a lesser match. */
const OPEN_FACTOR = 0.8;
const MIN_HEAD = 5;
/** An agent noun made from a worker and an activity ("art handler") is nearly the words themselves. */
const AGENT_MATCH = 0.9;

const ownLabels = (id: number, v: Vocabulary) => v.own[id] ?? [];

/** A title word as the forms to match and the share of the word they stand for (a compound's head and modifier half each). */
/** (Every unit has every field: one shape keeps the scoring loop's property reads monomorphic.) */
interface Unit {
  forms: string[];
  covers: number[];
  share: number;
  weight: number;
}

/**
 * Score every label sharing a word with the title: the share of the label's words the title has,
 * times the share of the title's (known) words the label has. 1 is an exact label.
 * Long: one pass over the vocabulary's index that scores, completes and ranks the labels a title's
 * words match (the hot path).
 */
function matchWords(words: string[], v: Vocabulary, support?: Set<string>, rank: Rank | null = null, least = -Infinity): Matches {
  const units: Unit[] = [];
  let known = 0;
  const indexOf: number[] = [];
  words.forEach((word, p) => {
    indexOf[p] = -1;
    const forms = wordForms(word).filter((f) => isKnown(f, v));
    const index = known;
    // A compound of two label words that no label writes as one ("softwareontwikkelaar" for
    // "software ontwikkelaar") is both words, not only the first one it starts with.
    const parts = v.byWord.has(word) ? null : splitCompound(word, v);
    const both = !!parts && inOneLabel(parts.modifier, parts.head, v);
    if (forms.length) units.push({ forms, covers: [index], share: 1, weight: 1 });
    if (forms.length && !both) {
      indexOf[p] = known++;
      return;
    }
    if (!parts) return; // a name or a place: no label has it
    units.push({ forms: [parts.modifier], covers: [index], share: 0.5, weight: 1 }, { forms: [parts.head], covers: [index], share: 0.5, weight: 1 });
    // A worker at an activity in one word is its agent too: "sloopwerker" ~ "sloper".
    if (parts.head === 'werker' || WORKER.has(parts.head)) {
      const agents = agentForms(parts.modifier).filter((f) => v.byWord.has(f));
      if (agents.length) units.push({ forms: agents, covers: [index], share: 1, weight: AGENT_MATCH });
    }
    indexOf[p] = known++;
  });
  // Two title words a label joins: "marketing & communicatie medewerker" ~ "marketingmedewerker".
  for (let i = 0; i < units.length; i++) {
    for (let j = 0; j < units.length; j++) {
      const a = units[i]!,
        b = units[j]!;
      if (i === j || a.share < 1 || b.share < 1) continue;
      const joined = `${a.forms[0]}${b.forms[0]}`;
      if (v.byWord.has(joined)) units.push({ forms: [joined], covers: [...a.covers, ...b.covers], share: 1, weight: 1 });
    }
  }
  // Three words in a row a label writes as one: "Social Media Marketeer" ~ "socialmediamarketeer".
  const whole = units.length;
  for (let i = 0; i + 2 < whole; i++) {
    const [a, b, c] = [units[i]!, units[i + 1]!, units[i + 2]!];
    if (a.share < 1 || b.share < 1 || c.share < 1) continue;
    const joined = `${a.forms[0]}${b.forms[0]}${c.forms[0]}`;
    if (v.byWord.has(joined)) units.push({ forms: [joined], covers: [...a.covers, ...b.covers, ...c.covers], share: 1, weight: 1 });
  }
  // A worker at an activity is its agent: "Medewerker art handling" ~ "art handler", covering both words.
  const worker = words.findIndex((w) => WORKER.has(w));
  if (worker >= 0 && indexOf[worker]! >= 0) {
    words.forEach((word, p) => {
      if (p === worker) return;
      const agents = agentForms(word).filter((f) => v.byWord.has(f));
      if (!agents.length) return;
      if (indexOf[p]! < 0) indexOf[p] = known++;
      units.push({ forms: agents, covers: [indexOf[worker]!, indexOf[p]!], share: 1, weight: AGENT_MATCH });
    });
  }
  if (!known) return { least, ids: [], scores: [], labels: [], completed: [] };

  // Each label word a title form matches, with the best match and its unit: a label's words are
  // then looked up, not matched against every form again (most CPU of the engine went there).
  // Kept in buffers per vocabulary, by word number and marked by a stamp per call, as are the
  // labels with a matched word (each once) and each occupation's best label below.
  const s = scratchOf(v);
  const stamp = ++s.stamp;
  if (support) for (const n of supportNumbers(support, v, s)) s.supportMarks[n] = stamp;
  const matchedWords: number[] = [];
  for (const u of units)
    for (const f of u.forms) {
      const related = relatedNumbers(f, v, s);
      for (let i = 0; i < related.numbers.length; i++) {
        const m = related.matches[i]! * u.weight;
        const n = related.numbers[i]!;
        if (s.wordMarks[n] !== stamp) {
          if (!(m > 0)) continue;
          s.wordMarks[n] = stamp;
          matchedWords.push(n);
        } else if (!(m > s.wordMatch[n]!)) continue;
        s.wordMatch[n] = m;
        s.wordUnit[n] = u;
      }
    }
  // Each candidate label's matched words, counted and summed: at most what the label can score.
  const candidates: number[] = [];
  for (const n of matchedWords) {
    const m = s.wordMatch[n]!;
    for (const l of s.wordLabels[n]!) {
      if (s.labelMarks[l] !== stamp) {
        s.labelMarks[l] = stamp;
        s.hits[l] = 0;
        s.hitSum[l] = 0;
        candidates.push(l);
      }
      s.hits[l] = s.hits[l]! + 1;
      s.hitSum[l] = s.hitSum[l]! + m;
    }
  }

  const ids: number[] = [];
  const cover = new Float64Array(known); // how much of each title word the label has, per label
  // A matched label word covers at most its match of each title word its unit stands for.
  let widest = 1;
  for (const u of units) widest = Math.max(widest, u.covers.length);
  for (const l of candidates) {
    const facts = labelFacts(l, v, s);
    if (!(facts & (HAS_WEAK | HAS_REPEAT))) {
      // What the label can score at most: its matched words at their match, each other word at most
      // what the text can lend, and no more of the title covered than its matched words can cover
      // (with a margin for the order of the sums). A label that shares one word of a three-word
      // title covers a third of it at most: of an occupation with a better label it is not scored
      // in full (a tenth fewer labels scored over the corpus).
      // (Its size and sole occupation are kept in buffers: reading the label itself costs more.)
      const size = s.sizes[l]!,
        sole = s.soleIds[l]!;
      const got = (s.hitSum[l]! + (size - s.hits[l]!) * (support ? SUPPORT_MATCH : 0)) / size;
      const most = (facts & IS_GENERIC ? 0.3 : 1) * got * Math.sqrt(Math.min(1, (s.hitSum[l]! * widest) / known)) + 1e-9;
      if (most < least) continue;
      if (sole >= 0 ? s.idMarks[sole] === stamp && !(most > s.score[sole]!) : cannotImprove(v.labels[l]!, most, s, stamp)) continue;
    }
    const label = v.labels[l]!;
    const numbers = (s.labelWords[l] ??= label.words.map((w) => wordNumber(w, s)));
    cover.fill(0);
    let got = 0,
      total = 0,
      completed = false;
    for (let k = 0; k < numbers.length; k++) {
      const n = numbers[k]!;
      const weight = facts & HAS_WEAK && WEAK.has(label.words[k]!) ? 0.25 : 1;
      total += weight;
      const hit = s.wordMarks[n] === stamp;
      // A label word the title lacks and the text has: the text says which of the title's family it is.
      // (Not a word of the other rank: a junior title is not completed into the manager.)
      const fromText = !hit && s.supportMarks[n] === stamp && !(rank && RANK_WORDS[rank].has(label.words[k]!));
      if (fromText) completed = true;
      const bestMatch = hit ? s.wordMatch[n]! : fromText ? SUPPORT_MATCH : 0,
        bestUnit = hit ? s.wordUnit[n]! : null;
      got += weight * bestMatch;
      if (bestUnit) for (const i of bestUnit.covers) cover[i] = Math.min(1, cover[i]! + bestMatch * (bestUnit.covers.length > 1 ? 1 : bestUnit.share));
    }
    let covered = 0;
    for (let i = 0; i < known; i++) covered += cover[i]!;
    // Words the title has beyond the label (a sector, a product) weigh less than label words it lacks.
    const generic = facts & IS_GENERIC ? 0.3 : 1;
    const score = generic * (got / total) * Math.sqrt(covered / known);
    const sole = s.soleIds[l]!;
    if (sole >= 0) keepBest(sole, score, l, completed, s, stamp, ids);
    else for (const id of label.ids) keepBest(id, score, l, completed, s, stamp, ids);
  }
  // (Numbers, not an object per occupation: a generic title matches thousands.)
  return { least, ids, scores: ids.map((id) => s.score[id]!), labels: ids.map((id) => s.label[id]!), completed: ids.map((id) => s.completed[id]!) };
}

/** An occupation's best label so far in this call (the first of equal scores stays). */
function keepBest(id: number, score: number, l: number, completed: boolean, s: Scratch, stamp: number, ids: number[]): void {
  if (s.idMarks[id] !== stamp) {
    s.idMarks[id] = stamp;
    ids.push(id);
  } else if (!(score > s.score[id]!)) return;
  s.score[id] = score;
  s.label[id] = l;
  s.completed[id] = completed ? 1 : 0;
}

/** Buffers for matchWords, one set per vocabulary (matching is not re-entrant). */
interface Scratch {
  stamp: number;
  labelMarks: Uint32Array;
  /** Per label: KNOWN_FACTS | HAS_WEAK | IS_GENERIC | HAS_REPEAT, its size and its occupation if it names one (else -1), found the first time the label is scored. */
  facts: Uint8Array;
  sizes: Uint8Array;
  soleIds: Int32Array;
  idMarks: Uint32Array;
  /** Label words numbered as they are first met, the labels each is in, and each label's words as numbers. */
  numbers: Map<string, number>;
  wordLabels: number[][];
  byWord: Vocabulary['byWord'];
  /** Per title form: the numbers of its related words and how well it matches each (see relatedWords). */
  related: Map<string, { numbers: number[]; matches: number[] }>;
  labelWords: Array<number[] | undefined>;
  wordMarks: Uint32Array;
  /** The text words that are label words, by the text's Set, and marked per call. */
  supports: WeakMap<Set<string>, number[]>;
  supportMarks: Uint32Array;
  wordMatch: Float64Array;
  wordUnit: Array<Unit | null>;
  score: Float64Array;
  label: Int32Array;
  /** Per label: how many of its words were matched, and their matches summed. */
  hits: Uint8Array;
  hitSum: Float64Array;
  completed: Uint8Array;
}
const KNOWN_FACTS = 1,
  HAS_WEAK = 2,
  IS_GENERIC = 4,
  HAS_REPEAT = 8;
const scratches = new WeakMap<Vocabulary, Scratch>();

function scratchOf(v: Vocabulary): Scratch {
  let s = scratches.get(v);
  if (!s || s.stamp >= 0xffffffff) {
    const labels = v.labels.length,
      occupations = v.own.length,
      words = v.byWord.size; // own: one entry per occupation
    scratches.set(
      v,
      (s = {
        stamp: 0,
        labelMarks: new Uint32Array(labels),
        hits: new Uint8Array(labels),
        hitSum: new Float64Array(labels),
        facts: s?.facts ?? new Uint8Array(labels),
        sizes: s?.sizes ?? new Uint8Array(labels),
        soleIds: s?.soleIds ?? new Int32Array(labels),
        numbers: s?.numbers ?? new Map(),
        wordLabels: s?.wordLabels ?? [],
        byWord: v.byWord,
        related: s?.related ?? new Map(),
        labelWords: s?.labelWords ?? new Array<number[] | undefined>(labels).fill(undefined), // dense, not a sparse array
        wordMarks: new Uint32Array(words),
        supports: s?.supports ?? new WeakMap(),
        supportMarks: new Uint32Array(words),
        wordMatch: new Float64Array(words),
        wordUnit: new Array<Unit | null>(words).fill(null),
        idMarks: new Uint32Array(occupations),
        score: new Float64Array(occupations),
        label: new Int32Array(occupations),
        completed: new Uint8Array(occupations),
      }),
    );
  }
  return s;
}

/** True when a label that scores at most this cannot beat any of its occupations' best so far in this call (ties keep the first label). */
function cannotImprove(label: Vocabulary['labels'][number], most: number, s: Scratch, stamp: number): boolean {
  for (const id of label.ids) if (s.idMarks[id] !== stamp || most > s.score[id]!) return false;
  return true;
}

/** The numbers of the label words among the text's words (worked out once per text). */
function supportNumbers(support: Set<string>, v: Vocabulary, s: Scratch): number[] {
  let numbers = s.supports.get(support);
  if (!numbers) {
    numbers = [];
    for (const w of support) if (v.byWord.has(w)) numbers.push(wordNumber(w, s));
    s.supports.set(support, numbers);
  }
  return numbers;
}

/** A label word's number (every word matched or scored is a label word: fewer than v.byWord.size). */
function wordNumber(word: string, s: Scratch): number {
  let n = s.numbers.get(word);
  if (n === undefined) {
    s.numbers.set(word, (n = s.wordLabels.length));
    s.wordLabels.push(s.byWord.get(word) ?? []);
  }
  return n;
}

/** relatedWords as word numbers, with the match of each (worked out once per form). */
function relatedNumbers(form: string, v: Vocabulary, s: Scratch): { numbers: number[]; matches: number[] } {
  if (s.related.size > RELATED_MEMORY) s.related.clear();
  let out = s.related.get(form);
  if (!out) {
    const words = relatedWords(form, v);
    s.related.set(form, (out = { numbers: words.map((w) => wordNumber(w, s)), matches: words.map((w) => wordMatch(form, w)) }));
  }
  return out;
}

function labelFacts(l: number, v: Vocabulary, s: Scratch): number {
  let facts = s.facts[l]!;
  if (facts) return facts;
  const { words, ids } = v.labels[l]!;
  s.sizes[l] = words.length;
  s.soleIds[l] = ids.length === 1 ? ids[0]! : -1;
  facts =
    KNOWN_FACTS |
    (words.some((w) => WEAK.has(w)) ? HAS_WEAK : 0) |
    (words.length === 1 && (v.byWord.get(words[0] ?? '')?.length ?? 0) > GENERIC_WORD_LABELS ? IS_GENERIC : 0) |
    // A word twice in one label is listed once in byWord: the label's matched words undercount it.
    (words.some((w, k) => words.indexOf(w) < k) ? HAS_REPEAT : 0);
  return (s.facts[l] = facts);
}

/**
 * 1 for the same word, less for one word starting the other ("bouwsector" ~ "bouw", "koel" ~
 * "koeltechniek") or for the head of a label's compound ("beheerder" ~ "systeembeheerder").
 */
function wordMatch(title: string, label: string): number {
  if (title === label) return 1;
  if (title.length >= MIN_PREFIX && label.length >= MIN_PREFIX && (label.startsWith(title) || title.startsWith(label))) return 0.7;
  if (title.length >= MIN_HEAD && label.endsWith(title)) return 0.6;
  return 0;
}

function isKnown(form: string, v: Vocabulary): boolean {
  return v.byWord.has(form) || relatedWords(form, v).length > 0;
}

const related = new WeakMap<Vocabulary, Map<string, string[]>>();
/** Forms remembered per vocabulary; past this many the memory starts again (a Worker lives long). */
const RELATED_MEMORY = 20_000;

/** Label words equal to the form, starting with it, or that it starts with (at least MIN_PREFIX letters). */
function relatedWords(form: string, v: Vocabulary): string[] {
  let memory = related.get(v);
  if (!memory || memory.size > RELATED_MEMORY) related.set(v, (memory = new Map()));
  let out = memory.get(form);
  if (!out) memory.set(form, (out = findRelatedWords(form, v)));
  return out;
}

function findRelatedWords(form: string, v: Vocabulary): string[] {
  const out: string[] = [];
  if (v.byWord.has(form)) out.push(form);
  if (form.length < MIN_PREFIX) return out;
  for (let n = MIN_PREFIX; n < form.length; n++) if (v.byWord.has(form.slice(0, n))) out.push(form.slice(0, n));
  for (const w of startingWith(v.sorted, form, 60)) if (w !== form) out.push(w);
  if (form.length >= MIN_HEAD) for (const w of startingWith(v.reversed, reverse(form), 200)) if (w !== reverse(form)) out.push(reverse(w));
  return out;
}

function startingWith(sorted: string[], prefix: string, max: number): string[] {
  let lo = 0,
    hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] ?? '') < prefix) lo = mid + 1;
    else hi = mid;
  }
  const out: string[] = [];
  for (let i = lo; i < sorted.length && out.length < max && (sorted[i] ?? '').startsWith(prefix); i++) out.push(sorted[i] ?? '');
  return out;
}

/** Whether some label has both words apart ("software ontwikkelaar"). */
function inOneLabel(a: string, b: string, v: Vocabulary): boolean {
  const withB = new Set(v.byWord.get(b) ?? []);
  return (v.byWord.get(a) ?? []).some((l) => withB.has(l));
}

/** A Dutch compound as modifier and head, the longest known head first: "koelmonteur" → koel + monteur, "ggzverpleegkundige" → ggz + verpleegkundige. */
function splitCompound(word: string, v: Vocabulary): { modifier: string; head: string } | null {
  for (let k = 2; k <= word.length - MIN_PREFIX; k++) {
    const head = word.slice(k);
    if (!v.byWord.has(head)) continue;
    // The linking s of "vestigingsmanager" belongs to neither part.
    const modifier = word.slice(0, k).replace(/(?<=.{3})s$/, '');
    return { modifier, head };
  }
  return null;
}
