/**
 * An error as a person reads it, in the interface language (#19): the API's problem details are
 * English and name paths and ids, so the review page says what happened by status, never the
 * server's words.
 */
import { ZodError } from 'zod';
import { ApiError } from '../../shared/client';
import { i18n } from '@/lib/i18n';

const KNOWN = [400, 401, 403, 404, 409, 412, 413, 422, 428, 429, 503] as const;

export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) {
    const { status } = error.problem;
    if (status === 0) return i18n.t('reviewPage.problem.network');
    const known = KNOWN.find((code) => code === status);
    if (known) return i18n.t(`reviewPage.problem.${known}`);
    return i18n.t('reviewPage.problem.500');
  }
  // A 2xx answer that does not parse: the API and this extension speak different versions.
  if (error instanceof ZodError) return i18n.t('reviewPage.problem.contract');
  return i18n.t('reviewPage.problem.unknown');
}
