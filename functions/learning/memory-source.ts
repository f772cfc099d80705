/**
 * The catalogue in memory: the CLI (Node, no D1), tests and the bench's baseline read the same
 * records the importers write to D1, with the same filters and ordering.
 */
import { passes } from './filters';
import type { Candidate, CatalogueSource, MatchFilters, Offer, OfferRecord } from './types';

export class MemoryCatalogue implements CatalogueSource {
  readonly offers: Offer[];
  private links = new Map<string, Array<[number, number]>>();

  constructor(records: OfferRecord[]) {
    this.offers = records.map(({ skills, ...offer }, index) => {
      for (const link of skills) {
        let list = this.links.get(link.skill);
        if (!list) this.links.set(link.skill, (list = []));
        list.push([index, link.confidence]);
      }
      return { ...offer, id: index + 1 };
    });
  }

  async candidates(skills: string[], filters: MatchFilters, options: { limit: number; form?: 'formal' }): Promise<Candidate[]> {
    const found = new Map<number, Map<string, number>>();
    for (const skill of new Set(skills)) {
      for (const [index, confidence] of this.links.get(skill) ?? []) {
        const offer = this.offers[index]!;
        if (!passes(offer, filters, options.form)) continue;
        let covers = found.get(index);
        if (!covers) found.set(index, (covers = new Map()));
        covers.set(skill, confidence);
      }
    }
    return [...found]
      .map(([index, covers]) => ({ offer: this.offers[index]!, covers, score: sum(covers) }))
      .sort((a, b) => b.score - a.score || a.offer.id - b.offer.id)
      .slice(0, options.limit)
      .map(({ offer, covers }) => ({ offer, covers }));
  }

  async named(skills: string[], filters: MatchFilters, options: { sourceIds: string[]; legalIds: string[]; limit: number }): Promise<Candidate[]> {
    const codes = new Set(options.sourceIds);
    const legal = new Set(options.legalIds);
    const gap = new Set(skills);
    const hits = this.offers.filter(
      (o) => o.form === 'formal' && passes(o, filters) && ((o.sourceId && codes.has(o.sourceId)) || o.legalIds.some((id) => legal.has(id))),
    );
    return hits.slice(0, options.limit).map((offer) => {
      const covers = new Map<string, number>();
      for (const skill of gap) for (const [index, confidence] of this.links.get(skill) ?? []) if (index === offer.id - 1) covers.set(skill, confidence);
      return { offer, covers };
    });
  }

  async templates(): Promise<Offer[]> {
    return this.offers.filter((o) => o.skillGroups);
  }
}

function sum(covers: Map<string, number>): number {
  let total = 0;
  for (const value of covers.values()) total += value;
  return total;
}
