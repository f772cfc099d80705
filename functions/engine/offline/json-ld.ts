import type { Language } from '../../../shared/locale';
import type { Occupation, Requirement, Skill } from '../../../shared/translation';
import type { Vacancy } from '../../../shared/vacancy';
import type { EducationLevel } from '../../taxonomy/crosswalk';

const ESCO_SKILLS_SET = 'http://data.europa.eu/esco/concept-scheme/skills';
const ESCO_OCCUPATIONS_SET = 'http://data.europa.eu/esco/concept-scheme/occupations';

/** A schema.org JobPosting with the skills as ESCO DefinedTerms. */
export function jobPostingJsonLd(args: {
  vacancy: Vacancy;
  language: Language;
  markdown: string;
  occupation: Occupation | null;
  skills: Skill[];
  requirements: Requirement[];
  /** The levels of the diplomas the text still asks for (the law's, and those no sentence replaced). */
  levels: EducationLevel[];
  /** Whether the text says experience counts instead of a diploma. */
  orEquivalent: boolean;
  /** What a requirement reads as in the rewritten text ("3 jaar ervaring" → the competence). */
  rephrased: ReadonlyMap<string, string>;
}): Record<string, unknown> {
  const { vacancy, skills, requirements } = args;
  const term = (s: Skill) => ({ '@type': 'DefinedTerm', name: s.label, ...(s.uri ? { '@id': s.uri, url: s.uri, inDefinedTermSet: ESCO_SKILLS_SET } : {}) });
  const legal = requirements.filter((r) => r.legal);
  // What the text asks, in its words: a plus is no requirement, a year count is the competence it became.
  const experience = requirements.filter((r) => r.kind === 'experience' && r.mandatory).map((r) => args.rephrased.get(r.id) ?? r.text);
  return {
    '@context': 'https://schema.org',
    '@type': 'JobPosting',
    title: vacancy.title ?? undefined,
    description: args.markdown,
    inLanguage: args.language,
    ...(vacancy.employer ? { hiringOrganization: { '@type': 'Organization', name: vacancy.employer } } : {}),
    ...(vacancy.location ? { jobLocation: { '@type': 'Place', address: vacancy.location } } : {}),
    ...(vacancy.url ? { url: vacancy.url } : {}),
    ...(args.occupation
      ? { occupationalCategory: { '@type': 'DefinedTerm', name: args.occupation.label, '@id': args.occupation.uri, inDefinedTermSet: ESCO_OCCUPATIONS_SET } }
      : {}),
    skills: skills.filter((s) => s.mustHave).map(term),
    ...(args.levels.length
      ? {
          educationRequirements: args.levels.map((l) => ({
            '@type': 'EducationalOccupationalCredential',
            credentialCategory: l.label[args.language],
            educationalLevel: `EQF ${l.eqf}`,
          })),
        }
      : {}),
    experienceInPlaceOfEducation: args.orEquivalent,
    ...(experience.length ? { experienceRequirements: experience.join('; ') } : {}),
    ...(legal.length ? { qualifications: legal.map((r) => `${r.text} (${r.legalBasis?.citation ?? ''})`).join('; ') } : {}),
  };
}
