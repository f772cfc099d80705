/**
 * Linking offers to ESCO skills. Programmes and qualifications are linked through the
 * occupations they prepare for (the taxonomy's programme → occupation links, else the name as an
 * occupation label), and free text through ESCO skill labels. Every link says how it was made.
 */
import { SKILL_URI } from '../../shared/esco';
import type { SkillLink } from '../../functions/learning/types';
import type { Taxonomy } from '../../functions/taxonomy';
import { normalize } from '../../functions/taxonomy/normalize';

const MAX_SKILLS = 60;
const NAME_NOISE = /^(?:ad|associate degree|bachelor|master|b|m|ba|ma|bsc|msc|hbo|wo|mbo)\s+|\s+(?:dt|vt|du|deeltijd|voltijd|duaal)$/g;

export class SkillLinker {
  private byCode = new Map<string, number[]>();

  constructor(readonly taxonomy: Taxonomy) {
    const p = taxonomy.index.programmes;
    p.code.forEach((code, id) => {
      const occupations = p.occupations[id] ?? [];
      if (occupations.length && !this.byCode.has(code)) this.byCode.set(code, occupations);
    });
  }

  /** Occupations for a programme: by CROHO code or crebo first, then by its names as occupation labels. */
  occupations(code: string | null, names: Array<string | null>): { occupations: number[]; method: string } {
    const linked = code ? this.byCode.get(code) : undefined;
    if (linked?.length) return { occupations: linked, method: 'programme-occupation' };
    for (const name of names) {
      if (!name) continue;
      const key = normalize(name).replace(NAME_NOISE, '').trim();
      const hits = this.taxonomy.occupationsByKey(key);
      if (hits?.length) return { occupations: hits.slice(0, 3), method: 'name-occupation' };
    }
    return { occupations: [], method: 'none' };
  }

  /** Essential skills of the occupations; skills shared by more of them first. */
  occupationSkills(occupations: number[], method: string, confidence: number): SkillLink[] {
    const counts = new Map<number, number>();
    for (const occupation of occupations) for (const skill of this.taxonomy.essentialSkills(occupation)) counts.set(skill, (counts.get(skill) ?? 0) + 1);
    const sure = occupations.length > 1 ? confidence - 0.1 : confidence;
    return [...counts]
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, MAX_SKILLS)
      .map(([skill, count]) => ({ skill: this.uuid(skill), method, confidence: round(count > 1 ? confidence : sure) }));
  }

  /** Skills whose label (Dutch or English) appears as a phrase of one to four words in the text. */
  labelSkills(text: string, method: string, confidence: number): SkillLink[] {
    const words = normalize(text).split(' ').filter(Boolean);
    const found = new Set<number>();
    for (let n = 4; n >= 1; n--) {
      for (let i = 0; i + n <= words.length; i++) {
        const phrase = words.slice(i, i + n).join(' ');
        if (phrase.length < 5) continue;
        const id = this.taxonomy.skillByKey(phrase);
        if (id !== undefined) found.add(id);
      }
    }
    return [...found].slice(0, MAX_SKILLS).map((id) => ({ skill: this.uuid(id), method, confidence }));
  }

  /** ESCO skill URI (or bare UUID) → link, when the taxonomy knows it. */
  uriSkill(uri: string, method: string, confidence: number): SkillLink | null {
    const full = uri.startsWith('http') ? uri.trim() : SKILL_URI + uri.trim();
    return this.taxonomy.skillIdByUri(full) === null ? null : { skill: full.slice(SKILL_URI.length), method, confidence };
  }

  uuid(id: number): string {
    return this.taxonomy.skill(id).uri.slice(SKILL_URI.length);
  }
}

/** Merge link lists, keeping the most confident link per skill. */
export function mergeLinks(...lists: SkillLink[][]): SkillLink[] {
  const best = new Map<string, SkillLink>();
  for (const link of lists.flat()) {
    const known = best.get(link.skill);
    if (!known || link.confidence > known.confidence) best.set(link.skill, link);
  }
  return [...best.values()];
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
