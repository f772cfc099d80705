/**
 * The Claude engine (#6): same interface as the offline engine, and never worse than it. The
 * offline result is computed first; Claude's answer is validated, grounded and guarded against
 * it; whenever the model cannot be used, the offline result is returned with `fallback` set.
 */
import type { Region } from '../../../shared/locale';
import { Translation } from '../../../shared/translation';
import type { Vacancy } from '../../../shared/vacancy';
import { getTaxonomy, type Taxonomy } from '../../taxonomy';
import { readingLevel } from '../offline/reading-level';
import { translateOffline } from '../offline/translate';
import { parseAnswer, type Answer } from './answer';
import { assemble, writeBlocks } from './assemble';
import { type CircuitBreaker, defaultBreaker } from './breaker';
import { callModel } from './call';
import { createClient } from './client';
import { claudeConfig, type ClaudeConfig, type ClaudeEnv } from './config';
import { describeFault } from './faults';
import { guardDiplomas } from './guard-diploma';
import { guardLanguage } from './guard-language';
import { guardLegal } from './guard-legal';
import { redactVacancy, restoreAnswer } from './privacy';
import type { OnProgress } from './progress';
import { buildRequest, postingMessage, repairMessages } from './prompt';
import { UsageMeter } from './usage';

export type { Progress, OnProgress } from './progress';

export interface ClaudeOptions {
  taxonomy?: Taxonomy;
  breaker?: CircuitBreaker;
  onProgress?: OnProgress;
  /** Timeouts, retries and limits; tests shorten them. */
  config?: Partial<ClaudeConfig>;
  /** The posting's region, when the request set it (#16). */
  region?: Region | null;
  /** The ESCO occupation the user chose (#15): the offline result claims it, and the answer keeps it. */
  occupation?: string | null;
}

type Outcome = { ok: true; answer: Answer } | { ok: false; reason: string; unavailable: boolean };

async function askClaude(
  config: ClaudeConfig,
  vacancy: Vacancy,
  offline: Translation,
  meter: UsageMeter,
  onProgress?: OnProgress,
): Promise<Outcome & { placeholders: Record<string, string> }> {
  const client = createClient(config);
  const { posting, placeholders } = redactVacancy(vacancy, offline.rewritten.blocks);
  // The user's choice of occupation (#15) is said, so that the skills Claude writes are that job's.
  const first = postingMessage({ ...posting, occupation: offline.occupation?.chosen ? offline.occupation.label : null });
  const deadline = AbortSignal.timeout(config.deadlineMs);
  const onText = (chars: number) => onProgress?.({ stage: 'receiving', chars });
  try {
    onProgress?.({ stage: 'request', attempt: 'first' });
    const reply = await callModel(client, buildRequest(config, [first]), { signal: deadline, idleMs: config.idleMs, onText });
    meter.add(reply.usage);
    // A cut-off or refused answer would only be cut off or refused again: no repair attempt.
    if (reply.stopReason === 'max_tokens' || reply.stopReason === 'refusal') {
      return { ok: false, reason: `answer ended early (${reply.stopReason})`, unavailable: false, placeholders };
    }
    let parsed = parseAnswer(reply.text);
    if (parsed.ok) return { ok: true, answer: parsed.answer, placeholders };

    const problem = parsed.problem;
    onProgress?.({ stage: 'request', attempt: 'repair' });
    const repaired = await callModel(client, buildRequest(config, repairMessages(first, reply.text, problem)), {
      signal: deadline,
      idleMs: config.idleMs,
      onText,
    });
    meter.add(repaired.usage);
    parsed = parseAnswer(repaired.text);
    if (parsed.ok) return { ok: true, answer: parsed.answer, placeholders };
    return { ok: false, reason: `answer invalid after one repair attempt (first: ${problem}; repair: ${parsed.problem})`, unavailable: false, placeholders };
  } catch (error) {
    meter.add(null);
    return { ok: false, reason: describeFault(error), unavailable: true, placeholders };
  }
}

export async function translateWithClaude(vacancy: Vacancy, env: ClaudeEnv, options: ClaudeOptions = {}): Promise<Translation> {
  const taxonomy = options.taxonomy ?? getTaxonomy();
  const breaker = options.breaker ?? defaultBreaker;
  const { onProgress } = options;
  const offline = translateOffline(vacancy, taxonomy, { region: options.region, occupation: options.occupation });
  onProgress?.({ stage: 'offline', detail: 'rules and taxonomy done', preview: offline });
  const fallback = (reason: string, extra: Partial<Translation> = {}): Translation => {
    onProgress?.({ stage: 'fallback', detail: reason });
    return { ...offline, fallback: `claude: ${reason}; offline result`, ...extra };
  };

  const config = claudeConfig(env, options.config);
  if (!config) return fallback('no ANTHROPIC_API_KEY configured');
  if (vacancy.text.length > config.maxChars) return fallback(`vacancy too long for the model (${vacancy.text.length} characters, limit ${config.maxChars})`);
  const paused = breaker.pausedFor();
  if (paused > 0) return fallback(`paused for ${Math.ceil(paused / 1000)} s after repeated API failures`);

  const meter = new UsageMeter(config.model);
  const outcome = await askClaude(config, vacancy, offline, meter, onProgress);
  if (!outcome.ok) {
    if (outcome.unavailable) breaker.failure();
    return fallback(outcome.reason, { usage: meter.result });
  }
  breaker.success();

  onProgress?.({ stage: 'guards', detail: 'grounding skills, re-imposing legal requirements, holding the text to the posting, checking language and links' });
  const answer = restoreAnswer(outcome.answer, outcome.placeholders);
  let translation = assemble(answer, offline, vacancy, taxonomy, meter.result);
  translation = guardLanguage(translation, offline);
  translation = guardLegal(translation, offline);
  translation = guardDiplomas(translation, offline);
  const written = writeBlocks(answer, translation, offline, vacancy, outcome.placeholders);
  if ('problem' in written) return fallback(`the answer's blocks do not fit the posting (${written.problem})`, { usage: meter.result });
  translation = written.translation;
  const level = readingLevel(translation.rewritten.markdown, translation.language);
  translation.rewritten = {
    ...translation.rewritten,
    readingLevel: `${level.band} (${translation.language === 'nl' ? 'Flesch-Douma' : 'Flesch'} ${level.score})`,
  };
  const checked = Translation.safeParse(translation);
  if (!checked.success)
    return fallback(`guarded answer failed the Translation schema (${checked.error.issues[0]?.message ?? 'unknown'})`, { usage: meter.result });
  return checked.data;
}
