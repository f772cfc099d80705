import type { Language } from '../../shared/locale';

/**
 * The language an `Accept-Language` header prefers among Dutch and English (by q-value, then
 * order); English when it names neither, as an API answers a caller who did not say.
 */
export function preferredLanguage(header: string | undefined | null): Language {
  const ranked = (header ?? '')
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().toLowerCase().split(';');
      const q = Number(params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find(Boolean) ?? 1);
      return { language: tag.split('-')[0], q: Number.isFinite(q) ? q : 0, index };
    })
    .filter((entry): entry is { language: Language; q: number; index: number } => (entry.language === 'nl' || entry.language === 'en') && entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  return ranked[0]?.language ?? 'en';
}
