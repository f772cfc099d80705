import { ApiError } from '../../shared/client';
import { NoTabError, PageAccessError } from '../page/errors';
import type { ListedVacancy } from '../page/capture/listing';
import { reasonCode } from '../page/capture/verdict';

/**
 * What went wrong in the side panel, as a kind the panel has its own words for (#17): no browser or
 * API text reaches the interface, since it is English in a Dutch interface and names no way out.
 *
 *   classify(error, { base, signal }): PanelProblem
 *   actionsFor(problem): PanelAction[]   the ways out the panel offers, most useful first
 */

/** Capture read the page and found no vacancy; `reason` is capture's own (English) reason, `listed` the vacancies a listing links to. */
export class NotAVacancyError extends Error {
  constructor(
    readonly reason: string,
    readonly listed: ListedVacancy[] = [],
    readonly language: string | null = null,
  ) {
    super(reason);
    this.name = 'NotAVacancyError';
  }
}

/** A request was stopped: by the user (`cancelled`) or because the API did not answer in time (`timeout`). */
export class StoppedError extends Error {
  constructor(readonly why: 'cancelled' | 'timeout') {
    super(why);
    this.name = 'StoppedError';
  }
}

/** Reasons capture gives for a page that is no vacancy; any other text is "other". */
export const NOT_VACANCY_REASONS = ['chosenNot', 'listing', 'links', 'empty', 'wording', 'other'] as const;
export type NotVacancyReason = (typeof NOT_VACANCY_REASONS)[number];

export type ApiTrouble = 'auth' | 'tooMany' | 'tooLong' | 'unreadable' | 'server';

export type PanelProblem =
  | { kind: 'noAccess' }
  | { kind: 'tabGone' }
  | { kind: 'noTab' }
  /** `listed`: the vacancies a refused listing links to, named in the page's `language` (null: unknown). */
  | { kind: 'notVacancy'; reason: NotVacancyReason; listed?: ListedVacancy[]; language?: string | null }
  | { kind: 'empty' }
  | { kind: 'offline'; base: string }
  | { kind: 'timeout' }
  | { kind: 'cancelled' }
  | { kind: 'api'; trouble: ApiTrouble; status: number }
  | { kind: 'unknown' };

export type PanelAction = 'retry' | 'paste' | 'settings';

function apiTrouble(status: number): ApiTrouble {
  if (status === 401 || status === 403) return 'auth';
  if (status === 429) return 'tooMany';
  if (status === 413) return 'tooLong';
  if (status >= 500 || status === 408) return 'server';
  return 'unreadable';
}

function notVacancyReason(reason: string): NotVacancyReason {
  const code = reasonCode(reason);
  return (NOT_VACANCY_REASONS as readonly string[]).includes(code) ? (code as NotVacancyReason) : 'other';
}

/** The kind of a failure. A request whose `signal` was aborted is judged by why it was aborted, whatever it threw. */
export function classify(error: unknown, { base, signal }: { base: string; signal?: AbortSignal }): PanelProblem {
  if (signal?.aborted) {
    const reason: unknown = signal.reason;
    return reason instanceof StoppedError && reason.why === 'timeout' ? { kind: 'timeout' } : { kind: 'cancelled' };
  }
  if (error instanceof StoppedError) return { kind: error.why === 'timeout' ? 'timeout' : 'cancelled' };
  if (error instanceof PageAccessError) return { kind: error.gone ? 'tabGone' : 'noAccess' };
  if (error instanceof NoTabError) return { kind: 'noTab' };
  if (error instanceof NotAVacancyError) {
    const reason = notVacancyReason(error.reason);
    return error.listed.length > 0 ? { kind: 'notVacancy', reason, listed: error.listed, language: error.language } : { kind: 'notVacancy', reason };
  }
  if (error instanceof ApiError) {
    const { status } = error.problem;
    return status === 0 ? { kind: 'offline', base } : { kind: 'api', trouble: apiTrouble(status), status };
  }
  return { kind: 'unknown' };
}

/** The actions that get the user on: the first is the one the message recommends. */
export function actionsFor(problem: PanelProblem): PanelAction[] {
  switch (problem.kind) {
    case 'noAccess':
      return ['retry', 'paste'];
    case 'tabGone':
    case 'noTab':
    case 'notVacancy':
      return ['paste'];
    case 'empty':
    case 'cancelled':
      return [];
    case 'offline':
    case 'timeout':
      return ['retry', 'settings'];
    case 'api':
      if (problem.trouble === 'auth') return ['settings'];
      if (problem.trouble === 'tooLong') return ['paste'];
      if (problem.trouble === 'server') return ['retry', 'settings'];
      return ['retry', 'paste'];
    case 'unknown':
      return ['retry', 'paste'];
  }
}
