import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseYAML as parse } from 'confbox';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../shared/client';
import { REASON } from '../../page/capture/verdict';
import { NoTabError, PageAccessError } from '../../page/errors';
import { actionsFor, classify, NOT_VACANCY_REASONS, NotAVacancyError, StoppedError, type PanelProblem } from '../panel-errors';

const base = 'http://127.0.0.1:8787';
const problem = (status: number, detail = 'The request body is not a valid TranslateRequest.') =>
  new ApiError({ type: 'about:blank', title: 'Bad Request', status, detail });
// What Chromium says when activeTab was not granted on the page (#17).
const denied = new Error('Cannot access contents of url "http://localhost:3000/". Extension manifest must request permission to access this host.');

describe('classify', () => {
  it.each<[string, unknown, PanelProblem]>([
    ['a page the browser will not let Vaardig read', new PageAccessError(false, denied), { kind: 'noAccess' }],
    ['a closed tab', new PageAccessError(true, new Error('No tab with id: 12.')), { kind: 'tabGone' }],
    ['no tab at all', new NoTabError(), { kind: 'noTab' }],
    ['an overview page', new NotAVacancyError(REASON.listing), { kind: 'notVacancy', reason: 'listing' }],
    ['a page without vacancy wording', new NotAVacancyError(REASON.wording), { kind: 'notVacancy', reason: 'wording' }],
    ['a reason capture did not write', new NotAVacancyError('Something new'), { kind: 'notVacancy', reason: 'other' }],
    [
      'an overview with the vacancies it links to',
      new NotAVacancyError(REASON.listing, [{ title: 'Kok', url: 'https://x.nl/vacature/kok' }], 'nl'),
      { kind: 'notVacancy', reason: 'listing', listed: [{ title: 'Kok', url: 'https://x.nl/vacature/kok' }], language: 'nl' },
    ],
    ['an unreachable API', problem(0), { kind: 'offline', base }],
    ['a rejected token', problem(401), { kind: 'api', trouble: 'auth', status: 401 }],
    ['a forbidden request', problem(403), { kind: 'api', trouble: 'auth', status: 403 }],
    ['a rate limit', problem(429), { kind: 'api', trouble: 'tooMany', status: 429 }],
    ['a too large body', problem(413), { kind: 'api', trouble: 'tooLong', status: 413 }],
    ['an invalid request', problem(422), { kind: 'api', trouble: 'unreadable', status: 422 }],
    ['a server error', problem(503), { kind: 'api', trouble: 'server', status: 503 }],
    ['a timeout', new StoppedError('timeout'), { kind: 'timeout' }],
    ['anything else', new TypeError('x is undefined'), { kind: 'unknown' }],
  ])('%s', (_name, error, expected) => {
    expect(classify(error, { base })).toEqual(expected);
  });

  it('judges an aborted request by why it was aborted, not by what the fetch threw', () => {
    const timedOut = new AbortController();
    timedOut.abort(new StoppedError('timeout'));
    // The shared client turns a non-AbortError rejection into "cannot be reached": still a timeout.
    expect(classify(problem(0), { base, signal: timedOut.signal })).toEqual({ kind: 'timeout' });
    const cancelled = new AbortController();
    cancelled.abort(new StoppedError('cancelled'));
    expect(classify(new DOMException('aborted', 'AbortError'), { base, signal: cancelled.signal })).toEqual({ kind: 'cancelled' });
    expect(classify(problem(0), { base, signal: new AbortController().signal })).toEqual({ kind: 'offline', base });
  });

  it('offers a way out for every problem a person can act on', () => {
    expect(actionsFor({ kind: 'noAccess' })).toEqual(['retry', 'paste']);
    expect(actionsFor({ kind: 'notVacancy', reason: 'listing' })).toEqual(['paste']);
    expect(actionsFor({ kind: 'offline', base })).toEqual(['retry', 'settings']);
    expect(actionsFor({ kind: 'timeout' })).toEqual(['retry', 'settings']);
    expect(actionsFor({ kind: 'api', trouble: 'auth', status: 401 })).toEqual(['settings']);
    expect(actionsFor({ kind: 'api', trouble: 'server', status: 500 })).toContain('retry');
  });
});

describe('error messages in both interface languages', () => {
  const load = (name: string) => parse(readFileSync(join(__dirname, '../../locales', name), 'utf8')) as { errors: Record<string, unknown> };
  const kinds = ['noAccess', 'tabGone', 'noTab', 'empty', 'offline', 'timeout', 'cancelled', 'unknown'];
  const troubles = ['auth', 'tooMany', 'tooLong', 'unreadable', 'server'];

  it.each(['en.yml', 'nl.yml'])('%s words every problem, reason and action', (file) => {
    const { errors } = load(file);
    for (const kind of kinds) expect(errors[kind], kind).toEqual(expect.any(String));
    for (const reason of NOT_VACANCY_REASONS) expect((errors.notVacancy as Record<string, unknown>)[reason], reason).toEqual(expect.any(String));
    // A refused listing that names its vacancies points to them (#17).
    for (const reason of ['listingListed', 'linksListed']) expect((errors.notVacancy as Record<string, unknown>)[reason], reason).toEqual(expect.any(String));
    expect((errors.listed as Record<string, string>).heading).toContain('$1');
    for (const trouble of troubles) expect((errors.api as Record<string, string>)[trouble], trouble).toContain('$1');
    for (const action of ['retry', 'paste', 'settings']) expect((errors.action as Record<string, unknown>)[action]).toEqual(expect.any(String));
  });

  it('never passes on what the browser or the API said', () => {
    for (const file of ['en.yml', 'nl.yml']) {
      const text = JSON.stringify(load(file).errors);
      expect(text).not.toMatch(/Cannot access|Extension manifest|Something went wrong: \$1|Er ging iets mis: \$1/);
    }
  });
});
