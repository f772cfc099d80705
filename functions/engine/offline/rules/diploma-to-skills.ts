/** A diploma or level gives way to the skills it stands for; experience counts instead. */
import { dutchRules } from '../../../../shared/locale';
import { LEARNS_INSTEAD } from '../education';
import { t } from '../i18n';
import { diplomaSkills } from './diploma-skills';
import { isEducation, type Rule } from './types';

export const diplomaToSkills: Rule = {
  name: 'diploma-to-skills',
  apply(r, ctx) {
    if (!isEducation(r)) return null;
    const { taxonomy, ui } = ctx;
    const { translation: result, skills } = diplomaSkills(r, ctx);
    // (A posting outside the Netherlands gets no Dutch programme code: the name is the field it asks for.)
    const via = result.programme
      ? dutchRules(ctx.region)
        ? `${result.programme.name} (${result.programme.code})`
        : result.programme.name
      : result.level
        ? result.level.label[ui]
        : t(ui, 'het vakgebied', 'the field');
    const occupations = (language: 'nl' | 'en') => result.occupations.map((o) => taxonomy.occupation(o)[language]).join(', ');
    return {
      final: true,
      ...(result.level ? { level: result.level } : {}),
      skills,
      changes: [
        {
          requirementId: r.id,
          action: 'translate',
          rule: result.rule,
          concept: result.occupations[0] !== undefined ? taxonomy.occupation(result.occupations[0]).uri : null,
          span: r.span,
          reason: LEARNS_INSTEAD.test(r.text)
            ? t(
                ui,
                `Diploma-eis vervangen door wat de vacature zelf in plaats daarvan vraagt: ervaring en de wil om het vak te leren. De vaardigheden waar ${via} voor staat, leer je op de werkvloer.`,
                `Diploma requirement replaced by what the posting itself asks instead: experience and the will to learn the trade. The skills ${via} stands for are learned on the job.`,
              )
            : !result.skills.length
              ? t(
                  ui,
                  'Diploma-eis vervangen door het werk dat de vacature zelf beschrijft. Vaardig herkent het beroep niet met zekerheid en noemt daarom geen ESCO-vaardigheden: kies het beroep om ze te zien. Ervaring telt als alternatief.',
                  'Diploma requirement replaced by the work the posting itself describes. Vaardig is not sure of the occupation and so names no ESCO skills: choose the occupation to see them. Experience counts instead.',
                )
              : t(
                  ui,
                  `Diploma-eis vervangen door de vaardigheden waar ${via} voor staat (${result.skills.length} ESCO-vaardigheden van ${occupations('nl') || 'het beroep'}); ervaring telt als alternatief.`,
                  `Diploma requirement replaced by the skills ${via} stands for (${result.skills.length} ESCO skills of ${occupations('en') || 'the occupation'}); experience counts instead.`,
                ),
        },
      ],
    };
  },
};
