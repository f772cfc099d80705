/** A personal quality belongs in the person profile, not among the requirements. */
import { t } from '../i18n';
import type { Rule } from './types';

export const traitToProfile: Rule = {
  name: 'trait-to-profile',
  apply: (r, { ui }) =>
    r.kind === 'trait'
      ? {
          final: true,
          changes: [
            {
              requirementId: r.id,
              // A quality the posting asks as a plus stays a plus ("Mooi meegenomen", principle 9): no card
              // proposes a profile that will not hold it.
              action: r.mandatory ? 'move-to-profile' : 'keep',
              rule: r.mandatory ? 'trait→person-profile' : 'keep.plus-trait',
              concept: null,
              span: r.span,
              reason: r.mandatory
                ? t(
                    ui,
                    'Persoonlijke eigenschap: hoort in het persoonsprofiel, niet bij de eisen.',
                    'A personal quality: belongs in the person profile, not the requirements.',
                  )
                : t(
                    ui,
                    'Een pluspunt over de persoon: blijft een pluspunt, geen eis en geen vast deel van het persoonsprofiel.',
                    'A plus about the person: stays a plus, neither a requirement nor a fixed part of the person profile.',
                  ),
            },
          ],
        }
      : null,
};
