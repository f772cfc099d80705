/**
 * Taxonomy search for the review page (`GET /v1/skills`). The taxonomy module (another issue)
 * offers lookups by exact key only, so this ranks over its public index: a label that equals the
 * query, then one that starts with it, then one with a word starting with it, then any substring.
 * Labels in the asked language rank before the other language's.
 */
import type { Language } from '../../shared/schemas';
import type { SkillHit } from '../../shared/profiles';
import type { Taxonomy } from '../taxonomy';
import { normalize } from '../taxonomy/normalize';

/** Normalised labels per language, built once per isolate (about 14k skills). */
const cache = new WeakMap<Taxonomy, { nl: string[]; en: string[] }>();

function labels(taxonomy: Taxonomy) {
  let found = cache.get(taxonomy);
  if (!found) {
    const { skills } = taxonomy.index;
    found = { nl: skills.nl.map((l) => normalize(l)), en: skills.en.map((l) => normalize(l)) };
    cache.set(taxonomy, found);
  }
  return found;
}

function rank(label: string, query: string): number {
  if (!label) return -1;
  if (label === query) return 0;
  if (label.startsWith(query)) return 1;
  if (label.includes(` ${query}`)) return 2;
  if (label.includes(query)) return 3;
  return -1;
}

export function searchSkills(taxonomy: Taxonomy, text: string, language: Language, limit: number): SkillHit[] {
  const query = normalize(text);
  if (!query) return [];
  const all = labels(taxonomy);
  const other: Language = language === 'nl' ? 'en' : 'nl';
  const scored: { id: number; score: number; lang: Language }[] = [];
  for (let id = 0; id < all.en.length; id++) {
    const own = rank(all[language][id] ?? '', query);
    const alt = rank(all[other][id] ?? '', query);
    if (own < 0 && alt < 0) continue;
    // Own-language matches first; a label's length breaks ties so short, general skills come first.
    const score = own >= 0 ? own : 10 + alt;
    scored.push({ id, score, lang: own >= 0 ? language : other });
  }
  scored.sort((a, b) => a.score - b.score || (all[a.lang][a.id]?.length ?? 0) - (all[b.lang][b.id]?.length ?? 0));
  return scored.slice(0, limit).map(({ id }) => {
    const skill = taxonomy.skill(id);
    const nl = skill.nl;
    const useNl = language === 'nl' && nl !== null;
    return {
      uri: skill.uri,
      label: useNl ? nl : skill.en,
      labelLanguage: useNl ? 'nl' : 'en',
      altLabel: useNl ? skill.en : nl,
      knowledge: skill.knowledge,
    } satisfies SkillHit;
  });
}
