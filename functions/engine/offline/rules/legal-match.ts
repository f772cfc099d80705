/** How the law's match on a requirement reads: whether the law requires it here, before the start. */
import type { Requirement } from '../../../../shared/translation';
import type { LegalMatch } from '../../../legal';

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
