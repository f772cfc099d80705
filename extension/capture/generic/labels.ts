import { clean } from '../text';

/** Labels that name a field on job pages, in the languages Vaardig meets (nl, en, de, fr). */
const LABELS: Record<'title' | 'employer' | 'location', RegExp> = {
  title: /^(job ?title|title|position|functie(titel)?|functienaam|vacature(titel)?|stelle|poste)$/,
  employer: /^(company( name)?|employer|hiring (company|organi[sz]ation)|organi[sz]ation|werkgever|bedrijf|organisatie|opdrachtgever|unternehmen|arbeitgeber|entreprise|employeur)$/,
  location: /^(job )?(location|locatie|standplaats|plaats|werklocatie|werkplaats|city|ort|arbeitsort|lieu|work location)$/,
};

export type Labeled = Partial<Record<keyof typeof LABELS, string>>;

function fieldOf(label: string): keyof typeof LABELS | null {
  const key = clean(label).toLowerCase().replace(/[:：]\s*$/, '').trim();
  if (!key || key.length > 30) return null;
  for (const field of Object.keys(LABELS) as (keyof typeof LABELS)[]) if (LABELS[field].test(key)) return field;
  return null;
}

/** The value that belongs to a label element: its next sibling cell, or the rest of its parent's text. */
function valueOf(label: Element): string {
  const next = label.nextElementSibling;
  if (next && ['DD', 'TD', 'SPAN', 'DIV', 'A', 'P', 'UL'].includes(next.tagName.toUpperCase())) {
    const text = clean(next.textContent);
    if (text) return text;
  }
  const parent = label.parentElement;
  if (!parent) return '';
  const whole = clean(parent.textContent);
  const own = clean(label.textContent);
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
    if (raw.length > 200) continue;
    const field = fieldOf(raw);
    if (!field || found[field]) continue;
    const value = valueOf(el).replace(/^[:\s]+/, '');
    if (value && value.length <= 120) found[field] = value;
  }
  return found;
}
