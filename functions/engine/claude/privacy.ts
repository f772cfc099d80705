/** What leaves for the model API: the vacancy and the draft with personal data replaced by placeholders (#6). */
import { redact, restoreDeep } from '../../../shared/redact';
import type { Block } from '../../../shared/translation';
import type { Vacancy } from '../../../shared/vacancy';
import type { Answer } from './answer';
import { draftLines, draftText } from './draft';
import type { PostingInput } from './prompt';

export interface Redacted {
  posting: PostingInput;
  placeholders: Record<string, string>;
}

/** Every original the posting's redaction found, replaced by its placeholder wherever it occurs. */
export function hide(text: string, placeholders: Record<string, string>): string {
  const pairs = Object.entries(placeholders).sort(([, a], [, b]) => b.length - a.length);
  return pairs.reduce((out, [key, value]) => (value ? out.split(value).join(key) : out), text);
}

/** The vacancy and the rules' draft blocks of it (`rewritten.blocks` of the offline result). */
export function redactVacancy(vacancy: Vacancy, draft: Block[] = []): Redacted {
  const keep = [vacancy.employer ?? ''].filter(Boolean);
  const { text, placeholders } = redact(vacancy.text, { keep });
  // The draft quotes the posting: the same values become the same placeholders there.
  const lines = draftLines(draft, vacancy.text).map((line) => {
    const { text: own, source, draft: proposal } = line;
    return {
      ...line,
      ...(own === undefined ? {} : { text: hide(own, placeholders) }),
      ...(source === undefined ? {} : { source: hide(source, placeholders) }),
      ...(proposal === undefined ? {} : { draft: hide(proposal, placeholders) }),
    };
  });
  // The title goes as captured: it names a job, not a person.
  return { posting: { text, title: vacancy.title, language: vacancy.language, draft: draftText(lines) }, placeholders };
}

/** Put the originals back wherever the model kept a placeholder (untouched parts such as contact lines). */
export function restoreAnswer(answer: Answer, placeholders: Record<string, string>): Answer {
  return restoreDeep(answer, placeholders);
}
