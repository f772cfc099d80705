/**
 * Where a posting belongs: the language it is written in (Vaardig speaks Dutch and English) and the
 * country whose law, programmes and funding it answers to. Detection is in language.ts and region.ts.
 */
import * as z from 'zod';

export const Language = z.enum(['nl', 'en']);
export type Language = z.infer<typeof Language>;

/**
 * The country whose law, programmes and funding a posting answers to: the Netherlands, Flanders
 * (#16), or 'abroad': a job outside both, whose law, programmes and funding Vaardig does not know.
 */
export const Region = z.enum(['NL', 'BE', 'abroad']);
export type Region = z.infer<typeof Region>;

/** Whether Dutch law, programmes and funding apply: a Dutch posting, or one whose region is unknown (as before #16). */
export const dutchRules = (region: Region | null | undefined): boolean => region == null || region === 'NL';
