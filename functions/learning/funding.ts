/**
 * Funding and support hints for small firms, read from functions/data/funding.json (which a
 * deployer edits). A hint is never shown without its source and the date it was checked.
 */
import data from '../data/funding.json';
import { webLink } from '../../shared/links';
import type { Region } from '../../shared/locale';
import { FundingHint } from '../../shared/translation';
import type { Offer } from './types';

interface AppliesTo {
  types?: string[];
  excludeTypes?: string[];
  forms?: string[];
  /** Dual programmes (learn and work) qualify. */
  dual?: boolean;
  /** Only routes that cost money. */
  paid?: boolean;
  /** Countries the scheme exists in; absent means the Netherlands (#16). */
  countries?: Region[];
}
type Entry = FundingHint & { appliesTo: AppliesTo };

/** The deployer's hints, checked: a url that is not an http(s) link is no link (see funding.test.ts). */
export const ENTRIES: Entry[] = (data.hints as unknown[]).map((raw) => {
  const entry = raw as Entry;
  const hint = FundingHint.parse(entry);
  return { ...hint, url: webLink(hint.url), appliesTo: entry.appliesTo ?? {} };
});

function applies(rule: AppliesTo, offer: Offer): boolean {
  if (rule.excludeTypes?.includes(offer.type)) return false;
  if (rule.paid && offer.costEur === 0) return false;
  if (rule.dual && offer.source === 'duo' && offer.key.includes(':duaal:')) return true;
  if (rule.types && !rule.types.includes(offer.type)) return false;
  if (rule.forms && !rule.forms.includes(offer.form)) return false;
  return !!(rule.types || rule.forms);
}

/** Hints that may apply to an offer in the posting's region (unknown: the Netherlands), each with its source and checked date. */
export function fundingFor(offer: Offer, region: Region | null = null): FundingHint[] {
  const country = region ?? 'NL';
  return ENTRIES.filter((entry) => (entry.appliesTo.countries ?? ['NL']).includes(country) && applies(entry.appliesTo, offer)).map(
    ({ appliesTo: _rule, ...hint }) => hint,
  );
}

/** The hint as a sentence that carries its date: "SLIM-regeling (Ministerie van SZW, stand 2024-10-01)". */
export function fundingLine(hint: FundingHint, language: 'nl' | 'en'): string {
  return language === 'nl'
    ? `${hint.name} (${hint.source}, stand ${hint.checked}; controleer of dit nog geldt)`
    : `${hint.name} (${hint.source}, as of ${hint.checked}; check whether it still applies)`;
}
