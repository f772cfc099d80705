/**
 * List prices in US dollars per million tokens (5-minute cache writes cost 1.25× input, cache
 * reads 0.1×), for estimating what a translation cost. Unknown models get no estimate.
 */
const PRICES: Array<[RegExp, { input: number; output: number }]> = [
  [/opus-4-[5-9]/, { input: 5, output: 25 }],
  [/opus/, { input: 15, output: 75 }],
  [/sonnet/, { input: 3, output: 15 }],
  [/haiku-4/, { input: 1, output: 5 }],
  [/haiku/, { input: 0.8, output: 4 }],
];

export interface TokenCounts {
  inputTokens: number;
  cacheReadTokens: number;
  cacheWriteTokens: number;
  outputTokens: number;
}

export function estimateCostUsd(model: string, tokens: TokenCounts): number | null {
  const price = PRICES.find(([pattern]) => pattern.test(model))?.[1];
  if (!price) return null;
  const dollars =
    tokens.inputTokens * price.input +
    tokens.cacheWriteTokens * price.input * 1.25 +
    tokens.cacheReadTokens * price.input * 0.1 +
    tokens.outputTokens * price.output;
  return Math.round(dollars) / 1e6;
}
