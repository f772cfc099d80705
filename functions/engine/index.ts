import type { Engine, EngineChoice, Translation, Vacancy } from '../../shared/schemas';
import { getTaxonomy } from '../taxonomy';
import { translateOffline } from './offline/translate';

/** Engines this deployment can run: Claude only when a key is configured. */
export function availableEngines(env: Partial<Env>): Engine[] {
  return env.ANTHROPIC_API_KEY ? ['offline', 'claude'] : ['offline'];
}

export async function translate(vacancy: Vacancy, choice: EngineChoice, env: Partial<Env>): Promise<Translation> {
  // The Claude engine plugs in here (issue #6); until then every choice is answered offline.
  void choice;
  void env;
  return translateOffline(vacancy, getTaxonomy());
}
