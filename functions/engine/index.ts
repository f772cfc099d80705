import type { Engine, EngineChoice, Translation, Vacancy } from '../../shared/schemas';
import { getTaxonomy } from '../taxonomy';
import { translateWithClaude, type ClaudeOptions } from './claude';
import type { ClaudeEnv } from './claude/config';
import { translateOffline } from './offline/translate';

export type { Progress, OnProgress } from './claude';

/** Engines this deployment can run: Claude only when a key is configured. */
export function availableEngines(env: ClaudeEnv): Engine[] {
  return env.ANTHROPIC_API_KEY?.trim() ? ['offline', 'claude'] : ['offline'];
}

/**
 * One translation. `offline` always answers from the rules; `claude` asks Claude and falls back to
 * the rules (with `fallback` saying why) when it cannot; `auto` is Claude when a key is configured.
 */
export async function translate(vacancy: Vacancy, choice: EngineChoice, env: ClaudeEnv, options: ClaudeOptions = {}): Promise<Translation> {
  const taxonomy = options.taxonomy ?? getTaxonomy();
  const useClaude = choice === 'claude' || (choice === 'auto' && Boolean(env.ANTHROPIC_API_KEY?.trim()));
  if (!useClaude) return translateOffline(vacancy, taxonomy);
  return translateWithClaude(vacancy, env, { ...options, taxonomy });
}
