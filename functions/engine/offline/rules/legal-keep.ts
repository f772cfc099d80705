/** What the law requires stays, with its citation: the law first, so no later rule may drop it. */
import type { Language } from '../../../../shared/locale';
import type { Requirement, Warning } from '../../../../shared/translation';
import { legalBasis } from '../../../legal';
import { denies } from '../../../legal/denial';
import { t } from '../i18n';
import { diplomaSkills } from './diploma-skills';
import { requiredByLaw } from './legal-match';
import { isEducation, type Rule, type RuleResult } from './types';

export const legalKeep: Rule = {
  name: 'legal-keep',
  apply(r, ctx) {
    const legal = ctx.legal(r);
    if (!legal || !requiredByLaw(legal, r)) return null;
    const { ui } = ctx;
    const basis = legalBasis(legal.entry, ctx.language, true);
    const citation = basis.citation;
    const kept: Requirement = { ...r, legalBasis: basis, legal: true };
    const out: RuleResult = { final: true };
    // A line that says the law's demand is not needed ("de BIG-registratie is niet meer nodig")
    // stays where the posting put it and is flagged; the law's section names the demand itself.
    if (!legal.foreign && denies(r.text, [{ ...kept, mandatory: true }])) {
      out.denied = true;
      out.warnings = [deniedWarning(r, citation, ui)];
    }
    if (!isEducation(r)) kept.kind = legal.entry.kind === 'not_a_legal_requirement' ? 'certificate' : r.kind === 'certificate' ? 'certificate' : 'licence';
    else {
      // Kept as the law requires, and still spelled out in skills for those on the way to it.
      const { translation, skills } = diplomaSkills(kept, ctx);
      if (translation.level) out.level = translation.level;
      out.skills = skills;
    }
    out.requirement = { legalBasis: basis, legal: true, kind: kept.kind };
    out.changes = [
      {
        requirementId: r.id,
        action: 'keep-legal',
        rule: `legal.${legal.entry.id}`,
        concept: legal.entry.bwbr,
        span: r.span,
        reason: legal.foreign
          ? t(
              ui,
              `Eis uit de wet van een ander land (${citation}): blijft staan zoals geschreven; Vaardig controleert buitenlands recht niet.`,
              `A requirement of another country's law (${citation}): kept as written; Vaardig does not check foreign law.`,
            )
          : t(
              ui,
              `Wettelijk vereist (${legal.entry.citation}); blijft staan. ${legal.entry.obtainable.afterHiring ? 'Kan na aanstelling worden gehaald' : 'Moet er zijn vóór de start'}: ${legal.entry.obtainable.detail}`,
              `Required by law (${legal.entry.citation}); kept. ${legal.entry.obtainable.afterHiring ? 'Can be obtained after hiring' : 'Must be in place before starting'}.`,
            ),
      },
    ];
    return out;
  },
};

function deniedWarning(r: Readonly<Requirement>, citation: string, ui: Language): Warning {
  return {
    code: 'legal-denied',
    span: r.span,
    message: t(
      ui,
      `De vacature zegt dat dit niet nodig is, maar de wet vraagt het (${citation}). Pas deze zin aan.`,
      `The posting says this is not needed, but the law requires it (${citation}). Correct this sentence.`,
    ),
  };
}
