import { describe, expect, it } from 'vitest';
import { getTaxonomy } from '.';

const taxonomy = getTaxonomy();

describe('Taxonomy', () => {
  it('finds every skill and occupation by its URI, and nothing else', () => {
    for (let id = 0; id < taxonomy.skillCount; id += 97) expect(taxonomy.skillIdByUri(taxonomy.skill(id).uri)).toBe(id);
    for (let id = 0; id < taxonomy.occupationCount; id += 31) expect(taxonomy.occupationIdByUri(taxonomy.occupation(id).uri)).toBe(id);
    const uri = taxonomy.skill(5).uri;
    expect.soft(taxonomy.skillIdByUri(uri.toUpperCase())).toBeNull();
    expect.soft(taxonomy.skillIdByUri(`${uri}0`)).toBeNull();
    expect.soft(taxonomy.skillIdByUri(taxonomy.occupation(5).uri)).toBeNull();
    expect.soft(taxonomy.occupationIdByUri('')).toBeNull();
  });

  it('holds each occupation label as its words, filler left out, with every occupation it names', () => {
    const { labels, byWord, own } = taxonomy.occupationVocabulary();
    const logistics = labels.find((l) => l.words.join(' ') === 'logistiek medewerker');
    expect(logistics?.ids.map((id) => taxonomy.occupation(id).nl)).toContain('logistiek medewerker');
    expect(byWord.has('van')).toBe(false);
    const id = logistics!.ids[0]!;
    expect(own[id]).toContainEqual(['logistiek', 'medewerker']);
  });
});
