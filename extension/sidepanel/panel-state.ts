/**
 * The side panel's state: the tab it reads, the vacancy, the draft with its decisions, and every
 * action a view may call (usePanel). Long: one hook holds them, so that the views only render.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Region } from '../../shared/locale';
import type { Vacancy } from '../../shared/vacancy';
import type { ListedVacancy } from '../page/capture/listing';
import { useActiveTab } from './active-tab';
import { api } from '../lib/api';
import { db, type CardVerdict, type Draft, type Stage } from '../store/db';
import { drafts } from '../store/drafts';
import { uiLanguage } from '../lib/i18n';
import { jobTitle, titleLine } from './job-title';
import { capturePage, tabView, targetTabId } from '../page/tab';
import { classify, NotAVacancyError, StoppedError, type PanelProblem } from './panel-errors';
import type { PageRef } from '../page/tab';
import { apiBase, engine, pendingRead, plainLanguage, postingRegion, requestTimeoutMs, vacancyLanguage } from '../store/settings';

export type Busy = { step: 'reading' } | { step: 'translating'; title: string | null } | null;

type Read = { vacancy: Vacancy & { listed?: ListedVacancy[] }; tabId: number | null; page: PageRef | null };
type RunOptions = { region?: Region; occupation?: string };

/** A vacancy read without a job title, waiting for the user to name the job (#17). */
export type TitleQuestion = Read & { options: RunOptions; guess: string };

const store = () => drafts(db());

/** The write of a new draft; later edits of it wait for this. */
let saving: Promise<unknown> = Promise.resolve();

function pasted(text: string, language: Vacancy['language']): Vacancy {
  // The first short line of pasted text is nearly always the job title; when it is not, the panel asks.
  return {
    isVacancy: true,
    confidence: 1,
    reason: '',
    title: titleLine(text),
    employer: null,
    location: null,
    language,
    text,
    requirementsText: null,
    source: 'paste',
    adapter: null,
    url: null,
  };
}

/** A failure as the panel explains it; what the browser or the API said goes to the console only (#17). */
async function explain(error: unknown, signal?: AbortSignal): Promise<PanelProblem> {
  console.warn('Vaardig:', error);
  return classify(error, { base: await apiBase.getValue(), signal });
}

/**
 * One request of the panel: the user can cancel it, and once `arm`ed it gives up after the timeout (#17).
 * A newer request, or a cancel, makes it no longer `current`: then it changes nothing in the panel.
 */
function flight(owner: { current: AbortController | null }) {
  owner.current?.abort(new StoppedError('cancelled'));
  const controller = new AbortController();
  owner.current = controller;
  let timer: ReturnType<typeof setTimeout> | undefined;
  return {
    signal: controller.signal,
    arm: (ms: number) => void (timer = setTimeout(() => controller.abort(new StoppedError('timeout')), ms)),
    current: () => owner.current === controller,
    /** Throws when the user cancelled while the page was being read (capture cannot be stopped). */
    check: () => controller.signal.throwIfAborted(),
    end: () => {
      clearTimeout(timer);
      if (owner.current === controller) owner.current = null;
    },
  };
}

/**
 * The side panel's state: the current draft (resumed from Dexie), progress and errors.
 * Long: one hook holds the panel's state and every action on it, so that the views only render
 * (see the file's top).
 */
export function usePanel() {
  const [draft, setDraft] = useState<Draft | null>(null);
  const [loaded, setLoaded] = useState(false);
  const [busy, setBusy] = useState<Busy>(null);
  const [error, setError] = useState<PanelProblem | null>(null);
  const [plain, setPlain] = useState(false);
  const [question, setQuestion] = useState<TitleQuestion | null>(null);
  /** Bumped when an error's "paste the text" action asks the start view to open its paste field. */
  const [pasteRequest, setPasteRequest] = useState(0);
  /** What the user last asked for, so an error can offer to try it again. */
  const last = useRef<(() => Promise<unknown>) | null>(null);
  /** The request in flight, if any: what Cancel stops. */
  const inFlight = useRef<AbortController | null>(null);
  /** The page the user is on now (#17); a ref too, so reading it does not remake the callbacks. */
  const activeTab = useActiveTab();
  const active = useRef(activeTab);
  active.current = activeTab;

  // `region`: the user's choice in the panel for this vacancy; else the setting; else the API reads it (#16).
  // `occupation`: the ESCO occupation the user chose for it (#15); else the API recognises one.
  const run = useCallback(async (read: () => Promise<Read>, { region, occupation }: RunOptions = {}) => {
    const request = flight(inFlight);
    setError(null);
    setQuestion(null);
    setBusy({ step: 'reading' });
    try {
      // Settings are read while the page is captured, not after.
      const settings = Promise.all([vacancyLanguage.getValue(), engine.getValue(), postingRegion.getValue(), api(), requestTimeoutMs()]);
      const { vacancy: captured, tabId, page } = await read();
      request.check();
      if (!captured.isVacancy) throw new NotAVacancyError(captured.reason, captured.listed, captured.language);
      // A description without a job title (an HR editor's, an ATS page's): the user names the job,
      // from Vaardig's guess when it has one (#17). Nothing is sent before that.
      if (!captured.title?.trim() || !jobTitle(captured)) {
        if (request.current()) setQuestion({ vacancy: captured, tabId, page, options: { region, occupation }, guess: jobTitle(captured) ?? '' });
        return;
      }
      const [language, engineChoice, regionSetting, client, timeout] = await settings;
      const regionChoice = region ?? (regionSetting === 'auto' ? null : regionSetting);
      const vacancy = captured.language || language === 'auto' ? captured : { ...captured, language };
      setBusy({ step: 'translating', title: jobTitle(vacancy) });
      request.arm(timeout);
      // Reasons, warnings and routes come in the panel's language (#17); the vacancy stays in its own.
      const translation = await client.translate(
        { vacancy, engine: engineChoice, uiLanguage: uiLanguage(), ...(regionChoice ? { region: regionChoice } : {}), ...(occupation ? { occupation } : {}) },
        request.signal,
      );
      if (!request.current()) return;
      // Show the result first; the draft is written right after (edits wait for that write).
      const draft = store().make({ vacancy, translation, tabId, page });
      setDraft(draft);
      saving = store().save(draft);
    } catch (caught) {
      if (request.current()) setError(await explain(caught, request.signal));
    } finally {
      if (request.current()) setBusy(null);
      request.end();
    }
  }, []);

  // The tab asked for, else the page the user is on now; trying again reads that same tab.
  const readPage = useCallback(
    (tabId?: number): Promise<void> => {
      const chosen = tabId ?? active.current?.id;
      last.current = () => readPage(chosen);
      return run(async () => {
        const id = chosen ?? (await targetTabId());
        const vacancy = await capturePage(id);
        // The page as its tab shows it, so the panel can name it and write back only while it is still there.
        const tab = await tabView(id);
        const url = tab?.url ?? vacancy.url;
        return { vacancy, tabId: id, page: url ? { title: tab?.title ?? vacancy.title ?? '', url } : null };
      });
    },
    [run],
  );

  const readText = useCallback(
    async (text: string): Promise<void> => {
      if (!text.trim()) return setError({ kind: 'empty' });
      last.current = () => readText(text);
      const language = await vacancyLanguage.getValue();
      await run(async () => ({ vacancy: pasted(text, language === 'auto' ? null : language), tabId: null, page: null }));
    },
    [run],
  );

  useEffect(() => {
    void (async () => {
      setPlain(await plainLanguage.getValue());
      setDraft(await store().current());
      setLoaded(true);
    })();
    const unwatchPlain = plainLanguage.watch((value) => setPlain(value ?? false));
    // The context menu asks the panel to read a tab: on open, and while the panel is open.
    const consume = async (request: { tabId: number } | null) => {
      if (!request) return;
      await pendingRead.setValue(null);
      void readPage(request.tabId);
    };
    void pendingRead.getValue().then(consume);
    const unwatchRead = pendingRead.watch(consume);
    return () => {
      unwatchPlain();
      unwatchRead();
    };
  }, [readPage]);

  const update = useCallback(
    async (change: (id: string) => Promise<Draft>) => {
      if (!draft) return;
      await saving;
      setDraft(await change(draft.id));
    },
    [draft],
  );

  // The same draft translated again for the occupation the user chose (#15), in the region it was
  // translated for: the user's decisions stay where their requirement still exists.
  const changeOccupation = useCallback(
    async (uri: string): Promise<boolean> => {
      if (!draft) return false;
      last.current = () => changeOccupation(uri);
      const request = flight(inFlight);
      setError(null);
      setBusy({ step: 'translating', title: jobTitle(draft.vacancy, draft.translation) });
      try {
        const [engineChoice, client, timeout] = await Promise.all([engine.getValue(), api(), requestTimeoutMs()]);
        const region = draft.translation.region ?? null;
        request.arm(timeout);
        const translation = await client.translate(
          { vacancy: draft.vacancy, engine: engineChoice, uiLanguage: uiLanguage(), occupation: uri, ...(region ? { region } : {}) },
          request.signal,
        );
        if (!request.current()) return false;
        await saving;
        setDraft(await store().retranslate(draft.id, translation));
        return true;
      } catch (caught) {
        if (request.current()) setError(await explain(caught, request.signal));
        return false;
      } finally {
        if (request.current()) setBusy(null);
        request.end();
      }
    },
    [draft],
  );

  /** Translate the same vacancy again for another region (#16). */
  /** The job title the user gave a vacancy read without one: now it is rewritten. */
  const answerTitle = useCallback(
    (title: string): Promise<void> => {
      if (!question || !title.trim()) return Promise.resolve();
      const { vacancy, tabId, page, options } = question;
      const go = () => run(async () => ({ vacancy: { ...vacancy, title: title.trim() }, tabId, page }), options);
      last.current = go;
      return go();
    },
    [question, run],
  );

  const changeRegion = useCallback(
    (region: Region): Promise<void> => {
      if (!draft) return Promise.resolve();
      last.current = () => changeRegion(region);
      return run(async () => ({ vacancy: draft.vacancy, tabId: draft.tabId, page: draft.page }), {
        region,
        // An occupation the user chose stays chosen (#15).
        occupation: draft.translation.occupation?.chosen ? draft.translation.occupation.uri : undefined,
      });
    },
    [draft, run],
  );

  return {
    draft,
    loaded,
    busy,
    error,
    plain,
    pasteRequest,
    activeTab,
    question,
    answerTitle,
    /** Back to the start without rewriting the vacancy that had no title. */
    dismissQuestion: () => setQuestion(null),
    readPage: () => readPage(),
    /** Reads the page the user is on now instead of the one the vacancy came from (#17). */
    readActive: () => readPage(active.current?.id),
    readText,
    changeRegion,
    changeOccupation,
    decide: (requirementId: string, decision: CardVerdict) => update((id) => store().decide(id, requirementId, decision)),
    decideMany: (decisions: Record<string, CardVerdict>) => update((id) => store().decideMany(id, decisions)),
    setStage: (stage: Stage) => update((id) => store().setStage(id, stage)),
    markWrittenBack: (written: boolean) => update((id) => store().markWrittenBack(id, written)),
    setReview: (review: Draft['review']) => update((id) => store().setReview(id, review)),
    open: async (id: string) => setDraft(await store().open(id)),
    startOver: async () => {
      await store().close();
      setDraft(null);
      setError(null);
      setQuestion(null);
    },
    /** Stops the request in flight: the panel is free at once, and nothing changes. */
    cancel: () => {
      const controller = inFlight.current;
      if (!controller) return;
      inFlight.current = null;
      controller.abort(new StoppedError('cancelled'));
      setBusy(null);
      setError({ kind: 'cancelled' });
    },
    /** An error's way out: do again what failed. */
    retry: () => last.current?.(),
    /** An error's way out: type or paste the vacancy instead of reading the page. */
    pasteInstead: async () => {
      if (draft) {
        await store().close();
        setDraft(null);
      }
      setError(null);
      setQuestion(null);
      setPasteRequest((count) => count + 1);
    },
    /** Plain-language mode, switched in the panel itself (#17); the settings page shows the same choice. */
    setPlain: async (value: boolean) => {
      setPlain(value);
      await plainLanguage.setValue(value);
    },
    /** An error's way out: the settings (API address, token). */
    openSettings: () => browser.runtime.openOptionsPage(),
  };
}

export type PanelState = ReturnType<typeof usePanel>;
