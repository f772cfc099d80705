/**
 * Who did something, as a person reads it (#19): the token's label (a person's name), else the
 * role in the language the request asked for (`preferredLanguage`). Dutch or English, like the
 * rest of Vaardig.
 */
import type { Language } from '../../shared/locale';

const ROLES: Record<Language, Record<string, string>> = {
  nl: { member: 'medewerker', reviewer: 'beoordelaar', admin: 'beheerder', bootstrap: 'Vaardig-beheer' },
  en: { member: 'member', reviewer: 'reviewer', admin: 'administrator', bootstrap: 'Vaardig administration' },
};

/** The role as a word of `language`; an unknown role as it is. */
export const roleName = (role: string, language: Language) => ROLES[language][role] ?? role;

/** The name shown for an author: the label when there is one, else the role in words. */
export function authorName(label: string | null | undefined, role: string, language: Language): string {
  return label?.trim() || roleName(role, language);
}
