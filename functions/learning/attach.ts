/**
 * Every translation gets learning routes from the catalogue, whichever engine answered: the
 * translations router calls this after the engine (D1 in the Worker, memory in the CLI).
 */
import type { Translation } from '../../shared/translation';
import { getTaxonomy } from '../taxonomy';
import { learningRoutesForTranslation } from './match';
import type { CatalogueSource } from './types';

export async function attachLearningRoutes(translation: Translation, source: CatalogueSource): Promise<Translation> {
  try {
    const { routes } = await learningRoutesForTranslation(source, translation, getTaxonomy());
    // An engine's own suggestions stay when the catalogue has nothing better.
    return routes.length ? { ...translation, learningRoutes: routes } : translation;
  } catch (error) {
    console.error('learning routes:', error);
    const message =
      translation.language === 'nl'
        ? 'Leerroutes konden nu niet worden opgezocht; de vertaling is verder compleet.'
        : 'Learning routes could not be looked up just now; the translation is otherwise complete.';
    return { ...translation, warnings: [...translation.warnings, { code: 'routes-unavailable', message, span: null }] };
  }
}
