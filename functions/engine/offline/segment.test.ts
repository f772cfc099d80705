import { describe, expect, it } from 'vitest';
import { lines } from './segment';

describe('lines', () => {
  it('splits a bold heading glued to its first sentence, so the offer does not run on in the requirements', () => {
    const text = 'Wat vragen wij\n- Je kent Excel\n**Wat bieden wij**Een vast contract en 25 vakantiedagen.';
    const out = lines(text);
    const heading = out.find((l) => l.text === '**Wat bieden wij**');
    expect(heading).toMatchObject({ heading: true, section: 'offer' });
    const offer = out.find((l) => l.text.startsWith('Een vast contract'))!;
    expect(offer.section).toBe('offer');
    expect(text.slice(offer.start, offer.end)).toBe(offer.text);
  });

  it('leaves bold words inside a sentence alone', () => {
    const out = lines('**Let op**: we werken ook in het weekend.');
    expect(out).toHaveLength(1);
  });

  it('makes every Markdown heading a heading, whatever it names', () => {
    const out = lines('Requirements\n- SQL\n## TU Delft\nThe university is large.');
    expect(out.find((l) => l.text === '## TU Delft')?.heading).toBe(true);
    expect(out.find((l) => l.text.startsWith('The university'))?.section).not.toBe('requirements');
  });
});
