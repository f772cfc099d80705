/**
 * Links Vaardig stores and shows come from data it does not control (a learning desk's CSV, an
 * OOAPI feed, DUO's register, a model's answer). Only http(s) links are kept: "www.x.nl" is read
 * as https, anything else (javascript:, data:, a typo'd scheme, a relative path) is no link.
 */
const SCHEME = /^[a-z][a-z0-9+.-]*:/i;
const BARE_HOST = /^[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}(?::\d+)?(?:[/?#]|$)/i;

export function webLink(raw: unknown): string | null {
  if (typeof raw !== 'string') return null;
  let text = raw.trim();
  if (!text || text.length > 2048) return null;
  if (!SCHEME.test(text) || /^[^/]*\.[a-z]{2,}:\d+/i.test(text)) {
    if (!BARE_HOST.test(text)) return null;
    text = `https://${text}`;
  }
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname ? url.href : null;
}
