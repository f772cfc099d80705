/**
 * The Vaardig API as the e2e specs set up their data: E2E_API points the tests (and the extension,
 * through its settings) at another Worker, for a machine where port 8799 is taken.
 */
import type * as z from 'zod';
import { WORKER_PORT } from '../../playwright.config';

export const API = process.env.E2E_API ?? `http://127.0.0.1:${WORKER_PORT}`;

/** GET (no body) or POST (a JSON body) with a bearer token; the answer parsed by `schema`, an error thrown on any other status than 2xx. */
export async function api<T extends z.ZodType>(schema: T, path: string, token: string, body?: unknown): Promise<z.infer<T>> {
  const response = await fetch(`${API}${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return schema.parse(await response.json());
}
