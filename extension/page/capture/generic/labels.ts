import { clean, inlineText } from '../text';

/** Label words that name a field on job pages, in the languages Vaardig meets (nl, en, de, fr). */
const WORDS: Record<'title' | 'employer' | 'location', string> = {
  title: 'job ?title|title|position|functie(?:titel)?|functienaam|vacature(?:titel)?|stelle|poste',
  employer:
    'company(?: name)?|employer|hiring (?:company|organi[sz]ation)|organi[sz]ation|werkgever|bedrijf|organisatie|opdrachtgever|unternehmen|arbeitgeber|entreprise|employeur',
  location:
    '(?:job |work )?location|locatie|standplaats|plaats|werklocatie|werkplaats|vestigingsplaats|plaats (?:van )?tewerkstelling|tewerkstellingsplaats|city|ort|arbeitsort|standort|einsatzort|lieu(?: de travail)?|work location',
};
const LABELS = Object.fromEntries(Object.entries(WORDS).map(([field, words]) => [field, new RegExp(`^(?:${words})$`)])) as Record<keyof typeof WORDS, RegExp>;

/** Any label, tested on the raw text first: most candidates (table cells, bold runs) are not labels. */
const SPACE = '[\\s\\u200b]';
const ANY_LABEL = new RegExp(
  `^${SPACE}*(?:${Object.values(WORDS).join('|').replaceAll(' ?', `${SPACE}*`).replaceAll(' ', `${SPACE}+`)})${SPACE}*[:：]?${SPACE}*$`,
  'i',
);

/** Words that say "location" unmistakably, so that they are a label even without a colon ("Locatie Almere"). */
const LOCATION_WORD = /^(?:locatie|standplaats|werklocatie|location|job location|work location|lieu de travail|arbeitsort)\s+/i;

export type Labeled = Partial<Record<keyof typeof LABELS, string>>;

function fieldOf(label: string): keyof typeof LABELS | null {
  const key = clean(label)
    .toLowerCase()
    .replace(/[:：]\s*$/, '')
    .trim();
  if (!key || key.length > 30) return null;
  for (const field of Object.keys(LABELS) as (keyof typeof LABELS)[]) if (LABELS[field].test(key)) return field;
  return null;
}

/** A value without the label a page printed in front of it ("Lieu de travail: Genève" → "Genève"). */
export function withoutLabel(field: keyof typeof WORDS, value: string): string {
  const labeled = new RegExp(`^(?:${WORDS[field]})\\s*[:：]\\s*`, 'i');
  const stripped = value.replace(labeled, '');
  return field === 'location' && stripped === value ? value.replace(LOCATION_WORD, '') : stripped;
}

/** The value that belongs to a label element: its next sibling cell, or the rest of its parent's text. */
function valueOf(label: Element): string {
  const next = label.nextElementSibling;
  if (next && ['DD', 'TD', 'SPAN', 'DIV', 'A', 'P', 'UL'].includes(next.tagName.toUpperCase())) {
    const text = inlineText(next);
    if (text) return text;
  }
  const parent = label.parentElement;
  // A parent holding a whole section cannot hold a short value: do not flatten its text.
  if (!parent || (parent.textContent ?? '').length > 2000) return '';
  const whole = inlineText(parent);
  const own = inlineText(label);
  return whole.startsWith(own) ? clean(whole.slice(own.length)) : '';
}

/** Fields a page shows as "Label: value" pairs (definition lists, tables, bold labels). */
export function labeledFields(root: ParentNode | Element[]): Labeled {
  const found: Labeled = {};
  const candidates = Array.isArray(root) ? root : root.querySelectorAll('dt, th, td, strong, b, label, h2, h3, h4');
  for (const el of candidates) {
    if (el.children.length > 1) continue;
    // A label is a few words; a layout cell holding a whole page is not, and cleaning its text is costly.
    const raw = el.textContent ?? '';
    if (raw.length > 200 || !ANY_LABEL.test(raw)) continue;
    const field = fieldOf(raw);
    if (!field || found[field]) continue;
    const value = valueOf(el).replace(/^[:\s]+/, '');
    if (value && value.length <= 120) found[field] = value;
  }
  return found;
}
