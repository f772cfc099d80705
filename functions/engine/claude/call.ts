/**
 * One call to the Messages API, streamed: streaming lets the side panel see progress and lets us
 * notice a stalled answer (idle timeout) instead of waiting for the whole deadline.
 */
import type { MessageStreamParams } from '@anthropic-ai/sdk/resources/messages/messages';
import type { MessagesClient } from './client';
import { ModelTimeout } from './faults';
import type { ApiUsage } from './usage';

export interface CallResult {
  text: string;
  usage: ApiUsage;
  stopReason: string | null;
}

export interface CallOptions {
  /** The translation's overall deadline; aborting it ends the call. */
  signal: AbortSignal;
  idleMs: number;
  /** Characters of answer received so far. */
  onText?: (chars: number) => void;
}

export async function callModel(client: MessagesClient, params: MessageStreamParams, options: CallOptions): Promise<CallResult> {
  const controller = new AbortController();
  const stopOnDeadline = () => controller.abort(options.signal.reason);
  options.signal.addEventListener('abort', stopOnDeadline, { once: true });
  let idle: ReturnType<typeof setTimeout> | undefined;
  let idleFired = false;
  const armIdle = () => {
    clearTimeout(idle);
    idle = setTimeout(() => {
      idleFired = true;
      controller.abort();
    }, options.idleMs);
  };

  let chars = 0;
  try {
    const stream = client.messages.stream(params, { signal: controller.signal });
    // The SDK's own timeout covers the wait for headers; from the first event on, the idle timer does.
    stream.on('streamEvent', armIdle);
    stream.on('text', (delta) => {
      chars += delta.length;
      options.onText?.(chars);
    });
    const message = await stream.finalMessage();
    const text = message.content.map((block) => (block.type === 'text' ? block.text : '')).join('');
    return { text, usage: message.usage, stopReason: message.stop_reason };
  } catch (error) {
    if (idleFired) throw new ModelTimeout(`no data for ${options.idleMs} ms`);
    if (options.signal.aborted) throw new ModelTimeout('deadline');
    throw error;
  } finally {
    clearTimeout(idle);
    options.signal.removeEventListener('abort', stopOnDeadline);
  }
}
