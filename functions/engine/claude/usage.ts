import type { Usage } from '../../../shared/translation';
import { estimateCostUsd } from './pricing';

/** The usage block of a Messages API response (cache fields may be absent or null). */
export interface ApiUsage {
  input_tokens: number;
  output_tokens: number;
  cache_read_input_tokens?: number | null;
  cache_creation_input_tokens?: number | null;
}

/** Adds up the usage of every call one translation made. */
export class UsageMeter {
  private usage: Usage;

  constructor(model: string) {
    this.usage = { model, requests: 0, inputTokens: 0, cacheReadTokens: 0, cacheWriteTokens: 0, outputTokens: 0, costUsd: 0 };
  }

  /** Count a call; its tokens are known only when the API answered. */
  add(usage: ApiUsage | null): void {
    const u = this.usage;
    u.requests++;
    if (!usage) return;
    u.inputTokens += usage.input_tokens;
    u.outputTokens += usage.output_tokens;
    u.cacheReadTokens += usage.cache_read_input_tokens ?? 0;
    u.cacheWriteTokens += usage.cache_creation_input_tokens ?? 0;
  }

  get result(): Usage {
    return { ...this.usage, costUsd: estimateCostUsd(this.usage.model, this.usage) };
  }
}
