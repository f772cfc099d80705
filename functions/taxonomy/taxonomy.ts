/**
 * The ESCO taxonomy as the engines read it: one class over the compact index `npm run data` builds
 * (skills, occupations, programmes, their labels and relations). Long: every lookup works on the
 * same index arrays and the label maps built once at start.
 */
import { OCCUPATION_URI, SKILL_URI } from '../../shared/esco';
import type { Language } from '../../shared/locale';
import { deltaDecode, normalize, packedCount, packUuids, preferredSkillKeys, tokens, unpackUuid } from './normalize';
import type { TaxonomyIndex } from './types';

export interface SkillRef {
  id: number;
  uri: string;
  en: string;
  /** Dutch label, null when ESCO's Dutch label is not available here. */
  nl: string | null;
  groupNl: string | null;
  knowledge: boolean;
  /** 0 transversal, 1 cross-sector, 2 sector-specific, 3 occupation-specific. */
  reuse: number;
}
export interface OccupationRef {
  id: number;
  uri: string;
  en: string;
  nl: string;
}
export interface ProgrammeRef {
  id: number;
  name: string;
  code: string;
  level: string;
  eqf: number;
  occupations: number[];
}

/** The occupation labels as words, for matching a job title word by word (engine/offline/occupation.ts). */
export interface OccupationVocabulary {
  /** Each distinct label, filler words left out, with the occupations it names. */
  labels: Array<{ words: string[]; ids: number[] }>;
  /** The labels each word is in. */
  byWord: Map<string, number[]>;
  /** The words sorted, and each word reversed, sorted: where words start or end with a form. */
  sorted: string[];
  reversed: string[];
  /** Each occupation's preferred labels (Dutch and English, each side of a "/") as words. */
  own: string[][][];
}

/** A word spelled backwards: sorted, these find the words that end with a form. */
export function reverse(word: string): string {
  // (By code unit, unless a character outside the BMP would be cut in two.)
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) return [...word].reverse().join('');
  }
  return word.split('').reverse().join('');
}

// Label words that say nothing about the job: a title need not repeat them.
const LABEL_FILLER = new Set([
  'en',
  'and',
  'of',
  'van',
  'de',
  'het',
  'the',
  'in',
  'voor',
  'for',
  'a',
  'an',
  'een',
  'te',
  'op',
  'on',
  'met',
  'with',
  'bij',
  'at',
]);

/** Read access to the compact index; lookups by normalised label are O(1). */
export class Taxonomy {
  private skillKeys: Map<string, number> | null = null;
  private occupationKeys: Map<string, number[]> | null = null;
  private essentialCache = new Map<number, number[]>();
  private skillUriIds: Map<string, number> | null = null;
  private occupationUriIds: Map<string, number> | null = null;
  private programmeKeys: Map<string, number[]> | null = null;
  private programmeFirstWords: Set<string> | null = null;
  private programmePrefixes: Set<string> | null = null;
  private skillFirstWords: Set<string> | null = null;
  private skillPrefixes: Set<string> | null = null;
  private occupationWords: Map<string, Set<number>> | null = null;
  private occupationFirstWords: Set<string> | null = null;
  private occupationPrefixes: Set<string> | null = null;
  private skillWordCache = new Map<number, string[]>();
  private vocabulary: OccupationVocabulary | null = null;
  private narrowIds: Set<number> | null = null;
  // URIs unpacked once per id: the engine asks for the same skills and occupations over and over.
  private skillUris: string[] = [];
  private occupationUris: string[] = [];

  constructor(readonly index: TaxonomyIndex) {}

  get versions(): Record<string, string> {
    return this.index.versions;
  }

  /**
   * Build the lookup maps a translation uses now rather than on first use. (Occupations by
   * normalised label are looked up only by the offers build, which builds that map when it asks.)
   */
  warm(): this {
    this.skillKeyMap();
    this.programmesByKey('');
    this.occupationVocabulary();
    this.skillIdByUri('');
    return this;
  }
  get skillCount(): number {
    return this.index.skills.en.length;
  }
  get occupationCount(): number {
    return this.index.occupations.en.length;
  }

  skill(id: number): SkillRef {
    const s = this.index.skills;
    const group = s.group[id] ?? -1;
    return {
      id,
      uri: (this.skillUris[id] ??= SKILL_URI + unpackUuid(s.id, id)),
      en: s.en[id] ?? '',
      nl: s.nl[id] || null,
      groupNl: group >= 0 ? this.index.groups.nl[group] || null : null,
      knowledge: s.type[id] === 0,
      reuse: s.reuse[id] ?? 2,
    };
  }

  /** The skill's label in a language and whether it had to fall back to English. */
  skillLabel(id: number, language: Language): { label: string; language: Language; untranslated: boolean; groupLabel: string | null } {
    const skill = this.skill(id);
    if (language === 'en' || skill.nl) {
      return { label: language === 'nl' ? (skill.nl ?? skill.en) : skill.en, language, untranslated: false, groupLabel: null };
    }
    return { label: skill.en, language: 'en', untranslated: true, groupLabel: skill.groupNl };
  }

  occupation(id: number): OccupationRef {
    const o = this.index.occupations;
    return { id, uri: (this.occupationUris[id] ??= OCCUPATION_URI + unpackUuid(o.id, id)), en: o.en[id] ?? '', nl: o.nl[id] ?? '' };
  }

  occupationIdByUri(uri: string): number | null {
    this.occupationUriIds ??= packedIds(this.index.occupations.id);
    return idOf(this.occupationUriIds, uri.replace(OCCUPATION_URI, ''));
  }

  /** ISCO-08 unit group (four digits) of an occupation, or null when the index does not say. */
  isco(occupation: number): string | null {
    const code = this.index.occupations.isco?.slice(occupation * 4, occupation * 4 + 4);
    return code && code !== '0000' && code.length === 4 ? code : null;
  }

  /** True when the skill is one tool or one language (index `skills.narrow`). */
  isNarrowSkill(id: number): boolean {
    this.narrowIds ??= new Set(deltaDecode(this.index.skills.narrow ?? []));
    return this.narrowIds.has(id);
  }

  skillIdByUri(uri: string): number | null {
    this.skillUriIds ??= packedIds(this.index.skills.id);
    return idOf(this.skillUriIds, uri.replace(SKILL_URI, ''));
  }

  /** Essential skills of an occupation (ESCO occupation–skill relations). */
  essentialSkills(occupation: number): number[] {
    let ids = this.essentialCache.get(occupation);
    if (!ids) {
      ids = deltaDecode(this.index.occupations.essential[occupation] ?? []);
      this.essentialCache.set(occupation, ids);
    }
    return ids;
  }

  /** True when some skill label starts with this word: lets n-gram scans skip most positions. */
  startsSkillLabel(word: string): boolean {
    this.skillKeyMap();
    return this.skillFirstWords?.has(word) ?? false;
  }

  startsOccupationLabel(word: string): boolean {
    this.occupationKeyMap();
    return this.occupationFirstWords?.has(word) ?? false;
  }

  /** True when some skill label goes on after these words ("project" → "project management"): n-gram scans stop lengthening where none does. */
  skillLabelGoesOn(words: string): boolean {
    this.skillKeyMap();
    return this.skillPrefixes?.has(words) ?? false;
  }

  occupationLabelGoesOn(words: string): boolean {
    this.occupationKeyMap();
    return this.occupationPrefixes?.has(words) ?? false;
  }

  /** Content words of a skill's English and Dutch labels, cached. */
  skillWords(id: number, make: (labels: string) => string[]): string[] {
    let words = this.skillWordCache.get(id);
    if (!words) {
      const s = this.index.skills;
      words = make(`${s.en[id] ?? ''} ${s.nl[id] ?? ''}`);
      this.skillWordCache.set(id, words);
    }
    return words;
  }

  /** A skill by its normalised label (preferred labels in English and Dutch, short alternatives). */
  skillByKey(key: string): number | undefined {
    return this.skillKeyMap().get(key);
  }

  /** Occupations whose label (any language, preferred or alternative) normalises to key. */
  occupationsByKey(key: string): number[] | undefined {
    return this.occupationKeyMap().get(key);
  }

  /** Named programmes (MBO qualification or higher-education programme) whose name normalises to key. */
  /**
   * Occupations with a label (any language) containing this word: the fallback for titles no label
   * covers. Built on first use only (rare), to keep the Worker's startup short.
   */
  occupationsByWord(word: string): number[] {
    if (!this.occupationWords) {
      const map = new Map<string, Set<number>>();
      for (const [key, ids] of this.occupationKeyMap()) {
        for (const w of key.split(' ')) {
          if (w.length < 4) continue;
          let set = map.get(w);
          if (!set) map.set(w, (set = new Set()));
          for (const id of ids) set.add(id);
        }
      }
      this.occupationWords = map;
    }
    return [...(this.occupationWords.get(word) ?? [])];
  }

  /** Built by warm() with the other maps: built on a first request, it cost that request some 100 ms (#15). */
  occupationVocabulary(): OccupationVocabulary {
    if (this.vocabulary) return this.vocabulary;
    const byKey = new Map<string, { words: string[]; ids: number[] }>();
    const add = (words: string[], id: number, key: string) => {
      if (!key) return;
      const existing = byKey.get(key);
      if (!existing) byKey.set(key, { words, ids: [id] });
      else if (!existing.ids.includes(id)) existing.ids.push(id);
    };
    const o = this.index.occupations;
    const own: string[][][] = [];
    for (let id = 0; id < o.en.length; id++) {
      // "medewerker groenvoorziening/medewerkster groenvoorziening": each side is a label.
      const preferred: string[][] = [];
      for (const label of `${o.nl[id] ?? ''}/${o.en[id] ?? ''}`.split('/')) {
        const words = tokens(label).filter((w) => !LABEL_FILLER.has(w));
        add(words, id, words.join(' '));
        if (words.length) preferred.push(words);
      }
      // The other labels are normalised in the index: their words are what lies between the spaces.
      for (const key of (o.alt[id] ?? '').split('|')) {
        const words = key.split(' ');
        let filler = false;
        for (const w of words) if (LABEL_FILLER.has(w)) filler = true;
        if (!filler) {
          add(words, id, key);
          continue;
        }
        const kept = words.filter((w) => !LABEL_FILLER.has(w));
        add(kept, id, kept.join(' '));
      }
      own.push(preferred);
    }
    const labels = [...byKey.values()];
    const byWord = new Map<string, number[]>();
    for (let i = 0; i < labels.length; i++) {
      const words = labels[i]!.words;
      for (let k = 0; k < words.length; k++) {
        const w = words[k]!;
        if (k > 0 && words.indexOf(w) < k) continue; // a word twice in one label
        const list = byWord.get(w);
        if (list) list.push(i);
        else byWord.set(w, [i]);
      }
    }
    const words = [...byWord.keys()];
    return (this.vocabulary = { labels, byWord, sorted: words.sort(), reversed: words.map(reverse).sort(), own });
  }

  programmesByKey(key: string): ProgrammeRef[] {
    if (!this.programmeKeys) {
      const map = new Map<string, number[]>();
      const p = this.index.programmes;
      p.name.forEach((name, id) => {
        for (const k of [normalize(name), normalize(p.alt[id] ?? '')]) {
          if (k.length < 4) continue;
          const list = map.get(k);
          if (!list) map.set(k, [id]);
          else if (list.length < 8) list.push(id);
        }
      });
      this.programmeKeys = map;
      [this.programmeFirstWords, this.programmePrefixes] = firstWords(map.keys());
    }
    return (this.programmeKeys.get(key) ?? []).map((id) => this.programme(id));
  }

  /** Like startsSkillLabel and skillLabelGoesOn, for programme names. */
  startsProgrammeName(word: string): boolean {
    this.programmesByKey('');
    return this.programmeFirstWords?.has(word) ?? false;
  }

  programmeNameGoesOn(words: string): boolean {
    this.programmesByKey('');
    return this.programmePrefixes?.has(words) ?? false;
  }

  programme(id: number): ProgrammeRef {
    const p = this.index.programmes;
    return { id, name: p.name[id] ?? '', code: p.code[id] ?? '', level: p.level[id] ?? '', eqf: p.eqf[id] ?? 0, occupations: p.occupations[id] ?? [] };
  }

  /** True when uri is an ESCO skill or occupation in this index: the engine never invents one. */
  isKnownUri(uri: string): boolean {
    if (uri.startsWith(OCCUPATION_URI)) return this.occupationIdByUri(uri) !== null;
    if (!uri.startsWith(SKILL_URI)) return false;
    return this.skillIdByUri(uri) !== null;
  }

  private skillKeyMap(): Map<string, number> {
    if (this.skillKeys) return this.skillKeys;
    const map = new Map<string, number>();
    const s = this.index.skills;
    for (let id = 0; id < s.en.length; id++) {
      for (const key of [...preferredSkillKeys(s.en[id] ?? ''), ...preferredSkillKeys(s.nl[id] ?? '')]) {
        if (!map.has(key)) map.set(key, id);
      }
    }
    for (const [key, id] of Object.entries(this.index.skillLabels)) if (!map.has(key)) map.set(key, id);
    [this.skillFirstWords, this.skillPrefixes] = firstWords(map.keys());
    return (this.skillKeys = map);
  }

  private occupationKeyMap(): Map<string, number[]> {
    if (this.occupationKeys) return this.occupationKeys;
    const map = new Map<string, number[]>();
    const o = this.index.occupations;
    const add = (key: string, id: number) => {
      if (!key) return;
      const list = map.get(key);
      if (!list) map.set(key, [id]);
      else if (!list.includes(id)) list.push(id);
    };
    for (let id = 0; id < o.en.length; id++) {
      add(normalize(o.nl[id] ?? ''), id);
      add(normalize(o.en[id] ?? ''), id);
    }
    o.alt.forEach((keys, id) => {
      if (keys) for (const key of keys.split('|')) add(key, id);
    });
    [this.occupationFirstWords, this.occupationPrefixes] = firstWords(map.keys());
    return (this.occupationKeys = map);
  }
}

/** Each id by its packed UUID: a UUID is looked up packed, which is far cheaper than unpacking them all (#15). */
function packedIds(packed: string): Map<string, number> {
  const map = new Map<string, number>();
  const size = packed.length / packedCount(packed);
  for (let i = 0; i < packedCount(packed); i++) map.set(packed.slice(i * size, (i + 1) * size), i);
  return map;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Only a UUID as unpackUuid writes it can be found, as before it was looked up unpacked. */
function idOf(ids: Map<string, number>, uuid: string): number | null {
  return UUID.test(uuid) ? (ids.get(packUuids([uuid])) ?? null) : null;
}

/** The first word of every key, and every run of leading words some key goes on after. */
function firstWords(keys: Iterable<string>): [Set<string>, Set<string>] {
  const first = new Set<string>();
  const prefixes = new Set<string>();
  for (const key of keys) {
    let space = key.indexOf(' ');
    first.add(space < 0 ? key : key.slice(0, space));
    while (space > 0) {
      prefixes.add(key.slice(0, space));
      space = key.indexOf(' ', space + 1);
    }
  }
  return [first, prefixes];
}
