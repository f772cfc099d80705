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
              action: 'move-to-profile',
              rule: 'trait→person-profile',
              concept: null,
              span: r.span,
              reason: t(
                ui,
                'Persoonlijke eigenschap: hoort in het persoonsprofiel, niet bij de eisen.',
                'A personal quality: belongs in the person profile, not the requirements.',
              ),
            },
          ],
        }
      : null,
};
