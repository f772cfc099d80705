/**
 * A local HTTP server that plays the Anthropic Messages API (POST /v1/messages), so the real
 * `@anthropic-ai/sdk` can be pointed at it through `baseURL` (issue #6). Answers are scripted per
 * test (a good answer, invalid JSON, a schema violation, errors, slowness); usage is computed from
 * the request itself (see anthropic-usage.ts). Streams when the request asks for it.
 *
 * Run alone for a CLI check: `npx tsx tests/support/anthropic-stand-in.ts [--port 8787] [--answer FILE]`.
 */
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import { defaultAnswer } from './anthropic-default-answer';
import { estimateTokens, PromptCache, type Usage } from './anthropic-usage';

export type Scripted =
  /** An answer: an object is sent as JSON text, a string verbatim (e.g. broken JSON). */
  | { answer: unknown; delayMs?: number; stallMs?: number; stopReason?: string }
  /** An API error: 429 rate limit, 529 overloaded, 500 ... */
  | { status: number; retryAfterMs?: number; message?: string };

export interface RecordedRequest {
  headers: Record<string, string | string[] | undefined>;
  body: Record<string, unknown>;
  usage?: Usage;
}

export interface StandIn {
  url: string;
  requests: RecordedRequest[];
  /** Queue answers for the next requests, in order; when the queue is empty, `respond` answers. */
  script(...items: Scripted[]): void;
  respond: (body: Record<string, unknown>) => Scripted;
  cache: PromptCache;
  close(): Promise<void>;
}

const ERROR_TYPES: Record<number, string> = {
  400: 'invalid_request_error',
  401: 'authentication_error',
  429: 'rate_limit_error',
  500: 'api_error',
  529: 'overloaded_error',
};
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function sendError(response: ServerResponse, item: { status: number; retryAfterMs?: number; message?: string }): void {
  const headers: Record<string, string> = { 'content-type': 'application/json', 'request-id': `req_${Date.now()}` };
  if (item.retryAfterMs !== undefined) headers['retry-after-ms'] = String(item.retryAfterMs);
  response.writeHead(item.status, headers);
  const type = ERROR_TYPES[item.status] ?? 'api_error';
  response.end(JSON.stringify({ type: 'error', error: { type, message: item.message ?? `stand-in: ${type}` } }));
}

function message(body: Record<string, unknown>, text: string, usage: Usage, stopReason: string) {
  return {
    id: `msg_standin_${Date.now()}`,
    type: 'message',
    role: 'assistant',
    model: body.model,
    content: [{ type: 'text', text }],
    stop_reason: stopReason,
    stop_sequence: null,
    usage,
  };
}

async function sendStream(
  response: ServerResponse,
  body: Record<string, unknown>,
  text: string,
  usage: Usage,
  item: { stallMs?: number; stopReason?: string },
): Promise<void> {
  response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
  const event = (type: string, data: unknown) => response.write(`event: ${type}\ndata: ${JSON.stringify(data)}\n\n`);
  const start = message(body, '', { ...usage, output_tokens: 1 }, '');
  event('message_start', { type: 'message_start', message: { ...start, content: [], stop_reason: null } });
  event('content_block_start', { type: 'content_block_start', index: 0, content_block: { type: 'text', text: '' } });
  const pieces = text.match(/[\s\S]{1,400}/g) ?? [];
  for (const [i, piece] of pieces.entries()) {
    if (item.stallMs && i === Math.floor(pieces.length / 2)) await sleep(item.stallMs);
    if (response.destroyed) return;
    event('content_block_delta', { type: 'content_block_delta', index: 0, delta: { type: 'text_delta', text: piece } });
  }
  event('content_block_stop', { type: 'content_block_stop', index: 0 });
  event('message_delta', {
    type: 'message_delta',
    delta: { stop_reason: item.stopReason ?? 'end_turn', stop_sequence: null },
    usage: { output_tokens: usage.output_tokens },
  });
  event('message_stop', { type: 'message_stop' });
  response.end();
}

/** The checks the real API makes that a client is most likely to trip over; null when the request is fine. */
export function invalidRequest(body: Record<string, unknown>): string | null {
  if (typeof body.model !== 'string' || !body.model) return 'model: field required';
  if (typeof body.max_tokens !== 'number' || body.max_tokens < 1) return 'max_tokens: field required';
  if (!Array.isArray(body.messages) || body.messages.length === 0) return 'messages: at least one message is required';
  const breakpoints = JSON.stringify([body.tools, body.system, body.messages]).split('"cache_control"').length - 1;
  if (breakpoints > 4) return `A maximum of 4 blocks with cache_control may be provided. Found ${breakpoints}.`;
  const format = (body.output_config as { format?: { type?: string; schema?: unknown } } | undefined)?.format;
  if (format && (format.type !== 'json_schema' || typeof format.schema !== 'object'))
    return 'output_config.format: expected a json_schema format with a schema';
  return null;
}

export async function startStandIn(options: { port?: number; respond?: StandIn['respond']; cache?: PromptCache } = {}): Promise<StandIn> {
  const queue: Scripted[] = [];
  const standIn: StandIn = {
    url: '',
    requests: [],
    script: (...items) => void queue.push(...items),
    respond: options.respond ?? ((body) => ({ answer: defaultAnswer(body) })),
    cache: options.cache ?? new PromptCache(),
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        // Sockets of clients that timed out mid-answer must not keep the server open.
        server.closeAllConnections();
      }),
  };

  // Control routes for tests that cannot hold this object (Worker tests in workerd):
  // POST /__script with a JSON array of Scripted items, POST /__reset, GET /__requests.
  const control = async (request: IncomingMessage, response: ServerResponse) => {
    const body = request.method === 'POST' ? await readBody(request) : '';
    if (request.url === '/__script') queue.push(...(JSON.parse(body || '[]') as Scripted[]));
    if (request.url === '/__reset') {
      queue.length = 0;
      standIn.requests.length = 0;
      standIn.cache.clear();
    }
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(request.url === '/__requests' ? JSON.stringify(standIn.requests) : '{"ok":true}');
  };

  const server = createServer(async (request, response) => {
    if (request.url?.startsWith('/__')) return control(request, response);
    if (request.method !== 'POST' || !request.url?.startsWith('/v1/messages')) {
      return sendError(response, { status: 404, message: `stand-in: no route ${request.method} ${request.url}` });
    }
    const body = JSON.parse(await readBody(request)) as Record<string, unknown>;
    const recorded: RecordedRequest = { headers: request.headers, body };
    standIn.requests.push(recorded);
    // SDK 1.x sends the key as a bearer token; older clients as x-api-key.
    if (!request.headers['x-api-key'] && !/^Bearer \S/.test(request.headers.authorization ?? '')) {
      return sendError(response, { status: 401, message: 'stand-in: an API key is required' });
    }
    const invalid = invalidRequest(body);
    if (invalid) return sendError(response, { status: 400, message: invalid });
    const item = queue.shift() ?? standIn.respond(body);
    if ('status' in item) return sendError(response, item);
    if (item.delayMs) await sleep(item.delayMs);
    // A client that gave up (timeout) closed the socket: nothing to answer.
    if (response.destroyed || request.socket.destroyed) return;
    const text = typeof item.answer === 'string' ? item.answer : JSON.stringify(item.answer);
    const usage: Usage = { ...standIn.cache.account(body), output_tokens: estimateTokens(text) };
    recorded.usage = usage;
    if (body.stream) return sendStream(response, body, text, usage, item);
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify(message(body, text, usage, item.stopReason ?? 'end_turn')));
  });

  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  standIn.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return standIn;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { port: { type: 'string', default: '8787' }, answer: { type: 'string' } } });
  const fixed = values.answer ? JSON.parse(readFileSync(values.answer, 'utf8')) : null;
  const standIn = await startStandIn({ port: Number(values.port), ...(fixed ? { respond: () => ({ answer: fixed }) } : {}) });
  console.log(`Anthropic stand-in listening on ${standIn.url}`);
}
