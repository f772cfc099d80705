/**
 * Configuration of the Claude engine, read from the Worker's env: the key is a secret
 * (`wrangler secret put ANTHROPIC_API_KEY`), model and base URL are vars in wrangler.toml.
 */

/** Used only when the configuration leaves ANTHROPIC_MODEL empty (e.g. the CLI); keep in step with wrangler.toml. */
export const DEFAULT_MODEL = 'claude-sonnet-4-6';

export interface ClaudeConfig {
  apiKey: string;
  model: string;
  /** Empty means the SDK's default (the real API). */
  baseURL: string | undefined;
  /** Per attempt, until the response headers arrive (the SDK's own timeout). */
  timeoutMs: number;
  /** Longest silence while the answer streams in. */
  idleMs: number;
  /** Everything for one translation, retries and the repair attempt included. */
  deadlineMs: number;
  /** SDK retries with exponential backoff on 408/409/429/5xx/529, honouring retry-after. */
  maxRetries: number;
  maxTokens: number;
  /** Longer vacancies are answered offline: a cost guard (a posting is rarely over 10,000 characters). */
  maxChars: number;
}

/** The part of the Worker's Env (or the CLI's process.env) this engine reads. */
export interface ClaudeEnv {
  ANTHROPIC_API_KEY?: string;
  ANTHROPIC_MODEL?: string;
  ANTHROPIC_BASE_URL?: string;
}

export const DEFAULTS = { timeoutMs: 30_000, idleMs: 30_000, deadlineMs: 90_000, maxRetries: 2, maxTokens: 8192, maxChars: 40_000 };

export function claudeConfig(env: ClaudeEnv, overrides: Partial<ClaudeConfig> = {}): ClaudeConfig | null {
  const apiKey = env.ANTHROPIC_API_KEY?.trim();
  if (!apiKey) return null;
  return {
    apiKey,
    model: env.ANTHROPIC_MODEL?.trim() || DEFAULT_MODEL,
    baseURL: env.ANTHROPIC_BASE_URL?.trim() || undefined,
    ...DEFAULTS,
    ...overrides,
  };
}
