/** Why a route was chosen, in the translation's language: "Dekt 7 van 9 vaardigheden: …". */
import type { Language } from '../../shared/schemas';
import type { PickReason } from './select';
import type { Offer } from './types';

const SHOWN = 5;

function list(labels: string[], language: Language): string {
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
): string {
  const nl = language === 'nl';
  const parts: string[] = [];
  if (covered.length) {
    parts.push(nl
      ? `Dekt ${covered.length} van ${gapSize} vaardigheden: ${list(covered, language)}.`
      : `Covers ${covered.length} of ${gapSize} skills: ${list(covered, language)}.`);
  } else {
    // Found through the vacancy's occupation: say so rather than claim skills it is not linked to.
    parts.push(nl
      ? 'Erkende opleiding voor dit beroep; welke van deze vaardigheden ze dekt, is in de catalogus niet vastgelegd.'
      : 'Recognised programme for this occupation; which of these skills it covers is not recorded in the catalogue.');
  }
  if (legal) parts.push(nl ? `De wet vraagt hier een diploma: ${legal}.` : `The law requires a diploma here: ${legal}.`);
  else if (reason === 'formal') parts.push(nl ? 'Leidt tot het diploma waar de vacature om vraagt.' : 'Leads to the kind of diploma the vacancy asks for.');
  if (offer.source === 'template') parts.push(offer.description ?? '');
  else if (offer.workBased) parts.push(nl ? 'Te volgen naast het werk (deeltijd, duaal of BBL).' : 'Can be followed next to a job (part-time, dual or BBL).');
  if (offer.type === 'evc') parts.push(nl ? 'Laat zien welke van deze vaardigheden iemand al heeft.' : 'Shows which of these skills someone already has.');
  return parts.filter(Boolean).join(' ');
}
