/**
 * A demand the law names but does not require before the start (not statutory, or the employer's
 * duty to instruct) is softened: "Dit kun je ook na je start bij ons halen."
 */
import { t } from '../i18n';
import { employersDuty } from './legal-match';
import { NOT_ASKED, type Rule } from './types';

export const legalAfterHiring: Rule = {
  name: 'legal-after-hiring',
  apply(r, ctx) {
    const legal = ctx.legal(r);
    if (!legal) return null;
    const duty = employersDuty(legal);
    // A plus needs no softening: it already asks nothing before the start; nor does a demand that
    // already offers to obtain it ("of je bent bereid dit te behalen").
    if (
      !(!legal.entry.statutory || duty) ||
      !r.mandatory ||
      r.alternativeOffered ||
      /\b(?:bereid|willing|behalen|obtain)\b/i.test(r.text) ||
      NOT_ASKED.has(ctx.sectionOf(r) ?? 'intro')
    )
      return null;
    const { language, ui } = ctx;
    const own = r.text.replace(/[.!;,\s]+$/, '');
    return {
      final: true,
      rephrased: t(language, `${own}. Dit kun je ook na je start bij ons halen.`, `${own}. You can also obtain this with us after you start.`),
      changes: [
        {
          requirementId: r.id,
          action: 'rephrase',
          rule: `legal.not-statutory.${legal.entry.id}`,
          concept: null,
          span: r.span,
          reason: t(
            ui,
            duty
              ? `De wet vraagt de werkgever om instructie of aanwijzing (${legal.entry.citation}), geen certificaat vooraf; kan na aanstelling. ${legal.entry.rephrase}`
              : `Geen wettelijke eis (${legal.entry.name.nl}); mag worden behaald na aanstelling. ${legal.entry.rephrase}`,
            duty
              ? `The law asks the employer for instruction or a designation (${legal.entry.citation}), not a certificate beforehand; can be obtained after hiring.`
              : `Not a statutory requirement (${legal.entry.name.en}); can be obtained after hiring.`,
          ),
        },
      ],
    };
  },
};
