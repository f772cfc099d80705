/**
 * Which routes a region can use (#16). Every catalogue Vaardig imports is Dutch (DUO, the MBO
 * qualification list, OOAPI, Dutch learning desks' CSV), and so are two templates (a BBL place
 * needs an SBB-recognised company; EVC is the Dutch procedure). A Flemish posting, or one abroad,
 * therefore gets only the templates that hold anywhere: informal and non-formal learning at work.
 */
import { dutchRules, type Region } from '../../shared/locale';
import type { GapNeeds, Offer } from './types';

const DUTCH_TEMPLATES = new Set(['template:bbl-workplace', 'template:evc']);

/** The country an offer belongs to; null for a template that holds anywhere. */
export function offerCountry(offer: Pick<Offer, 'source' | 'key'>): Region | null {
  if (offer.source === 'template') return DUTCH_TEMPLATES.has(offer.key) ? 'NL' : null;
  return 'NL';
}

/** Whether a posting in this region may be offered the route (null: the region is unknown, as before #16). */
export function availableIn(offer: Pick<Offer, 'source' | 'key' | 'form'>, region: Region | null | undefined): boolean {
  if (dutchRules(region)) return true;
  const country = offerCountry(offer);
  return (country === null || country === region) && offer.form !== 'formal';
}

/** Without programmes of its own country, a posting in Belgium or abroad asks for no formal route, programme or legal diploma route. */
export function needsIn(needs: GapNeeds, region: Region | null | undefined): GapNeeds {
  return dutchRules(region) ? needs : { formal: false, legal: [], programmeCodes: [], eqf: null };
}
