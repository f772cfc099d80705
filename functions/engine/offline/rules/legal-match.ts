/** The law's match on a requirement, asked once, and how it reads: whether the law requires it here, before the start. */
import type { Requirement } from '../../../../shared/translation';
import { dutchRules, type Region } from '../../../../shared/locale';
import { type LegalMatch, matchLegal, statutoryQualification } from '../../../legal';

/**
 * The law asks the employer for instruction or a designation, not for the certificate the posting
 * names ("heftruckcertificaat", "NEN 3140"): the demand may be met after hiring.
 */
export const employersDuty = (legal: LegalMatch) => legal.entry.keepMode === 'keep_underlying_duty_rephrase_as_post_hire';

/**
 * A plus the law would require ("Een A-rijbewijs is een sterke pré") is not required here: the
 * employer says the job can be done without it. It stays a plus, in its own words.
 */
export const requiredByLaw = (legal: LegalMatch, r: Pick<Requirement, 'mandatory'>) => legal.statutory && !employersDuty(legal) && r.mandatory;

// A requirement that asks for an education names it: "VMBO" alone is where a teacher teaches.
const EDUCATION_WORD = /\b(?:diploma\w*|opleiding\w*|afgerond\w*|niveau|bevoegdheid|kwalificatie\w*|mbo|hbo|wo|bachelor\w*|master\w*|degree|qualification)\b/i;

/**
 * What the law says of each requirement, asked once. In a job the law ties to a qualification
 * (nurse, childcare worker, security guard, teacher) a generic "relevante opleiding" or "mbo niveau
 * 3" is that qualification: kept, never translated away.
 */
export function legalLookup(title: string | null, jobContext: string, region: Region | null): (r: Requirement) => LegalMatch | null {
  const qualification = dutchRules(region) ? statutoryQualification(title ?? '') : null;
  const qualificationOf = (r: Requirement): LegalMatch | null =>
    qualification && r.mandatory && (r.kind === 'diploma' || r.kind === 'education_level') && EDUCATION_WORD.test(r.text)
      ? { entry: qualification, statutory: true, fit: 'title', foreign: false, jurisdiction: 'NL', verified: true, diplomaRequired: true }
      : null;
  const known = new Map<string, LegalMatch | null>();
  return (r) => {
    if (!known.has(r.id)) known.set(r.id, matchLegal(r.text, jobContext, region) ?? qualificationOf(r));
    return known.get(r.id)!;
  };
}
