import { createHash } from 'node:crypto';
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

export type Half = 'untuned' | 'tune';

/**
 * The fixed split of the corpus (DEVELOPERS.md): rules are tuned on one half and every figure is
 * reported on both, the untuned half first. The first byte of SHA-256(id) decides, so a posting
 * never changes half and new postings fall into either.
 */
export function halfOf(id: string): Half {
  return createHash('sha256').update(id).digest()[0]! % 2 === 1 ? 'untuned' : 'tune';
}
