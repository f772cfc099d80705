/**
 * A concrete requirement of the work (a skill, a language, a certificate, a licence, experience)
 * stays, and a skill or experience is grounded in ESCO: a must-have, or a plus that can be learned
 * on the job.
 */
import { t } from '../i18n';
import { groundSkills, toSkill } from '../skills';
import type { Rule } from './types';

const KEEP_KINDS = new Set(['skill', 'language', 'certificate', 'licence', 'other', 'experience']);

export const keepConcrete: Rule = {
  name: 'keep-concrete',
  apply(r, { taxonomy, language, ui, rephrased }) {
    if (!KEEP_KINDS.has(r.kind)) return null;
    const grounded = r.kind === 'skill' || r.kind === 'experience' ? groundSkills(r.text, taxonomy, 4) : [];
    const reason = t(
      ui,
      r.mandatory ? 'De vacature vraagt dit.' : 'Pluspunt in de vacature: kan ook op de werkvloer worden geleerd.',
      r.mandatory ? 'The posting asks for this.' : 'A plus in the posting: can also be learned on the job.',
    );
    return {
      skills: grounded.map((id) => toSkill(id, taxonomy, language, { requirementIds: [r.id], mustHave: r.mandatory, reason })),
      // (A requirement an earlier rule rephrased has its card already.)
      changes: rephrased.has(r.id)
        ? []
        : [
            {
              requirementId: r.id,
              action: 'keep',
              rule: `keep.${r.kind}`,
              concept: grounded[0] !== undefined ? taxonomy.skill(grounded[0]).uri : null,
              span: r.span,
              reason: t(ui, 'Concrete eis die bij het werk hoort; blijft staan.', 'A concrete requirement of the work; kept.'),
            },
          ],
    };
  },
};
