/**
 * An internship asks a student to be in a programme ("Je volgt een hbo-opleiding in marketing"):
 * that is the condition of the internship, not a diploma to put skills in place of.
 */
import { t } from '../i18n';
import { isEducation, type Rule } from './types';

/** Being in a programme now: "Je volgt een hbo-opleiding", "Je studeert", "you are (currently) enrolled in". */
export const ENROLLED =
  /(?<![A-Za-zÀ-ÖØ-öø-ɏ])(?:(?:je|jij|u)\s+(?:volgt|studeert|bent (?:ingeschreven|student|bezig met))|(?:volg|studeer|ben)\s+(?:je|jij)\s+(?:een|aan|momenteel)?|(?:huidige|lopende)\s+(?:[A-Za-zÀ-ÖØ-öø-ɏ]+\s+)?opleiding|currently (?:enrolled|studying|pursuing)|you are (?:currently )?(?:enrolled|studying|pursuing)|[A-Za-zÀ-ÖØ-öø-ɏ]*jaars|(?:mbo|hbo|wo|master|bachelor|mbo\/hbo|hbo\/wo)[- ]?student\w*)(?![A-Za-zÀ-ÖØ-öø-ɏ])/i;

export const enrolled: Rule = {
  name: 'enrolled',
  apply: (r, { ui }) =>
    isEducation(r) && ENROLLED.test(r.text)
      ? {
          final: true,
          changes: [
            {
              requirementId: r.id,
              action: 'keep',
              rule: 'education.enrolled',
              concept: null,
              span: r.span,
              reason: t(
                ui,
                'Een stage of studentenbaan vraagt een lopende opleiding: die voorwaarde blijft staan zoals ze is.',
                'An internship or student job asks for a programme in progress: that condition stays as it is.',
              ),
            },
          ],
        }
      : null,
};
