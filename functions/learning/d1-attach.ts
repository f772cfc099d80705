import type { Translation } from '../../shared/translation';
import { attachLearningRoutes } from './attach';
import { D1Catalogue } from './d1-source';

/** For the Worker: routes from D1 (a missing binding leaves the translation as it is). */
export function withLearningRoutes(translation: Translation, env: Partial<Env>): Promise<Translation> {
  return env.DB ? attachLearningRoutes(translation, new D1Catalogue(env.DB)) : Promise.resolve(translation);
}
