import { clean, htmlToText } from '../text';
import type { Reading } from '../types';

/** A schema.org JobPosting as found in JSON-LD, microdata or RDFa: every field may be missing or odd. */
export type JobPostingNode = Record<string, unknown>;

function first(value: unknown): unknown {
  return Array.isArray(value) ? value.find((item) => item != null && item !== '') : value;
}

function str(value: unknown): string | null {
  const item = first(value);
  if (typeof item === 'string' || typeof item === 'number') return clean(String(item)) || null;
  if (item && typeof item === 'object' && '@value' in item) return str((item as { '@value': unknown })['@value']);
  return null;
}

function nameOf(value: unknown): string | null {
  const item = first(value);
  if (item && typeof item === 'object') return str((item as JobPostingNode).name) ?? str((item as JobPostingNode).legalName);
  return str(item);
}

const STATE_CODE = /^[A-Z]{2,3}$/;
const STATE_COUNTRIES = /^(US|USA|United States|CA|Canada|AU|Australia)$/i;

function locationOf(value: unknown): string | null {
  const places = (Array.isArray(value) ? value : [value]).filter(Boolean);
  const names = places.map((place) => {
    if (typeof place === 'string') return clean(place);
    const node = place as JobPostingNode;
    const address = first(node.address);
    if (typeof address === 'string') return clean(address);
    if (address && typeof address === 'object') {
      const a = address as JobPostingNode;
      const city = str(a.addressLocality);
      const region = str(a.addressRegion);
      // "Kirkland, WA", "Camberwell, VIC": where addresses name the state by its code, it belongs with the city.
      const stateCountry = STATE_COUNTRIES.test(nameOf(a.addressCountry) ?? '');
      if (city) return region && stateCountry && STATE_CODE.test(region) ? `${city}, ${region}` : city;
      return region ?? nameOf(a.addressCountry) ?? str(a.name);
    }
    return str(node.name) ?? str(node.addressLocality);
  });
  const unique = [...new Set(names.filter(Boolean))];
  return unique.length ? unique.join('; ') : null;
}

export function isJobPosting(node: JobPostingNode): boolean {
  const type = node['@type'] ?? node.type;
  // Page data: a type that is not a string (an object, even one with a bogus toString) is not JobPosting.
  const types = (Array.isArray(type) ? type : [type]).map((t) => (typeof t === 'string' ? t.replace(/^.*[/#:]/, '') : null));
  return types.includes('JobPosting');
}

/** Read the fields Vaardig needs from a JobPosting node. */
export function readJobPosting(node: JobPostingNode, doc: Document): Omit<Reading, 'source' | 'adapter'> {
  const description = str(node.description);
  const remote = str(node.jobLocationType) === 'TELECOMMUTE' ? 'Remote' : null;
  const title = str(node.title) ?? str(node.name);
  return {
    title,
    employer: nameOf(node.hiringOrganization),
    location: locationOf(node.jobLocation) ?? remote,
    text: description ? htmlToText(description, doc) : '',
    // A snippet without a title is structured data about a posting, not a posting we can show.
    posting: !!title,
  };
}
