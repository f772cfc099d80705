import { type GeneratedI18nStructure, i18n } from '#i18n';

export { i18n };
export { keyPart } from './message-key';

/** A message's key, as the locales have it. */
export type MessageKey = keyof GeneratedI18nStructure;

/** For keys built at run time (a requirement kind, a status): the key set is checked by the tests. */
export function tKey(key: string, substitutions?: string[]): string {
  return (i18n.t as (key: string, substitutions?: string[]) => string)(key, substitutions);
}

/** For keys that come from data the locales may not all know (an audit action, a role): `fallback` for the others. */
export const tOr = (key: string, fallback: string) => tKey(key) || fallback;

/** The interface language: the browser's, as far as Vaardig has it (Dutch or English). */
export function uiLanguage(): 'nl' | 'en' {
  return browser.i18n.getUILanguage().toLowerCase().startsWith('nl') ? 'nl' : 'en';
}
