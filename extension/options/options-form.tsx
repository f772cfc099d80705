import { useEffect, useState } from 'preact/hooks';
import { createApiClient, ApiError } from '../../shared/client';
import type { Health } from '../../shared/health';
import { EngineChoice } from '../../shared/translate-request';
import type { Engine } from '../../shared/translation';
import { i18n } from '@/lib/i18n';
import { ApiBase, apiBase, apiToken, engine, plainLanguage, PostingRegion, postingRegion, region, vacancyLanguage, VacancyLanguage } from '@/store/settings';
import { REGIONS } from '@/options/regions';
import { reviewPageUrl } from '../sidepanel/views/review-feedback';

interface Values {
  apiBase: string;
  apiToken: string;
  engine: string;
  vacancyLanguage: string;
  region: string;
  postingRegion: string;
  plainLanguage: boolean;
}

async function load(): Promise<Values> {
  return {
    apiBase: await apiBase.getValue(),
    apiToken: await apiToken.getValue(),
    engine: await engine.getValue(),
    vacancyLanguage: await vacancyLanguage.getValue(),
    region: await region.getValue(),
    postingRegion: await postingRegion.getValue(),
    plainLanguage: await plainLanguage.getValue(),
  };
}

/** The engines the API at this address offers (#17); null when it does not answer. */
async function engineList(base: string): Promise<Engine[] | null> {
  return createApiClient(base)
    .health(AbortSignal.timeout(5_000))
    .then(
      (health) => health.engines,
      () => null,
    );
}

/** Says whether the API answers at the address, and whether it takes the token; passes on what it offers. */
async function testConnection(values: Values, saved: boolean, answered: (health: Health) => void): Promise<string> {
  const client = createApiClient(values.apiBase, { token: values.apiToken || null });
  try {
    const health = await client.health();
    answered(health);
    const me = (client as { me?: () => Promise<unknown> }).me;
    if (values.apiToken && me) {
      try {
        await me();
      } catch (error) {
        if (error instanceof ApiError && (error.problem.status === 401 || error.problem.status === 403)) return i18n.t('options.tokenRejected');
      }
    }
    return saved ? i18n.t('options.answers', [health.version]) : i18n.t('options.testAnswers', [health.version]);
  } catch {
    return saved ? i18n.t('options.noAnswer') : i18n.t('options.testNoAnswer');
  }
}

/**
 * Settings, chosen once: API address and token, engine, language, region, plain language.
 * Long: one form; each setting's field, loading and saving share its state.
 */
export function OptionsForm() {
  const [values, setValues] = useState<Values | null>(null);
  const [message, setMessage] = useState('');
  /** What the API offers; until it answers, only what every API has. */
  const [engines, setEngines] = useState<Engine[] | null>(null);
  useEffect(
    () =>
      void load().then((loaded) => {
        setValues(loaded);
        void engineList(loaded.apiBase).then(setEngines);
      }),
    [],
  );
  if (!values) return null;
  const answered = (health: Health) => setEngines(health.engines);
  // Claude only where the API has it; a saved choice of it stays visible, marked as not offered.
  const claudeOffered = engines?.includes('claude') ?? false;
  const set = (patch: Partial<Values>) => setValues({ ...values, ...patch });

  async function save(event: Event) {
    event.preventDefault();
    const parsed = ApiBase.safeParse(values!.apiBase.trim());
    if (!parsed.success) return setMessage(i18n.t('options.invalidAddress'));
    await apiBase.setValue(parsed.data);
    await apiToken.setValue(values!.apiToken.trim());
    await engine.setValue(EngineChoice.parse(values!.engine));
    await vacancyLanguage.setValue(VacancyLanguage.parse(values!.vacancyLanguage));
    await region.setValue(values!.region);
    await postingRegion.setValue(PostingRegion.parse(values!.postingRegion));
    await plainLanguage.setValue(values!.plainLanguage);
    setMessage(i18n.t('options.saved'));
    setMessage(await testConnection({ ...values!, apiBase: parsed.data }, true, answered));
  }

  async function test() {
    const parsed = ApiBase.safeParse(values!.apiBase.trim());
    if (!parsed.success) return setMessage(i18n.t('options.invalidAddress'));
    setMessage(await testConnection({ ...values!, apiBase: parsed.data }, false, answered));
  }

  return (
    <form onSubmit={save} class="options">
      <h1>{i18n.t('options.heading')}</h1>
      <label for="api-base">{i18n.t('options.apiBase')}</label>
      <input id="api-base" type="text" inputMode="url" autoComplete="url" value={values.apiBase} onInput={(e) => set({ apiBase: e.currentTarget.value })} />
      <label for="api-token">{i18n.t('options.apiToken')}</label>
      <input
        id="api-token"
        type="password"
        autoComplete="off"
        aria-describedby="api-token-hint"
        value={values.apiToken}
        onInput={(e) => set({ apiToken: e.currentTarget.value })}
      />
      <p id="api-token-hint" class="muted">
        {i18n.t('options.apiTokenHint')}
      </p>
      <label for="engine">{i18n.t('options.engine')}</label>
      <select id="engine" data-engines={engines?.join(' ')} value={values.engine} onChange={(e) => set({ engine: e.currentTarget.value })}>
        <option value="auto">{i18n.t('options.engineAuto')}</option>
        <option value="offline">{i18n.t('options.engineOffline')}</option>
        {(claudeOffered || values.engine === 'claude') && (
          <option value="claude">{claudeOffered ? i18n.t('options.engineClaude') : i18n.t('options.engineClaudeMissing')}</option>
        )}
      </select>
      <label for="vacancy-language">{i18n.t('options.language')}</label>
      <select id="vacancy-language" value={values.vacancyLanguage} onChange={(e) => set({ vacancyLanguage: e.currentTarget.value })}>
        <option value="auto">{i18n.t('options.languageAuto')}</option>
        <option value="nl">{i18n.t('options.languageNl')}</option>
        <option value="en">{i18n.t('options.languageEn')}</option>
      </select>
      <label for="posting-region">{i18n.t('options.postingRegion')}</label>
      <select id="posting-region" value={values.postingRegion} onChange={(e) => set({ postingRegion: e.currentTarget.value })}>
        <option value="auto">{i18n.t('options.postingRegionAuto')}</option>
        <option value="NL">{i18n.t('options.postingRegionNl')}</option>
        <option value="BE">{i18n.t('options.postingRegionBe')}</option>
        <option value="abroad">{i18n.t('options.postingRegionAbroad')}</option>
      </select>
      <label for="region">{i18n.t('options.region')}</label>
      <select id="region" value={values.region} onChange={(e) => set({ region: e.currentTarget.value })}>
        <option value="">{i18n.t('options.regionAll')}</option>
        {REGIONS.map((name) => (
          <option key={name} value={name}>
            {name}
          </option>
        ))}
      </select>
      <div class="check">
        <input
          id="plain-language"
          type="checkbox"
          aria-describedby="plain-language-hint"
          checked={values.plainLanguage}
          onChange={(e) => set({ plainLanguage: e.currentTarget.checked })}
        />
        <label for="plain-language">{i18n.t('options.plainLanguage')}</label>
      </div>
      <p id="plain-language-hint" class="muted">
        {i18n.t('options.plainLanguageHint')}
      </p>
      <div class="row">
        <button type="submit" class="primary">
          {i18n.t('options.save')}
        </button>
        <button type="button" class="secondary" onClick={test}>
          {i18n.t('options.test')}
        </button>
      </div>
      <p role="status">{message}</p>
      {/* The review page from the settings (#19): the employer's submitted vacancies, a team's queue. */}
      <p>
        <a href={reviewPageUrl()} target="_blank" rel="noopener" aria-describedby="review-page-hint" data-testid="review-page-link">
          {i18n.t('options.reviewPage')}
        </a>
      </p>
      <p id="review-page-hint" class="muted">
        {i18n.t('options.reviewPageHint')}
      </p>
    </form>
  );
}
