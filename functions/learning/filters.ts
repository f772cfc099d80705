import type { MatchFilters, Offer } from './types';

/** The same filter the D1 query applies: unknown values pass (an offer without a region is anywhere). */
export function passes(offer: Offer, filters: MatchFilters, form?: 'formal'): boolean {
  if (form && offer.form !== form) return false;
  if (filters.region && offer.region && offer.region.toLowerCase() !== filters.region.toLowerCase()) return false;
  if (filters.language && offer.language && offer.language !== filters.language) return false;
  if (filters.minEqf != null && offer.eqf != null && offer.eqf < filters.minEqf) return false;
  if (filters.maxEqf != null && offer.eqf != null && offer.eqf > filters.maxEqf) return false;
  if (filters.maxCostEur != null && offer.costEur != null && offer.costEur > filters.maxCostEur) return false;
  if (filters.maxMonths != null && offer.durationMonths != null && offer.durationMonths > filters.maxMonths) return false;
  return true;
}
