/**
 * A change the rewritten text could not carry (its sentence asks more, or nothing can stand in its
 * place in the posting's language) stays a suggestion on its card, and says so.
 */
import type { Language } from '../../../shared/locale';
import type { Change } from '../../../shared/translation';
import { t } from './i18n';

/** A change's reason as a proposal: "Diploma-eis vervangen door …" → "Voorstel: vervang de diploma-eis door …". */
function proposed(reason: string): string {
  return reason
    .replace(/^Diploma-eis vervangen door /, 'Voorstel: vervang de diploma-eis door ')
    .replace(/^Diploma requirement replaced by /, 'Proposal: replace the diploma requirement with ')
    .replace(/^("[^"]+") vervangen door /, 'Voorstel: vervang $1 door ')
    .replace(/^("[^"]+") replaced by /, 'Proposal: replace $1 with ');
}

export const PROPOSABLE = new Set(['translate', 'rephrase', 'move-to-profile']);

/** What the text did not take is a proposal: its reason must not say it was replaced. */
export function asProposal(c: Change, ui: Language): Change {
  return {
    ...c,
    reason:
      proposed(c.reason) +
      t(
        ui,
        ' In de tekst blijft de zin staan zoals hij was; neem het voorstel over als het past.',
        ' The sentence stays in the text as it was; take the proposal over where it fits.',
      ),
  };
}
