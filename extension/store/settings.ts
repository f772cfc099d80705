import * as z from 'zod';
import type { EngineChoice } from '../../shared/translate-request';

export const DEFAULT_API_BASE = import.meta.env.WXT_API_BASE ?? 'http://127.0.0.1:8787';

export const ApiBase = z.url({ protocol: /^https?$/, error: 'Enter a full address such as https://api.vaardig.nl' });

/** The API address, chosen on the options page. */
export const apiBase = storage.defineItem<string>('local:apiBase', {
  fallback: DEFAULT_API_BASE,
  version: 1,
});

/** Bearer token for a team's Vaardig API (review); empty when not connected to a team. */
export const apiToken = storage.defineItem<string>('local:apiToken', { fallback: '', version: 1 });

/** Which engine the API should use: the offline rules, Claude, or whatever the API prefers. */
export const engine = storage.defineItem<EngineChoice>('local:engine', { fallback: 'auto', version: 1 });

/** The vacancy's language when the page does not say; "auto" lets capture and the API detect it. */
export const VacancyLanguage = z.enum(['auto', 'nl', 'en']);
export const vacancyLanguage = storage.defineItem<z.infer<typeof VacancyLanguage>>('local:vacancyLanguage', { fallback: 'auto', version: 1 });

/** Region (province) for learning routes, e.g. "Utrecht"; empty means the whole country. */
export const region = storage.defineItem<string>('local:region', { fallback: '', version: 1 });

/** The country a vacancy answers to (#16): its law, programmes and funding; "auto" lets the API read it from the posting. */
export const PostingRegion = z.enum(['auto', 'NL', 'BE', 'abroad']);
export const postingRegion = storage.defineItem<z.infer<typeof PostingRegion>>('local:postingRegion', { fallback: 'auto', version: 1 });

/** Plain-language mode (B1) for small firms without HR: fewer choices, terms explained. */
export const plainLanguage = storage.defineItem<boolean>('local:plainLanguage', { fallback: false, version: 1 });

/** Set by the context menu or shortcut: the side panel reads this tab as soon as it opens. */
export const pendingRead = storage.defineItem<{ tabId: number; at: number } | null>('session:pendingRead', { fallback: null });

/** How long the side panel waits for the API before it says so and offers to try again (#17). */
export const REQUEST_TIMEOUT_MS = 20_000;

/** Test builds only: a shorter wait, so the e2e test of an API that never answers takes seconds. */
const testRequestTimeout = storage.defineItem<number | null>('local:testRequestTimeoutMs', { fallback: null });

export async function requestTimeoutMs(): Promise<number> {
  if (import.meta.env.MODE !== 'test') return REQUEST_TIMEOUT_MS;
  return (await testRequestTimeout.getValue()) ?? REQUEST_TIMEOUT_MS;
}
