/**
 * A translation: what the engine answers for one vacancy — its requirements, the skills and person
 * profile they stand for, learning routes, every change with its reason, and the rewritten text.
 */
import * as z from 'zod';
import { Language, Region } from './locale';

export const RequirementKind = z.enum(['diploma', 'education_level', 'certificate', 'licence', 'experience', 'skill', 'trait', 'language', 'other']);
export type RequirementKind = z.infer<typeof RequirementKind>;

/** Where something came from in the vacancy text: [start, end) character offsets. */
export const Span = z.object({ start: z.number().int().min(0), end: z.number().int().min(0) });
export type Span = z.infer<typeof Span>;

export const LegalBasis = z.object({
  /** Id in Vaardig's legal table, e.g. "nl.zorg.big.verpleegkundige". */
  id: z.string(),
  name: z.string(),
  /** Ready-to-use citation, e.g. "art. 3 en 4 Wet BIG (BWBR0006251)". */
  citation: z.string(),
  law: z.string(),
  article: z.string(),
  bwbr: z.string().nullable(),
  url: z.string().nullable(),
  obtainableAfterHiring: z.boolean(),
  obtainableDetail: z.string(),
  /** How it can be obtained after hiring (the legal table's code): as a trainee, under supervision, within a period … */
  obtainableCode: z.string().optional(),
  /** A diploma or programme the law ties to the job (BIG art. 3, Wet kinderopvang, Wpbr, WVO): no skills replace it. */
  diplomaRequired: z.boolean().optional(),
  /** The profession the entry fits ("verpleegkundige"), when it is tied to one. */
  profession: z.string().nullable().optional(),
  /** The registration or licence a diploma leads to (an id in the legal table). */
  dependsOn: z.string().nullable().optional(),
  /** Whose law: 'NL', another country's code, or 'unknown'. */
  jurisdiction: z.string().optional(),
  /** False for another country's law: kept as written, not checked by Vaardig. */
  verified: z.boolean().optional(),
  /** "wettelijk vereist" / "required by law", or "wettelijk, niet gecontroleerd" / "legal, not verified". */
  label: z.string().optional(),
  /** How long the law asks the document to have been held, in years ("rijbewijs B ten minste 3 jaar"): longer is the employer's demand. */
  minimumYears: z.number().int().positive().optional(),
});
export type LegalBasis = z.infer<typeof LegalBasis>;

export const Requirement = z.object({
  id: z.string(),
  text: z.string(),
  kind: RequirementKind,
  mandatory: z.boolean(),
  /** True when Dutch law requires it for this job: it is kept, never dropped. */
  legal: z.boolean(),
  legalBasis: LegalBasis.nullable().default(null),
  /** The posting itself offers an alternative ("of gelijkwaardig", "or equivalent experience"). */
  alternativeOffered: z.boolean().default(false),
  span: Span.nullable().default(null),
});
export type Requirement = z.infer<typeof Requirement>;

export const Skill = z.object({
  label: z.string(),
  /** ESCO concept URI, or null when the skill could not be grounded (then verified is false). */
  uri: z.string().nullable(),
  requirementIds: z.array(z.string()),
  /** Needed from day one (true) or learnable on the job (false). */
  mustHave: z.boolean(),
  reason: z.string().default(''),
  verified: z.boolean().default(true),
  /** Language of label; "en" in a Dutch translation means the Dutch ESCO label is not available yet. */
  labelLanguage: Language.default('en'),
  untranslated: z.boolean().default(false),
  /** For untranslated skills: the Dutch label of the skill's ESCO group. */
  groupLabel: z.string().nullable().default(null),
});
export type Skill = z.infer<typeof Skill>;

export const PersonProfile = z.object({
  summary: z.string().default(''),
  motivation: z.array(z.string()).default([]),
  values: z.array(z.string()).default([]),
  workingStyle: z.array(z.string()).default([]),
  teamContribution: z.array(z.string()).default([]),
  learningNeeds: z.array(z.string()).default([]),
});
export type PersonProfile = z.infer<typeof PersonProfile>;

export const LearningForm = z.enum(['formal', 'non-formal', 'informal']);
export type LearningForm = z.infer<typeof LearningForm>;

/** Funding or support a small firm may use; data a deployer edits, never current without its date. */
export const FundingHint = z.object({
  id: z.string(),
  name: z.string(),
  summary: z.string(),
  /** Who runs or publishes it, and where to check it. */
  source: z.string(),
  url: z.string().nullable().default(null),
  /** The date the facts were last checked (YYYY-MM-DD); shown with the hint. */
  checked: z.string(),
});
export type FundingHint = z.infer<typeof FundingHint>;

export const LearningRoute = z.object({
  form: LearningForm,
  title: z.string(),
  provider: z.string().nullable().default(null),
  /** Catalogue the route came from: "duo", "mbo", "ooapi", "csv:<name>", "template". */
  source: z.string(),
  /** CROHO code, crebo or catalogue id; null for a template. */
  sourceId: z.string().nullable().default(null),
  /** ESCO URIs of the gap skills it covers. */
  covers: z.array(z.string()).default([]),
  type: z.string().nullable().default(null),
  level: z.string().nullable().default(null),
  url: z.string().nullable().default(null),
  explanation: z.string().default(''),
  /** Funding and support that may apply to this route, each with its source and date (issue #5). */
  funding: z.array(FundingHint).optional(),
});
export type LearningRoute = z.infer<typeof LearningRoute>;

/** One change the engine made, with where it came from and why. */
export const Change = z.object({
  requirementId: z.string().nullable(),
  action: z.enum(['translate', 'keep', 'keep-legal', 'rephrase', 'move-to-profile', 'drop-wording', 'warn']),
  rule: z.string(),
  concept: z.string().nullable().default(null),
  span: Span.nullable().default(null),
  reason: z.string(),
});
export type Change = z.infer<typeof Change>;

export const Warning = z.object({
  code: z.string(),
  message: z.string(),
  span: Span.nullable().default(null),
});
export type Warning = z.infer<typeof Warning>;

/**
 * `score` of the claimed occupation is the calibrated certainty 0..1 that it is the vacancy's (issue #15).
 * `chosen` is true when the user chose it (the request's `occupation`); its score is then 1.
 */
export const Occupation = z.object({ uri: z.string(), label: z.string(), score: z.number().default(1), chosen: z.boolean().optional() });
export type Occupation = z.infer<typeof Occupation>;
/** An occupation the engine considered, with its certainty, for a UI to offer when none was claimed. */
export const OccupationCandidate = z.object({ uri: z.string(), label: z.string(), score: z.number().min(0).max(1) });
export type OccupationCandidate = z.infer<typeof OccupationCandidate>;

/**
 * One block of the rewritten vacancy (issue #14). `kept` is the posting's own text (whitespace
 * normalised, nothing else); `changed` replaces its `source` span of the request text; `added` is
 * new (the rewritten requirements, person profile, legal section). Kept and changed blocks carry
 * their `source`; the panel applies the user's decisions per block id.
 */
export const BlockKind = z.enum(['kept', 'changed', 'added']);
export type BlockKind = z.infer<typeof BlockKind>;
export const BlockRole = z.enum(['heading', 'paragraph', 'item', 'meta']);
export type BlockRole = z.infer<typeof BlockRole>;
export const Block = z.object({
  id: z.string(),
  kind: BlockKind,
  role: BlockRole,
  markdown: z.string(),
  source: Span.optional(),
  requirementIds: z.array(z.string()).default([]),
});
export type Block = z.infer<typeof Block>;

export const Rewritten = z.object({
  /** The blocks rendered in order (`renderMarkdown` in shared/blocks.ts), never a second rewrite. */
  markdown: z.string(),
  blocks: z.array(Block).default([]),
  jsonLd: z.record(z.string(), z.unknown()).nullable().default(null),
  readingLevel: z.string().nullable().default(null),
});
export type Rewritten = z.infer<typeof Rewritten>;

export const Engine = z.enum(['offline', 'claude']);
export type Engine = z.infer<typeof Engine>;

/** What one translation cost at the model API (Claude engine only; issue #6). */
export const Usage = z.object({
  model: z.string(),
  /** Calls made to the API for this translation, a repair attempt included. */
  requests: z.number().int().min(0),
  /** Input tokens billed at the full rate (neither read from nor written to the cache). */
  inputTokens: z.number().int().min(0),
  cacheReadTokens: z.number().int().min(0),
  cacheWriteTokens: z.number().int().min(0),
  outputTokens: z.number().int().min(0),
  /** Estimated cost in US dollars from the model's list prices; null when the model's prices are unknown. */
  costUsd: z.number().min(0).nullable(),
});
export type Usage = z.infer<typeof Usage>;

export const Translation = z.object({
  language: Language,
  /** The language reasons, warnings and route explanations are written in (#17); absent: `language`. */
  uiLanguage: Language.optional(),
  engine: Engine,
  /** Set when a requested engine could not be used and another answered. */
  fallback: z.string().nullable().default(null),
  title: z.string().nullable().default(null),
  occupation: Occupation.nullable().default(null),
  /** The top three occupations considered, best first; `occupation` is null when the first is not certain enough. */
  // Optional in the type as well, so translations written before #15 (and test fixtures) still type-check.
  occupationCandidates: z.array(OccupationCandidate).default([]).optional(),
  /** The region the engine assumed (detected, or as the request set it); null when it could not tell. Optional for fixtures written before #16. */
  region: Region.nullable().default(null).optional(),
  requirements: z.array(Requirement),
  skills: z.array(Skill),
  personProfile: PersonProfile,
  learningRoutes: z.array(LearningRoute).default([]),
  experienceInPlaceOfEducation: z.boolean().default(true),
  rewritten: Rewritten,
  changes: z.array(Change).default([]),
  warnings: z.array(Warning).default([]),
  attribution: z.string(),
  dataVersions: z.record(z.string(), z.string()).default({}),
  /** Tokens and estimated cost, when a model API was called. */
  usage: Usage.optional(),
});
export type Translation = z.infer<typeof Translation>;
