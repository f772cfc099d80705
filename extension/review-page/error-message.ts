/**
 * An error as a person reads it, in the interface language (#19): the API's problem details are
 * English and name paths and ids, so the review page says what happened by status, never the
 * server's words.
 */
import { ZodError } from 'zod';
import { ApiError } from '../../shared/client';
import { t, type StringKey } from './strings';

const KNOWN = new Set([400, 401, 403, 404, 409, 412, 413, 422, 428, 429, 503]);

export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) {
    const { status } = error.problem;
    if (status === 0) return t('problem.network');
    if (KNOWN.has(status)) return t(`problem.${status}` as StringKey);
    return t('problem.500');
  }
  // A 2xx answer that does not parse: the API and this extension speak different versions.
  if (error instanceof ZodError) return t('problem.contract');
  return t('problem.unknown');
}
