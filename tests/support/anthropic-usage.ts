/**
 * Token accounting for the Anthropic stand-in, computed from the request the way the API bills it:
 * the prompt is read in order (output format, tools, system, messages); a block carrying
 * `cache_control` marks a breakpoint; the longest prefix ending at a breakpoint that is already in
 * the cache is read from it, the prefix up to the last breakpoint is written to it when long
 * enough, and everything else is plain input. Tokens are estimated as one per four UTF-8 bytes.
 */
import { createHash } from 'node:crypto';

export interface Usage {
  input_tokens: number;
  cache_creation_input_tokens: number;
  cache_read_input_tokens: number;
  output_tokens: number;
}

interface Segment {
  content: string;
  breakpoint: boolean;
}

export const estimateTokens = (text: string): number => Math.ceil(Buffer.byteLength(text, 'utf8') / 4);

type Block = { type?: string; text?: string; source?: { data?: string }; cache_control?: unknown; [key: string]: unknown };

function blockSegments(content: unknown): Segment[] {
  if (typeof content === 'string') return [{ content, breakpoint: false }];
  if (!Array.isArray(content)) return [];
  return (content as Block[]).map((block) => {
    const { cache_control, ...rest } = block;
    const text =
      block.type === 'text'
        ? (block.text ?? '')
        : block.type === 'document'
          ? `${block.source?.data ?? ''}${JSON.stringify({ ...rest, source: undefined })}`
          : JSON.stringify(rest);
    return { content: text, breakpoint: Boolean(cache_control) };
  });
}

/** The request as an ordered list of segments, each possibly a cache breakpoint. */
export function segments(body: Record<string, unknown>): Segment[] {
  const out: Segment[] = [{ content: String(body.model ?? ''), breakpoint: false }];
  const format = (body.output_config as { format?: unknown } | undefined)?.format;
  if (format) out.push({ content: JSON.stringify(format), breakpoint: false });
  for (const tool of (body.tools as Block[] | undefined) ?? []) {
    const { cache_control, ...rest } = tool;
    out.push({ content: JSON.stringify(rest), breakpoint: Boolean(cache_control) });
  }
  out.push(...blockSegments(body.system));
  for (const message of (body.messages as Array<{ role: string; content: unknown }> | undefined) ?? []) {
    out.push({ content: `\n\n${message.role}:`, breakpoint: false }, ...blockSegments(message.content));
  }
  return out;
}

/** The prompt cache of one stand-in: prefix hash → expiry (5-minute TTL, refreshed on read). */
export class PromptCache {
  private entries = new Map<string, number>();
  constructor(
    readonly minTokens = 1024,
    private readonly ttlMs = 5 * 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  clear(): void {
    this.entries.clear();
  }

  /** Usage of the input side of one request; updates the cache as the API would. */
  account(body: Record<string, unknown>): Omit<Usage, 'output_tokens'> {
    const parts = segments(body);
    const hash = createHash('sha256');
    const prefixes: Array<{ key: string; tokens: number; breakpoint: boolean }> = [];
    let tokens = 0;
    for (const part of parts) {
      hash.update(part.content);
      tokens += estimateTokens(part.content);
      prefixes.push({ key: hash.copy().digest('hex'), tokens, breakpoint: part.breakpoint });
    }
    const total = tokens;
    const breakpoints = prefixes.filter((prefix) => prefix.breakpoint && prefix.tokens >= this.minTokens);
    const now = this.now();
    let read = 0;
    for (const point of [...breakpoints].reverse()) {
      const expiry = this.entries.get(point.key);
      if (expiry !== undefined && expiry > now) {
        read = point.tokens;
        this.entries.set(point.key, now + this.ttlMs);
        break;
      }
    }
    let write = 0;
    const last = breakpoints[breakpoints.length - 1];
    if (last && last.tokens > read) {
      write = last.tokens - read;
      for (const point of breakpoints) this.entries.set(point.key, now + this.ttlMs);
    }
    return { input_tokens: total - read - write, cache_read_input_tokens: read, cache_creation_input_tokens: write };
  }
}
