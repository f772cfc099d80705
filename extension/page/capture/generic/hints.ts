import { clean, inlineText } from '../text';
import { withoutLabel } from './labels';

const EMPLOYER = /company[-_]?name|employer|hiring[-_]?org|companyName|organisation-name|bedrijfsnaam|werkgever/i;
const LOCATION = /(job|posting)[-_]?location|location|locatie|standplaats|werklocatie/i;

function hinted(elements: Element[], pattern: RegExp, field: 'employer' | 'location'): string | null {
  for (const el of elements) {
    const hint = `${el.getAttribute('class') ?? ''} ${el.id} ${el.getAttribute('itemprop') ?? ''} ${el.getAttribute('data-testid') ?? ''}`;
    if (!pattern.test(hint) || el.children.length > 3 || (el.textContent ?? '').length > 400) continue;
    // Visible text only: a location cell may hold a hidden "Loading Map..." panel.
    const text = withoutLabel(field, inlineText(el));
    if (text && text.length <= 80 && !/[{}<>]/.test(text)) return text;
  }
  return null;
}

/** Employer and location from class and id names pages use for them. */
export function hintedFields(elements: Element[]): { employer: string | null; location: string | null } {
  return { employer: hinted(elements, EMPLOYER, 'employer'), location: hinted(elements, LOCATION, 'location') };
}

/** The site's own name (og:site_name, application-name): on a company's career site it is the employer. */
export function siteName(doc: Document): string | null {
  const meta = doc.querySelector('meta[property="og:site_name"], meta[name="application-name"], meta[name="apple-mobile-web-app-title"]');
  return clean(meta?.getAttribute('content')) || null;
}
