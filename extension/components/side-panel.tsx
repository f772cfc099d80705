import { useState } from 'preact/hooks';
import type { Translation, Vacancy } from '../../shared/schemas';
import { api, ApiError } from '@/lib/api';
import { capturePage, targetTabId } from '@/lib/page';
import { TranslationView } from './translation-view';

type State =
  | { step: 'idle' }
  | { step: 'reading' }
  | { step: 'translating'; vacancy: Vacancy }
  | { step: 'done'; vacancy: Vacancy; translation: Translation }
  | { step: 'error'; message: string; vacancy?: Vacancy };

export function SidePanel() {
  const [state, setState] = useState<State>({ step: 'idle' });
  const [pasted, setPasted] = useState('');
  const busy = state.step === 'reading' || state.step === 'translating';

  async function run(read: () => Promise<Vacancy>) {
    setState({ step: 'reading' });
    let vacancy: Vacancy | undefined;
    try {
      vacancy = await read();
      if (!vacancy.isVacancy) {
        setState({ step: 'error', vacancy, message: `This page does not look like a vacancy. ${vacancy.reason}` });
        return;
      }
      setState({ step: 'translating', vacancy });
      const translation = await (await api()).translate({ vacancy });
      setState({ step: 'done', vacancy, translation });
    } catch (error) {
      const message = error instanceof ApiError ? error.problem.detail : (error as Error).message;
      setState({ step: 'error', message, vacancy });
    }
  }

  const readPage = () => run(async () => capturePage(await targetTabId()));
  const readPasted = () =>
    run(async () => ({
      isVacancy: true, confidence: 1, reason: 'Pasted by the user.', title: null, employer: null,
      location: null, language: null, text: pasted, requirementsText: null, source: 'paste', adapter: null, url: null,
    }));

  return (
    <main>
      <h1>Vaardig</h1>
      <p class="muted">Rewrite diploma requirements as skills; keep what the law requires.</p>
      <div class="row">
        <button type="button" onClick={readPage} disabled={busy}>Read this page</button>
      </div>
      <details>
        <summary>Or paste a vacancy</summary>
        <label for="pasted">Vacancy text</label>
        <textarea id="pasted" rows={6} value={pasted} onInput={(e) => setPasted(e.currentTarget.value)} />
        <button type="button" class="secondary" onClick={readPasted} disabled={busy || !pasted.trim()}>Translate text</button>
      </details>
      <div aria-live="polite">
        {state.step === 'reading' && <p>Reading the page…</p>}
        {state.step === 'translating' && <p>Translating “{state.vacancy.title ?? 'vacancy'}”…</p>}
        {state.step === 'error' && <p class="error" role="alert">{state.message}</p>}
      </div>
      {state.step === 'done' && <TranslationView vacancy={state.vacancy} translation={state.translation} />}
    </main>
  );
}
