/**
 * Who did something, as a person reads it (#19): the token's label (a person's name), else the
 * role in the language the request asked for. Dutch or English, like the rest of Vaardig.
 */
import type { Language } from '../../shared/locale';

const ROLES: Record<Language, Record<string, string>> = {
  nl: { member: 'medewerker', reviewer: 'beoordelaar', admin: 'beheerder', bootstrap: 'Vaardig-beheer' },
  en: { member: 'member', reviewer: 'reviewer', admin: 'administrator', bootstrap: 'Vaardig administration' },
};

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

/** The role as a word of `language`; an unknown role as it is. */
export const roleName = (role: string, language: Language) => ROLES[language][role] ?? role;

/** The name shown for an author: the label when there is one, else the role in words. */
export function authorName(label: string | null | undefined, role: string, language: Language): string {
  return label?.trim() || roleName(role, language);
}
