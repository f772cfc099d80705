import { i18n } from '#i18n';

export { i18n };

/** For keys built at run time (a requirement kind, a status): the key set is checked by the tests. */
export function tKey(key: string, substitutions?: string[]): string {
  return (i18n.t as (key: string, substitutions?: string[]) => string)(key, substitutions);
}

/** The interface language: the browser's, as far as Vaardig has it (Dutch or English). */
export function uiLanguage(): 'nl' | 'en' {
  return browser.i18n.getUILanguage().toLowerCase().startsWith('nl') ? 'nl' : 'en';
}
