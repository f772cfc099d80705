/**
 * A lean Anthropic client: the SDK's own base client with only the Messages API. The full
 * `Anthropic` class bundles every resource (~87 KB gzipped in the Worker); this one ~40 KB,
 * which matters under the Worker's 1 MiB script budget (#4).
 */
import { BaseAnthropic } from '@anthropic-ai/sdk/client';
import { Messages } from '@anthropic-ai/sdk/resources/messages/messages';
import type { ClaudeConfig } from './config';

export class MessagesClient extends BaseAnthropic {
  messages = new Messages(this);
}

export function createClient(config: ClaudeConfig): MessagesClient {
  return new MessagesClient({ apiKey: config.apiKey, baseURL: config.baseURL, maxRetries: config.maxRetries, timeout: config.timeoutMs });
}
