import { describe, expect, it } from 'vitest';
import { Answer, parseAnswer } from '../answer';
import { EXAMPLES } from '../examples';

describe('prompt examples', () => {
  it.each(EXAMPLES.map((example, i) => [i + 1, example] as const))('example %i is a valid answer quoting its posting', (_i, example) => {
    expect(Answer.safeParse(example.answer).success).toBe(true);
    for (const requirement of example.answer.requirements) expect(example.posting).toContain(requirement.text);
  });

  it('parses fenced JSON and reports what is wrong', () => {
    expect(parseAnswer('```json\n' + JSON.stringify(EXAMPLES[0]!.answer) + '\n```').ok).toBe(true);
    expect(parseAnswer('{')).toMatchObject({ ok: false, problem: expect.stringMatching(/^not valid JSON/) });
    expect(parseAnswer('{"language":"de"}')).toMatchObject({ ok: false, problem: expect.stringMatching(/^does not match the schema: language/) });
  });
});
