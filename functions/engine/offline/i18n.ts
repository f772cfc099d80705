import type { Language } from '../../../shared/locale';

/** Pick the Dutch or English wording. */
export function t(language: Language, nl: string, en: string): string {
  return language === 'nl' ? nl : en;
}

export function list(language: Language, items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${t(language, 'en', 'and')} ${items[items.length - 1]}`;
}
