/**
 * Where a posting belongs: the language it is written in (Vaardig speaks Dutch and English) and the
 * country whose law, programmes and funding it answers to. Detection is in language.ts and region.ts.
 */
import * as z from 'zod';

export const Language = z.enum(['nl', 'en']);
export type Language = z.infer<typeof Language>;

/** The country whose law, programmes and funding a posting answers to: the Netherlands or Flanders (#16). */
export const Region = z.enum(['NL', 'BE']);
export type Region = z.infer<typeof Region>;
