/**
 * The expertise team's workspace calls (#20): batches and insights. The shared client has no
 * endpoints for them yet, and an upload is multipart and an export is CSV, so these are plain
 * fetches with the stored address and token; JSON answers are parsed with the shared schemas,
 * errors are ApiError like the client's, so `errorMessage` says them in the interface language.
 */
import type * as z from 'zod';
import { Batch, BatchAccepted, BatchList } from '../../shared/batches';
import { ApiError } from '../../shared/client';
import { Impact, LearningNeeds } from '../../shared/insights';
import { Problem } from '../../shared/problem';
import { uiLanguage } from '@/lib/i18n';
import { apiBase, apiToken } from '@/store/settings';

async function request(path: string, init: RequestInit = {}, accept = 'application/json'): Promise<Response> {
  const root = (await apiBase.getValue()).replace(/\/+$/, '');
  const token = await apiToken.getValue();
  let response: Response;
  try {
    response = await fetch(`${root}${path}`, { ...init, headers: { accept, ...(token ? { authorization: `Bearer ${token}` } : {}), ...init.headers } });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new ApiError({ type: 'about:blank', title: 'Network error', status: 0, detail: `The Vaardig API at ${root} cannot be reached.` });
  }
  if (response.ok) return response;
  const problem = Problem.safeParse(await response.json().catch(() => null));
  throw new ApiError(
    problem.success ? problem.data : { type: 'about:blank', title: 'Error', status: response.status, detail: `The Vaardig API answered ${response.status}.` },
  );
}

const json = async <T extends z.ZodType>(schema: T, path: string, init?: RequestInit): Promise<z.infer<T>> =>
  schema.parse(await (await request(path, init)).json());

/** Uploads a CSV, JSON Lines or ZIP file as one batch; its items are translated by the queue. */
export function uploadBatch(file: File, submit: boolean, signal?: AbortSignal) {
  const form = new FormData();
  form.set('file', file);
  form.set('submit', String(submit));
  return json(BatchAccepted, '/v1/batches', { method: 'POST', body: form, signal });
}

/** A page of the batches the caller may see, newest first; `cursor` is the page before's `next`. */
export function listBatches(cursor: string | null, limit: number, signal?: AbortSignal) {
  const query = new URLSearchParams({ limit: String(limit), ...(cursor ? { cursor } : {}) });
  return json(BatchList, `/v1/batches?${query}`, { signal });
}

// A failed item's error comes in the page's interface language, not the browser's Accept-Language (#20).
const inPageLanguage = (path: string) => `${path}${path.includes('?') ? '&' : '?'}uiLanguage=${uiLanguage()}`;

export const getBatch = (id: string, signal?: AbortSignal) => json(Batch, inPageLanguage(`/v1/batches/${encodeURIComponent(id)}`), { signal });

/** The results of a batch as CSV, failed items explained in the page's language. */
export const batchResultsCsv = (id: string) => inPageLanguage(`/v1/batches/${encodeURIComponent(id)}/results?format=csv`);

export function getImpact(organizationId: string | undefined, signal?: AbortSignal) {
  const query = new URLSearchParams(organizationId ? { organizationId } : {});
  return json(Impact, `/v1/insights/impact?${query}`, { signal });
}

export function getLearningNeeds(teamId: string, lang: 'nl' | 'en', signal?: AbortSignal) {
  return json(LearningNeeds, `/v1/insights/learning-needs?${new URLSearchParams({ teamId, lang })}`, { signal });
}

/** The API's CSV of `path` saved as `filename`: a plain link cannot carry the token, so it is fetched and handed over as a blob. */
export async function downloadCsv(path: string, filename: string) {
  const blob = await (await request(path, {}, 'text/csv')).blob();
  const url = URL.createObjectURL(blob);
  const link = Object.assign(document.createElement('a'), { href: url, download: filename });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
