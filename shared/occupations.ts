import * as z from 'zod';
import { Language } from './locale';

/** `GET /v1/occupations?q=&lang=` (#15): ESCO occupations by their Dutch and English labels. */
export const OccupationQuery = z.object({
  q: z.string().trim().min(2, 'q needs at least 2 characters').max(100),
  lang: Language.default('nl'),
  limit: z.coerce.number().int().min(1).max(10).default(10),
});
export type OccupationQuery = z.input<typeof OccupationQuery>;

export const OccupationHit = z.object({
  uri: z.string(),
  /** ESCO's preferred label in the asked language. */
  label: z.string(),
  /** The preferred label in the other language. */
  altLabel: z.string().nullable(),
  /** The alternative label that matched, when the preferred ones did not. */
  matched: z.string().nullable(),
});
export type OccupationHit = z.infer<typeof OccupationHit>;

export const OccupationSearch = z.object({ occupations: z.array(OccupationHit), attribution: z.string() });
export type OccupationSearch = z.infer<typeof OccupationSearch>;
