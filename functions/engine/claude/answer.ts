/**
 * What Claude is asked to return: a slice of the shared Translation schema, built from the
 * shared pieces so both stay one contract. URIs, spans, legal bases, ids of concepts and the
 * sources of blocks are deliberately absent: those come from the taxonomy, the rules and the
 * posting, never from the model.
 */
import { zodOutputFormat } from '@anthropic-ai/sdk/helpers/zod';
import * as z from 'zod';
import { Language } from '../../../shared/locale';
import { Change, PersonProfile, Requirement } from '../../../shared/translation';

export const AnswerRequirement = Requirement.pick({ text: true, kind: true, mandatory: true, legal: true }).extend({
  /** Short id the model chooses ("r1"), used to link skills and changes. */
  id: z.string().min(1),
  alternativeOffered: z.boolean(),
});

export const AnswerSkill = z.object({
  /** The skill in the vacancy's language. */
  label: z.string().min(1),
  /** The English ESCO preferred label when the model knows it, else null; resolved by the taxonomy. */
  escoLabel: z.string().nullable(),
  requirementIds: z.array(z.string()),
  mustHave: z.boolean(),
  reason: z.string(),
});

export const AnswerChange = Change.pick({ requirementId: true, action: true, reason: true });

/**
 * The model's text for one block of the draft it was sent (issue #14), by the draft's block id:
 * a changed or added block rewritten (`''` removes it), or a kept block that holds one of the
 * answer's requirements. Kind, role and source come from the draft, never from the model.
 */
export const AnswerBlock = z.object({
  id: z.string().min(1),
  markdown: z.string(),
  /** The answer's own requirement ids ("r1") the block stands for. */
  requirementIds: z.array(z.string()),
});

/** A block the draft does not have, placed after the draft block `after`; it never has a source. */
export const AnswerNewBlock = z.object({
  after: z.string(),
  role: z.enum(['heading', 'paragraph', 'item']),
  markdown: z.string().min(1),
  requirementIds: z.array(z.string()),
});

export const Answer = z.object({
  language: Language,
  title: z.string().nullable(),
  requirements: z.array(AnswerRequirement),
  skills: z.array(AnswerSkill),
  personProfile: PersonProfile.extend({
    summary: z.string(),
    motivation: z.array(z.string()),
    values: z.array(z.string()),
    workingStyle: z.array(z.string()),
    teamContribution: z.array(z.string()),
    learningNeeds: z.array(z.string()),
  }),
  experienceInPlaceOfEducation: z.boolean(),
  changes: z.array(AnswerChange),
  rewritten: z.object({ blocks: z.array(AnswerBlock), newBlocks: z.array(AnswerNewBlock) }),
});
export type Answer = z.infer<typeof Answer>;
export type AnswerBlock = z.infer<typeof AnswerBlock>;
export type AnswerNewBlock = z.infer<typeof AnswerNewBlock>;
export type AnswerRequirement = z.infer<typeof AnswerRequirement>;

/** The JSON schema sent as `output_config.format` (structured outputs). */
export const answerFormat = (() => {
  const { type, schema } = zodOutputFormat(Answer);
  return { type, schema };
})();

export type ParsedAnswer = { ok: true; answer: Answer } | { ok: false; problem: string };

/** Parse the model's text with the shared schema; the problem text feeds the one repair attempt. */
export function parseAnswer(text: string): ParsedAnswer {
  let json: unknown;
  try {
    json = JSON.parse(text.trim().replace(/^```(?:json)?\s*|\s*```$/g, ''));
  } catch (error) {
    return { ok: false, problem: `not valid JSON (${error instanceof Error ? error.message : String(error)})` };
  }
  const parsed = Answer.safeParse(json);
  if (parsed.success) return { ok: true, answer: parsed.data };
  const issues = parsed.error.issues.slice(0, 8).map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
  return { ok: false, problem: `does not match the schema: ${issues.join('; ')}` };
}
