/**
 * A count of years of experience is replaced by the competence it stood for, and flagged as an age
 * proxy either way. The requirement stays a concrete one for the rules after this.
 */
import type { Change, Warning } from '../../../../shared/translation';
import { t } from '../i18n';
import { OF_EXPERIENCE, rewriteExperience, yearsAsked } from '../experience';
import type { Rule } from './types';

/** What the years warning asks, and what it says once the text already names the competence. */
const ADVICE = { nl: '; beschrijf de bekwaamheid.', en: '; describe the competence instead.' };
const DONE = { nl: '; de tekst noemt nu de bekwaamheid.', en: '; the text now names the competence.' };
export const saidAsCompetence = (message: string) => message.replace(ADVICE.nl, DONE.nl).replace(ADVICE.en, DONE.en);

export const experienceYears: Rule = {
  name: 'experience-years',
  apply(r, { language, ui, warnings, job }) {
    if (r.kind !== 'experience') return null;
    const rewritten = rewriteExperience(r, language, job);
    const changes: Change[] = rewritten
      ? [
          {
            requirementId: r.id,
            action: 'rephrase',
            rule: 'experience.years→competence',
            concept: null,
            span: r.span,
            reason: rewritten.years
              ? t(
                  ui,
                  `"${rewritten.years}" vervangen door de bekwaamheid waar de jaren voor staan: een aantal jaren zegt weinig over kunnen en werkt als leeftijdsgrens.`,
                  `"${rewritten.years}" replaced by the competence the years stood for: a year count says little about ability and works as an age proxy.`,
                )
              : t(
                  ui,
                  'Ervaring in een vergelijkbare functie vervangen door het werk van deze functie: dat kan iemand ook elders hebben geleerd.',
                  'Experience in a similar role replaced by the work of this role: someone may have learned it elsewhere.',
                ),
          },
        ]
      : [];
    // The count is an age proxy whether or not the sentence says what it stood for ("een aantal
    // jaren (drie tot vijf jaar) werkervaring" stays as written, and is still flagged).
    // (Only a count of experience: "a maximum of 4 years" of a contract, "al 15 jaar" of a partner, is none.)
    const asked = rewritten ?? (OF_EXPERIENCE.test(r.text) ? yearsAsked(r.text) : null);
    // (Once: the wording check may already have flagged the range as an age signal.)
    const flagged = warnings.some((w) => w.code === 'age-proxy' && w.span && r.span && w.span.start < r.span.end && w.span.end > r.span.start);
    const warning: Warning | null =
      asked?.years && !flagged
        ? {
            code: asked.maximum ? 'age-proxy' : 'experience-years',
            span: r.span,
            message: t(
              ui,
              asked.maximum
                ? `Een maximum aan ervaring ("${asked.years}") sluit oudere kandidaten uit (leeftijdsdiscriminatie).`
                : `Een minimum aantal jaren ("${asked.years}") kan als leeftijdsgrens werken${ADVICE.nl}`,
              asked.maximum
                ? `A maximum of experience ("${asked.years}") excludes older candidates (age discrimination).`
                : `A minimum number of years ("${asked.years}") can act as an age proxy${ADVICE.en}`,
            ),
          }
        : null;
    return { changes, warnings: warning ? [warning] : [], ...(rewritten ? { rephrased: rewritten.text } : {}) };
  },
};
