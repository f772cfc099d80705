import type { Translation } from '../../shared/translation';
import { LEGAL_REQUIREMENTS, legalBasis } from './index';

/**
 * The legal table's words in the language the request asked for (#17). The engine names each legal
 * basis in the posting's language; the table has its name, the profession and the label in Dutch and
 * English, so an English interface gets them in English. The law's name, its citation and the detail
 * of how it can be obtained after hiring exist only in Dutch and stay so (the panel marks them lang="nl").
 *
 *   legalInInterfaceLanguage(translation): Translation
 */
let byId: Map<string, (typeof LEGAL_REQUIREMENTS)[number]> | null = null;

export function legalInInterfaceLanguage(translation: Translation): Translation {
  const ui = translation.uiLanguage ?? translation.language;
  if (ui === translation.language || !translation.requirements.some((r) => r.legalBasis)) return translation;
  byId ??= new Map(LEGAL_REQUIREMENTS.map((entry) => [entry.id, entry]));
  const requirements = translation.requirements.map((requirement) => {
    const entry = requirement.legalBasis && byId!.get(requirement.legalBasis.id);
    if (!entry || !requirement.legalBasis) return requirement;
    // Another country's law keeps its country (the engine matched it; the table holds it as 'foreign').
    const basis = requirement.legalBasis;
    const country = basis.verified === false && basis.jurisdiction && basis.jurisdiction !== 'unknown' ? basis.jurisdiction : null;
    const said = legalBasis(country ? { ...entry, jurisdiction: country } : entry, ui, requirement.legal);
    return { ...requirement, legalBasis: { ...basis, name: said.name, profession: said.profession, label: said.label, citation: said.citation } };
  });
  return { ...translation, requirements };
}
