import { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError } from '@anthropic-ai/sdk/core/error';

/** Thrown when the answer stream goes silent for too long or the translation's deadline passes. */
export class ModelTimeout extends Error {
  constructor(what: string) {
    super(`timed out (${what})`);
    this.name = 'ModelTimeout';
  }
}

/** Why the model could not be used, in words for the Translation's `fallback` field. */
export function describeFault(error: unknown): string {
  if (error instanceof ModelTimeout) return error.message;
  if (error instanceof APIConnectionTimeoutError) return 'timed out waiting for the API';
  if (error instanceof APIUserAbortError) return 'timed out (deadline)';
  if (error instanceof APIError && error.status) {
    const names: Record<number, string> = { 401: 'API key rejected', 403: 'forbidden', 429: 'rate limited', 529: 'overloaded', 500: 'server error' };
    return `${names[error.status] ?? 'API error'} (HTTP ${error.status}), after retries`;
  }
  if (error instanceof APIConnectionError) return 'could not reach the API';
  return error instanceof Error ? error.message : String(error);
}
