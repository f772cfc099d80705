import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export interface Posting {
  id: string;
  lang: 'nl' | 'en';
  title: string;
  text: string;
  requirements?: Array<{ quote: string; kind: string; legal: boolean; mandatory: boolean; note?: string }>;
  occupations?: string[];
}

/** The shared corpus, read at run time and never copied into the project. */
export const CORPUS_DIR = resolve(process.env.VAARDIG_CORPUS_DIR ?? '../shared/corpus');

export function readPostings(): Posting[] {
  return readFileSync(join(CORPUS_DIR, 'postings.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as Posting);
}
