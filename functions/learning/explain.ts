/** Why a route was chosen, in the translation's language: "Dekt 7 van 9 vaardigheden: …". */
import type { Language } from '../../shared/locale';
import type { PickReason } from './select';
import { TEMPLATE_DESCRIPTION_EN } from './templates';
import type { Offer } from './types';

const SHOWN = 5;

function list(all: string[], language: Language): string {
  // Several skills of one group share its label in Dutch ("marketing en reclame"): name it once.
  const labels = [...new Set(all)];
  const shown = labels.slice(0, SHOWN).join(', ');
  const more = labels.length - SHOWN;
  if (more <= 0) return shown;
  return language === 'nl' ? `${shown} en ${more} meer` : `${shown} and ${more} more`;
}

export function explainRoute(
  offer: Offer,
  covered: string[],
  gapSize: number,
  reason: PickReason,
  legal: string | null,
  language: Language,
  diplomaByLaw = false,
): string {
  const nl = language === 'nl';
  const parts: string[] = [];
  if (covered.length && offer.type === 'evc') {
    // Recognition of prior learning assesses the skills; it does not teach them.
    parts.push(
      nl
        ? `Toetst ${covered.length} van ${gapSize} vaardigheden: ${list(covered, language)}.`
        : `Assesses ${covered.length} of ${gapSize} skills: ${list(covered, language)}.`,
    );
  } else if (covered.length) {
    parts.push(
      nl
        ? `Dekt ${covered.length} van ${gapSize} vaardigheden: ${list(covered, language)}.`
        : `Covers ${covered.length} of ${gapSize} skills: ${list(covered, language)}.`,
    );
  } else {
    // Found through the vacancy's occupation or named by it: say so rather than claim skills it is not linked to.
    parts.push(
      nl
        ? 'Welke van deze vaardigheden deze opleiding dekt, is in de catalogus niet vastgelegd.'
        : 'Which of these skills this programme covers is not recorded in the catalogue.',
    );
  }
  if (legal) parts.push(nl ? `De wet vraagt hier een diploma: ${legal}.` : `The law requires a diploma here: ${legal}.`);
  // Only the programme the vacancy names leads to its diploma (#15); another is in the job's field.
  else if (reason === 'named') parts.push(nl ? 'Leidt tot het diploma waar de vacature om vraagt.' : 'Leads to the diploma the vacancy asks for.');
  else if (offer.form === 'formal') parts.push(nl ? 'Opleiding in het vakgebied van deze functie.' : 'A programme in the field of this job.');
  if (offer.source === 'template') parts.push((nl ? null : TEMPLATE_DESCRIPTION_EN.get(offer.key)) ?? offer.description ?? '');
  else if (offer.workBased)
    parts.push(nl ? 'Te volgen naast het werk (deeltijd, duaal of BBL).' : 'Can be followed next to a job (part-time, dual or work-based learning).');
  if (offer.type === 'evc') parts.push(nl ? 'Laat zien welke van deze vaardigheden iemand al heeft.' : 'Shows which of these skills someone already has.');
  // Where the law asks for a diploma, a course or community helps in the work but is no way into it (#16).
  if (diplomaByLaw && offer.form !== 'formal')
    parts.push(nl ? 'Vervangt het diploma niet dat de wet hier vraagt.' : 'Does not replace the diploma the law requires here.');
  return parts.filter(Boolean).join(' ');
}
