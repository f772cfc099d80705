/**
 * `POST /v1/translations?stream=1` (#6): the same translation as server-sent events, so the side
 * panel can show progress while Claude writes. Events: `progress` (a Progress object: the offline
 * result as a preview, request sent, characters received, guards running, fallback) and one final
 * `translation` (the Translation, exactly as the JSON endpoint returns it).
 */
import type { Context } from 'hono';
import { streamSSE } from 'hono/streaming';
import type { Region } from '../../shared/locale';
import type { EngineChoice } from '../../shared/translate-request';
import type { Translation } from '../../shared/translation';
import type { Vacancy } from '../../shared/vacancy';
import type { AppEnv } from '../env';
import { translate, type Progress } from '../engine';

/** Report received characters at most this often, in characters. */
const RECEIVING_STEP = 1000;

export function streamTranslation(
  c: Context<AppEnv>,
  vacancy: Vacancy,
  choice: EngineChoice,
  finish: (translation: Translation) => Promise<Translation>,
  options: { region?: Region | null; occupation?: string | null } = {},
) {
  return streamSSE(
    c,
    async (stream) => {
      // Writes are chained so events arrive in the order the engine reported them.
      let queue = Promise.resolve();
      const send = (event: string, data: unknown) => {
        queue = queue.then(() => stream.writeSSE({ event, data: JSON.stringify(data) }));
      };
      let reported = -RECEIVING_STEP;
      const onProgress = (progress: Progress) => {
        if (progress.stage === 'receiving') {
          if (progress.chars - reported < RECEIVING_STEP) return;
          reported = progress.chars;
        }
        send('progress', progress);
      };
      const translation = await finish(await translate(vacancy, choice, c.env, { ...options, onProgress }));
      send('translation', translation);
      await queue;
    },
    async (error) => {
      console.error(error);
    },
  );
}
