/**
 * The contract for insights (issue 20): the impact the rewriting made, and the learning needs
 * several employers of a team share. Both are aggregates computed in D1; no vacancy text in them.
 */
import * as z from 'zod';
import { Language } from './locale';
import { LearningForm } from './translation';

/** A day (YYYY-MM-DD) or an ISO timestamp. */
const Instant = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:\d{2})?)?$/, 'a date (YYYY-MM-DD) or an ISO 8601 timestamp')
  .refine((value) => !Number.isNaN(Date.parse(value)), 'not a real date');

const Format = z.enum(['json', 'csv']).default('json');

export const ImpactQuery = z.object({
  /** An employer (its own, or one the caller's team serves) or the caller's team (all its employers); default: the caller's organisation. */
  organizationId: z.string().trim().min(1).max(100).optional(),
  /** Profiles created from this day or moment on. */
  from: Instant.optional(),
  /** Profiles created up to and including this day (or up to this moment). */
  to: Instant.optional(),
  format: Format,
});
export type ImpactQuery = z.input<typeof ImpactQuery>;

export const Impact = z.object({
  scope: z.object({
    organizationId: z.string(),
    kind: z.enum(['employer', 'expertise_team']),
    /** Employers counted: 1 for an employer, the served employers for a team. */
    employers: z.number().int(),
  }),
  from: z.string().nullable(),
  to: z.string().nullable(),
  profiles: z.number().int(),
  byStatus: z.object({ draft: z.number().int(), submitted: z.number().int(), changes_requested: z.number().int(), approved: z.number().int() }),
  diplomaRequirements: z.object({
    /** Diploma and education-level requirements in the postings as they came in. */
    before: z.number().int(),
    /** Replaced by the skills they stand for. */
    translated: z.number().int(),
    /** Kept because the law asks for them. */
    keptByLaw: z.number().int(),
    /** Kept although no law asks for them. */
    keptByChoice: z.number().int(),
    /** Still in the rewritten postings: keptByLaw + keptByChoice. */
    after: z.number().int(),
  }),
  /** Personal qualities moved from the requirements into the person profile. */
  movedToPersonProfile: z.number().int(),
  /** Year counts ("5 jaar ervaring") rewritten as the competence they stood for. */
  yearsToCompetence: z.number().int(),
  /** Wording warnings raised, and those whose line the rewrite changed. */
  warnings: z.object({ raised: z.number().int(), resolved: z.number().int() }),
  learningRoutes: z.object({ formal: z.number().int(), 'non-formal': z.number().int(), informal: z.number().int() }),
});
export type Impact = z.infer<typeof Impact>;

/** The privacy floor: a need is shown only when at least this many employers share it. */
export const MIN_EMPLOYERS = 3;

export const LearningNeedsQuery = z.object({
  teamId: z.string().trim().min(1, 'teamId is empty').max(100),
  minEmployers: z.coerce
    .number()
    .int()
    .min(MIN_EMPLOYERS, `minEmployers is at least ${MIN_EMPLOYERS}: a need is shown only when ${MIN_EMPLOYERS} or more employers share it`)
    .max(1000)
    .default(MIN_EMPLOYERS),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  /** The language of the suggestions. */
  lang: Language.default('nl'),
  format: Format,
});
export type LearningNeedsQuery = z.input<typeof LearningNeedsQuery>;

export const Suggestion = z.object({
  /** A joint form the employers could organise together. */
  form: z.enum(['learning-circle', 'shared-course', 'work-based']),
  text: z.string(),
});
export type Suggestion = z.infer<typeof Suggestion>;

export const LearningNeed = z.object({
  skill: z.object({ uri: z.string(), label: z.string() }),
  /** Different employers whose submitted or approved profiles ask to learn it on the job (never below the floor). */
  employers: z.number().int(),
  profiles: z.number().int(),
  routes: z.array(z.object({ form: LearningForm, title: z.string(), provider: z.string().nullable(), sourceId: z.string().nullable() })),
  suggestion: Suggestion,
});
export type LearningNeed = z.infer<typeof LearningNeed>;

export const LearningNeeds = z.object({
  teamId: z.string(),
  minEmployers: z.number().int(),
  needs: z.array(LearningNeed),
});
export type LearningNeeds = z.infer<typeof LearningNeeds>;
