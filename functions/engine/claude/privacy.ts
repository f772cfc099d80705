/** What leaves for the model API: the vacancy with personal data replaced by placeholders (#6). */
import { redact, restoreDeep } from '../../../shared/redact';
import type { Vacancy } from '../../../shared/schemas';
import type { Answer } from './answer';
import type { PostingInput } from './prompt';

export interface Redacted {
  posting: PostingInput;
  placeholders: Record<string, string>;
}

export function redactVacancy(vacancy: Vacancy): Redacted {
  const keep = [vacancy.employer ?? ''].filter(Boolean);
  const { text, placeholders } = redact(vacancy.text, { keep });
  // The title goes as captured: it names a job, not a person.
  return { posting: { text, title: vacancy.title, language: vacancy.language }, placeholders };
}

/** Put the originals back wherever the model kept a placeholder (untouched parts such as contact lines). */
export function restoreAnswer(answer: Answer, placeholders: Record<string, string>): Answer {
  return restoreDeep(answer, placeholders);
}
