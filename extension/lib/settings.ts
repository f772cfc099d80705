import { z } from 'zod';

export const DEFAULT_API_BASE = import.meta.env.WXT_API_BASE ?? 'http://127.0.0.1:8787';

export const ApiBase = z.url({ protocol: /^https?$/, error: 'Enter a full address such as https://api.vaardig.nl' });

/** The API address, chosen on the options page. */
export const apiBase = storage.defineItem<string>('local:apiBase', {
  fallback: DEFAULT_API_BASE,
  version: 1,
});
