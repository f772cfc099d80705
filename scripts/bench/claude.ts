/**
 * Benchmark section (#6): what the Claude engine's requests cost in tokens, measured against the
 * Anthropic stand-in. The stand-in bills the prompt cache from each request as the API does
 * (prefix up to the cache_control breakpoint, 1,024-token minimum, one token ≈ 4 UTF-8 bytes), so
 * the cached share below follows from what the engine sends, not from a constant. Answers are the
 * stand-in's default (a plain translation about as long as the posting).
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Vacancy } from '../../shared/vacancy';
import { startStandIn } from '../../tests/support/anthropic-stand-in';

interface Figure {
  metric: string;
  value: number;
  unit: string;
  goal?: string;
  baseline?: number;
  note?: string;
}

const root = resolve(import.meta.dirname, '../..');
const MODEL = 'claude-sonnet-4-6';
const LIMIT = 40;

function postings(): Vacancy[] {
  const corpus = process.env.VAARDIG_CORPUS ?? resolve(root, '../shared/corpus/postings.jsonl');
  const records = existsSync(corpus)
    ? readFileSync(corpus, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as { title: string; text: string; lang: 'nl' | 'en' })
    : [{ title: 'Chauffeur', text: 'Chauffeur\n\nWat vragen wij?\n- mbo niveau 2\n- rijbewijs C\n- Je bent flexibel', lang: 'nl' as const }];
  return records
    .slice(0, LIMIT)
    .map((p) => Vacancy.parse({ isVacancy: true, title: p.title, employer: null, location: null, language: p.lang, text: p.text, source: 'text' }));
}

const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);
const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;

/** Long: one benchmark, its set-up, runs and figures together. */
export async function bench(): Promise<{ name: string; figures: Figure[] }> {
  const { translateWithClaude } = await import('../../functions/engine/claude');
  const { CircuitBreaker } = await import('../../functions/engine/claude/breaker');
  const standIn = await startStandIn();
  const env = { ANTHROPIC_API_KEY: 'bench', ANTHROPIC_BASE_URL: standIn.url, ANTHROPIC_MODEL: MODEL };
  const usages = [];
  let fallbacks = 0;
  try {
    for (const vacancy of postings()) {
      const translation = await translateWithClaude(vacancy, env, { breaker: new CircuitBreaker() });
      if (translation.engine !== 'claude') fallbacks++;
      if (translation.usage) usages.push(translation.usage);
    }
  } finally {
    await standIn.close();
  }
  const [first, ...rest] = usages;
  if (!first) throw new Error('no translation reported usage');
  const input = (u: typeof first) => u.inputTokens + u.cacheReadTokens + u.cacheWriteTokens;
  const cachedShare =
    rest.reduce((sum, u) => sum + u.cacheReadTokens, 0) /
    Math.max(
      1,
      rest.reduce((sum, u) => sum + input(u), 0),
    );
  const note = `${usages.length} corpus postings, one after another, against the stand-in`;
  return {
    name: 'claude engine (tokens, stand-in)',
    figures: [
      {
        metric: 'cached share of input tokens after the first request',
        value: round(cachedShare * 100),
        unit: '%',
        goal: '≥ 80 %',
        baseline: round((first.cacheReadTokens / input(first)) * 100),
        note: `baseline: the first request; ${note}`,
      },
      { metric: 'stable prefix (cache write on the first request)', value: first.cacheWriteTokens, unit: 'tokens' },
      { metric: 'input tokens per translation', value: round(mean(usages.map(input)), 0), unit: 'tokens', note: 'cached and uncached' },
      {
        metric: 'uncached input tokens per translation after the first',
        value: round(mean(rest.map((u) => u.inputTokens)), 0),
        unit: 'tokens',
        note: 'the vacancy and the request',
      },
      {
        metric: 'output tokens per translation',
        value: round(mean(usages.map((u) => u.outputTokens)), 0),
        unit: 'tokens',
        note: 'stand-in answers, not Claude’s',
      },
      { metric: 'tokens per translation', value: round(mean(usages.map((u) => input(u) + u.outputTokens)), 0), unit: 'tokens' },
      {
        metric: 'estimated cost per translation after the first',
        value: round(mean(rest.map((u) => u.costUsd ?? 0)) * 100, 2),
        unit: 'US cents',
        baseline: round((first.costUsd ?? 0) * 100, 2),
        note: `${MODEL} list prices; baseline: the first request`,
      },
      { metric: 'fallbacks to offline', value: fallbacks, unit: 'translations' },
    ],
  };
}
