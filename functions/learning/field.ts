/**
 * The job's field and a programme's (issue #15, "Honest routes"). A formal route is offered only
 * in the job's field: the vacancy's occupation or its ISCO-08 minor group, or the field of the
 * programme its diploma requirement names. "Leads to the diploma the vacancy asks for" only for
 * the named programme itself: its CROHO code or crebo, or the same programme name. Never from
 * shared words.
 */
import type { Taxonomy } from '../taxonomy';
import { normalize } from '../taxonomy/normalize';
import type { GapNeeds, Offer } from './types';

/** ISCO-08 digits that make a field: 3 is the minor group ("251 software developers and analysts"). */
export const FIELD_DIGITS = 3;

export interface JobField {
  occupations: Set<number>;
  /** ISCO-08 groups (FIELD_DIGITS long) of those occupations. */
  groups: Set<string>;
  /** Codes and normalised names of the programmes the diploma requirement names. */
  codes: Set<string>;
  names: Set<string>;
}

/** Programmes by CROHO code or crebo, read once per taxonomy. */
const byCode = new WeakMap<Taxonomy, Map<string, number[]>>();

function programmesWithCode(taxonomy: Taxonomy, code: string): number[] {
  let map = byCode.get(taxonomy);
  if (!map) {
    map = new Map();
    taxonomy.index.programmes.code.forEach((c, id) => {
      const list = map!.get(c);
      if (list) list.push(id);
      else map!.set(c, [id]);
    });
    byCode.set(taxonomy, map);
  }
  return map.get(code) ?? [];
}

const KIND = /^(?:associate degree|ad|bachelor|master|b|m|ba|ma|bsc|msc|hbo|wo|mbo)\s+/;

/** A programme's name without its kind and form ("Bachelor Communicatie (deeltijd)" → "communicatie"). */
export function programmeName(title: string): string {
  return normalize(title.replace(/\s*\([^)]*\)/g, ' '))
    .replace(KIND, '')
    .trim();
}

/** The occupations a programme prepares for: the taxonomy's programme links by code (as the catalogue linked its skills). */
export function offerOccupations(offer: Pick<Offer, 'sourceId'>, taxonomy: Taxonomy): number[] {
  if (!offer.sourceId) return [];
  return [...new Set(programmesWithCode(taxonomy, offer.sourceId).flatMap((id) => taxonomy.programme(id).occupations))];
}

function group(taxonomy: Taxonomy, occupation: number): string | null {
  return taxonomy.isco(occupation)?.slice(0, FIELD_DIGITS) ?? null;
}

/**
 * The job's field: its occupation and the programmes its diploma requirement names, with their
 * ISCO groups. `programmeNames` are the names as the requirement writes them; without them (a gap
 * given as skills and codes) only the codes name a programme.
 */
export function jobField(taxonomy: Taxonomy, occupationUri: string | null, programmeCodes: string[], programmeNames: string[] = []): JobField {
  const occupations = new Set<number>();
  const occupation = occupationUri ? taxonomy.occupationIdByUri(occupationUri) : null;
  if (occupation !== null) occupations.add(occupation);
  for (const code of programmeCodes) {
    for (const id of programmesWithCode(taxonomy, code)) for (const o of taxonomy.programme(id).occupations) occupations.add(o);
  }
  const names = new Set(programmeNames.map(programmeName).filter((name) => name.length >= 4));
  const groups = new Set([...occupations].map((o) => group(taxonomy, o)).filter((g): g is string => g !== null));
  return { occupations, groups, codes: new Set(programmeCodes), names };
}

/** The programme the vacancy names: the same code, or the same programme name (in Dutch or English). */
export function isNamedProgramme(offer: Offer, field: JobField): boolean {
  if (offer.form !== 'formal') return false;
  if (offer.sourceId && field.codes.has(offer.sourceId)) return true;
  return [offer.titleNl, offer.titleEn].some((title) => !!title && field.names.has(programmeName(title)));
}

/** Where the law ties the job to a qualification, the qualifications that satisfy it. */
export function isLegalRoute(offer: Offer, needs: GapNeeds): boolean {
  return needs.legal.some((l) => offer.legalIds.includes(l.id));
}

/** A programme prepares for the job's occupation or one in its ISCO group. */
export function inField(offer: Offer, field: JobField, taxonomy: Taxonomy): boolean {
  return offerOccupations(offer, taxonomy).some((o) => field.occupations.has(o) || field.groups.has(group(taxonomy, o) ?? '-'));
}
