/**
 * The region a translation assumes (#16): the request's, else the one the posting shows
 * (shared/region.ts). For a Flemish posting Vaardig has no Belgian law, programmes or funding, for
 * one abroad none of that country's, and the translation says so.
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

/** What a Belgian posting or one abroad does not get, shown beside the result. */
export function regionWarning(region: Region | null, language: Language): Warning | null {
  if (region === 'abroad') {
    return {
      code: 'region-abroad',
      span: null,
      message: t(
        language,
        'Deze vacature is buiten Nederland en België; Vaardig kent alleen opleidingen, wetgeving en subsidies daar. Wettelijke eisen blijven staan zoals geschreven (niet gecontroleerd); leerroutes zijn alleen informeel en niet-formeel, zonder diploma of EVC.',
        'This vacancy is outside the Netherlands and Belgium; Vaardig only knows programmes, law and funding there. Legal requirements stay as written (not verified); learning routes are informal and non-formal only, with no diploma or EVC.',
      ),
    };
  }
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
