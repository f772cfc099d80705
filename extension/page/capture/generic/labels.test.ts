import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { scan } from '../scan';
import { hintedFields } from './hints';
import { labeledFields, withoutLabel } from './labels';

const doc = (body: string) => parseHTML(`<!doctype html><html><body>${body}</body></html>`).document as unknown as Document;

describe('labeled fields', () => {
  it.each([
    ['a definition list', '<dl><dt>Locatie</dt><dd>Tilburg</dd></dl>', 'Tilburg'],
    ['a bold label in a paragraph', '<p><strong>Standplaats:</strong> Zwolle</p>', 'Zwolle'],
    [
      'a table row with a hidden map panel',
      '<table><tr><td><b>Location:</b></td><td><a>US-MO-Kansas City</a><div style="display:none">Loading Map...</div></td></tr></table>',
      'US-MO-Kansas City',
    ],
    ['a wrapped label', '<div><b><span>Arbeitsort:</span></b> <span>Zürich</span></div>', 'Zürich'],
    ['a Flemish label', '<dl><dt>Plaats tewerkstelling</dt><dd>Gent</dd></dl>', 'Gent'],
  ])('reads the location from %s', (_name, body, location) => {
    expect(labeledFields(scan(doc(body)).labels).location).toBe(location);
  });

  it('does not take a layout cell that holds a whole table for a label', () => {
    const body = '<table><tr><td><table><tr><td>Locatie</td></tr></table></td><td>Nowhere</td></tr></table>';
    expect(labeledFields(scan(doc(body)).labels).location).toBeUndefined();
  });
});

describe('hinted fields', () => {
  it.each([
    ['a label inside the element', '<div class="job-location">Lieu de travail: Genève</div>', 'Genève'],
    ['a label word without a colon', '<span class="location">Locatie Almere, Nederland</span>', 'Almere, Nederland'],
    ['hidden text inside the element', '<td id="ucJobLocation0"><a>US-FL-Miami</a><div style="display:none">Loading Map...</div></td>', 'US-FL-Miami'],
  ])('reads the location from %s', (_name, body, location) => {
    expect(hintedFields(scan(doc(body)).hinted).location).toBe(location);
  });
});

describe('withoutLabel', () => {
  it.each([
    ['location', 'Standplaats: Utrecht', 'Utrecht'],
    ['location', 'Plaats van tewerkstelling : Leuven', 'Leuven'],
    ['location', 'Plaatsnaam onbekend', 'Plaatsnaam onbekend'],
    ['location', 'Location-based pricing', 'Location-based pricing'],
    ['employer', 'Werkgever: Gemeente Utrecht', 'Gemeente Utrecht'],
  ] as const)('%s: %s', (field, value, expected) => {
    expect(withoutLabel(field, value)).toBe(expected);
  });
});
