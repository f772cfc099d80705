/**
 * The region a translation assumes (#16): the request's, else the one the posting shows
 * (shared/region.ts). For a Flemish posting Vaardig has no Belgian law, programmes or funding, and
 * the translation says so.
 */
import type { Language, Region } from '../../../shared/locale';
import { detectRegion } from '../../../shared/region';
import type { Warning } from '../../../shared/translation';
import type { Vacancy } from '../../../shared/vacancy';
import { t } from './i18n';

export function assumedRegion(vacancy: Vacancy, language: Language, requested?: Region | null): Region | null {
  if (requested) return requested;
  return detectRegion({ text: vacancy.text, title: vacancy.title, location: vacancy.location, url: vacancy.url, language }).region;
}

/** What a Belgian posting does not get, shown beside the result. */
export function regionWarning(region: Region | null, language: Language): Warning | null {
  if (region !== 'BE') return null;
  return {
    code: 'region-no-data',
    span: null,
    message: t(
      language,
      'Vlaamse vacature: Vaardig kent de Belgische wetgeving, opleidingen en subsidies nog niet. Wettelijke eisen blijven staan zoals geschreven (niet gecontroleerd); leerroutes zijn alleen informeel en niet-formeel.',
      'Flemish posting: Vaardig does not know Belgian law, programmes or funding yet. Legal requirements stay as written (not verified); learning routes are informal and non-formal only.',
    ),
  };
}
