/**
 * What the stand-in answers when no test scripted an answer: a plain but schema-valid translation
 * built from the posting in the request's document block. It plays an average model, good enough
 * for the bench and the CLI check; tests script the interesting answers themselves.
 */

type Block = { type?: string; source?: { data?: string } };
type Message = { role: string; content: unknown };

/** The text of the request's `index`th document block: 0 the posting, 1 the draft of its rewrite. */
export function documentText(body: Record<string, unknown>, index = 0): string {
  for (const message of (body.messages as Message[] | undefined) ?? []) {
    if (!Array.isArray(message.content)) continue;
    const document = (message.content as Block[]).filter((block) => block.type === 'document')[index];
    if (document?.source?.data) return document.source.data;
  }
  return '';
}

/** The draft's changed and added blocks, each given back with the rules' text, as an average model would. */
function draftBlocks(body: Record<string, unknown>): Array<{ id: string; markdown: string; requirementIds: string[] }> {
  return documentText(body, 1)
    .split('\n')
    .flatMap((line) => {
      try {
        return [JSON.parse(line) as { id: string; kind: string; draft?: string }];
      } catch {
        return [];
      }
    })
    .filter((block) => block.kind !== 'kept' && typeof block.draft === 'string')
    .map((block) => ({ id: block.id, markdown: block.draft!, requirementIds: [] }));
}

const KINDS: Array<[RegExp, string]> = [
  [/\b(mbo|hbo|wo|bachelor|master|diploma|opleiding|degree)\b/i, 'education_level'],
  [/\b(big|rijbewijs|driving licen[cs]e|code 95)\b/i, 'licence'],
  [/\b(vog|vca|certificaat|certificate)\b/i, 'certificate'],
  [/\b(jaar|years?)\b.*\b(ervaring|experience)\b/i, 'experience'],
  [/\b(nederlands|engels|dutch|english)\b/i, 'language'],
  [/\b(je bent|you are|stressbestendig|flexibel|flexible|enthousiast)\b/i, 'trait'],
];

export function defaultAnswer(body: Record<string, unknown>): Record<string, unknown> {
  const text = documentText(body);
  const english = /\b(the|you|and|with)\b/i.test(text) && !/\b(de|het|en|je)\b/i.test(text);
  const bullets = text
    .split('\n')
    .filter((line) => /^\s*[-•*]\s+/.test(line))
    .map((line) => line.replace(/^\s*[-•*]\s+/, '').trim());
  const requirements = bullets.slice(0, 12).map((bullet, i) => {
    const kind = KINDS.find(([pattern]) => pattern.test(bullet))?.[1] ?? 'skill';
    return { id: `r${i + 1}`, text: bullet, kind, mandatory: true, legal: kind === 'licence', alternativeOffered: false };
  });
  const skills = requirements
    .filter((requirement) => requirement.kind === 'skill')
    .map((requirement) => ({
      label: requirement.text,
      escoLabel: null,
      requirementIds: [requirement.id],
      mustHave: true,
      reason: english ? 'Named in the posting.' : 'Genoemd in de vacature.',
    }));
  return {
    language: english ? 'en' : 'nl',
    title: text.split('\n')[0]?.trim() || null,
    requirements,
    skills,
    personProfile: {
      summary: english ? 'Someone who likes to learn and works well with others.' : 'Iemand die graag leert en goed samenwerkt.',
      motivation: [],
      values: [],
      workingStyle: [],
      teamContribution: [],
      learningNeeds: [],
    },
    experienceInPlaceOfEducation: true,
    changes: requirements.map((requirement) => ({
      requirementId: requirement.id,
      action: requirement.kind === 'licence' ? 'keep-legal' : requirement.kind === 'education_level' ? 'translate' : 'keep',
      reason: english ? 'See the posting.' : 'Zie de vacature.',
    })),
    rewritten: { blocks: draftBlocks(body), newBlocks: [] },
  };
}
