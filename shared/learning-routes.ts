/** The contract of POST /v1/learning-routes/match (issue #5): a translation or a gap in, learning routes out. */
import * as z from 'zod';
import { SKILL_URI_PATTERN } from './esco';
import { Language, Region } from './locale';
import { LearningRoute, Translation } from './translation';

export const LearningRouteFilters = z.object({
  /** Place or region; offers without one (national, online) always pass. */
  region: z.string().trim().min(1).max(100).nullish(),
  language: Language.nullish(),
  minEqf: z.number().int().min(1).max(8).nullish(),
  maxEqf: z.number().int().min(1).max(8).nullish(),
  maxCostEur: z.number().min(0).nullish(),
  maxMonths: z.number().min(0).nullish(),
});
export type LearningRouteFilters = z.infer<typeof LearningRouteFilters>;

export const GapInput = z.object({
  skills: z
    .array(
      z.object({
        uri: z.string().regex(SKILL_URI_PATTERN, 'must be an ESCO skill URI (http://data.europa.eu/esco/skill/…)'),
        label: z.string().max(300).optional(),
        weight: z.number().min(0).max(10).default(1),
      }),
    )
    .min(1, 'give at least one skill')
    .max(100, 'at most 100 skills'),
  /** The gap stands for a diploma: include a formal route. */
  diploma: z.boolean().default(false),
  /** Legal-table ids whose diploma the law requires (e.g. "nl.zorg.big34.verzorgende_ig"). */
  legalIds: z.array(z.string().max(100)).max(10).default([]),
  /** CROHO codes or crebos of the programme the vacancy names. */
  programmeCodes: z
    .array(z.string().regex(/^\d{5}$/, 'a CROHO code or crebo has 5 digits'))
    .max(12)
    .default([]),
  eqf: z.number().int().min(1).max(8).nullish(),
});
export type GapInput = z.infer<typeof GapInput>;

export const LearningRoutesMatchRequest = z.union([
  z.object({ translation: Translation, filters: LearningRouteFilters.optional() }),
  // region: the posting's country (#16); 'BE' and 'abroad' get no Dutch programmes or funding.
  z.object({ gap: GapInput, language: Language.default('nl'), region: Region.nullish(), filters: LearningRouteFilters.optional() }),
]);
export type LearningRoutesMatchRequest = z.input<typeof LearningRoutesMatchRequest>;

export const LearningRoutesMatchResponse = z.object({
  routes: z.array(LearningRoute),
  /** Share of the gap's weight the routes cover, 0..1. */
  coverage: z.number(),
  gapSize: z.number().int(),
  /** Gap URIs the taxonomy does not know; they were left out. */
  unknownSkills: z.array(z.string()).default([]),
});
export type LearningRoutesMatchResponse = z.infer<typeof LearningRoutesMatchResponse>;
