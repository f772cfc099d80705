import { describe, expect, it } from 'vitest';
import { Answer, parseAnswer } from '../answer';
import { EXAMPLES } from '../examples';

describe('prompt examples', () => {
  it.each(EXAMPLES.map((example, i) => [i + 1, example] as const))('example %i is a valid answer quoting its posting', (_i, example) => {
    expect(Answer.safeParse(example.answer).success).toBe(true);
    for (const requirement of example.answer.requirements) expect(example.posting).toContain(requirement.text);
  });

  it.each(EXAMPLES.map((example, i) => [i + 1, example] as const))(
    'example %i names only draft blocks, and a kept one only where it holds a requirement',
    (_i, example) => {
      const ids = new Set(example.draft.map((line) => line.id));
      for (const block of example.answer.rewritten.newBlocks) expect(ids).toContain(block.after);
      for (const block of example.answer.rewritten.blocks) {
        const line = example.draft.find((l) => l.id === block.id)!;
        expect(line, block.id).toBeDefined();
        if (line.kind === 'kept')
          expect(example.answer.requirements.some((r) => line.text!.includes(r.text) && block.requirementIds.includes(r.id))).toBe(true);
      }
      // The draft's kept text is the posting's, line for line.
      for (const line of example.draft.filter((l) => l.kind === 'kept')) expect(example.posting).toContain(line.text!.replace(/^### /, ''));
    },
  );

  it('parses fenced JSON and reports what is wrong', () => {
    expect(parseAnswer('```json\n' + JSON.stringify(EXAMPLES[0]!.answer) + '\n```').ok).toBe(true);
    expect(parseAnswer('{')).toMatchObject({ ok: false, problem: expect.stringMatching(/^not valid JSON/) });
    expect(parseAnswer('{"language":"de"}')).toMatchObject({ ok: false, problem: expect.stringMatching(/^does not match the schema: language/) });
  });
});
