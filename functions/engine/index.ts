import { detectLanguage } from '../../shared/language';
import type { Language, Region } from '../../shared/locale';
import type { EngineChoice } from '../../shared/translate-request';
import type { Engine, Translation } from '../../shared/translation';
import type { Vacancy } from '../../shared/vacancy';
import { getTaxonomy } from '../taxonomy';
import { translateWithClaude, type ClaudeOptions } from './claude';
import type { ClaudeEnv } from './claude/config';
import { assumedRegion } from './offline/region';
import { warmLegal } from '../legal';
import { warmTaskAbilities } from './offline/task-abilities';
import { translateOffline } from './offline/translate';

export type { Progress, OnProgress } from './claude';

// The engine's own lookups, built while the script starts like the taxonomy's label maps.
warmTaskAbilities(getTaxonomy());
warmLegal();
export { UnknownOccupation } from './offline/translate';

/** Engines this deployment can run: Claude only when a key is configured. */
export function availableEngines(env: ClaudeEnv): Engine[] {
  return env.ANTHROPIC_API_KEY?.trim() ? ['offline', 'claude'] : ['offline'];
}

/**
 * One translation. `offline` always answers from the rules; `claude` asks Claude and falls back to
 * the rules (with `fallback` saying why) when it cannot; `auto` is Claude when a key is configured.
 * `region` is the request's (#16); without it the region is read from the posting. `occupation` is
 * the ESCO occupation the user chose (#15); both engines take it from the offline result.
 */
export async function translate(
  vacancy: Vacancy,
  choice: EngineChoice,
  env: ClaudeEnv,
  options: ClaudeOptions & { region?: Region | null; uiLanguage?: Language | null } = {},
): Promise<Translation> {
  const taxonomy = options.taxonomy ?? getTaxonomy();
  const useClaude = choice === 'claude' || (choice === 'auto' && Boolean(env.ANTHROPIC_API_KEY?.trim()));
  if (!useClaude) return translateOffline(vacancy, taxonomy, { region: options.region, occupation: options.occupation, uiLanguage: options.uiLanguage });
  // Decided once, so that Claude's answer and the offline result it is checked against agree.
  const region = assumedRegion(vacancy, vacancy.language ?? detectLanguage(vacancy.text) ?? 'nl', options.region);
  return { ...(await translateWithClaude(vacancy, env, { ...options, taxonomy, region })), region };
}
