/**
 * Save the offline engine's output for every corpus posting (with and without a given language),
 * to prove that a performance change leaves the output byte-identical:
 *   tsx scripts/engine-snapshot.ts out.json  → then `cmp` two snapshots.
 */
import { writeFileSync } from 'node:fs';
import { Vacancy } from '../shared/vacancy';
import { translateOffline } from '../functions/engine/offline/translate';
import { getTaxonomy } from '../functions/taxonomy';
import { readPostings } from './lib/corpus';

const taxonomy = getTaxonomy();
const out: unknown[] = [];
for (const p of readPostings()) {
  for (const language of [p.lang, null]) {
    const vacancy = Vacancy.parse({ isVacancy: true, title: p.title, employer: null, location: null, language, text: p.text, source: 'text' });
    out.push({ id: p.id, language, translation: translateOffline(vacancy, taxonomy) });
  }
}
writeFileSync(process.argv[2] ?? 'engine-snapshot.json', JSON.stringify(out, null, 1));
console.log(`${out.length} translations`);
