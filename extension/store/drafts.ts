import type { Translation } from '../../shared/translation';
import type { Vacancy } from '../../shared/vacancy';
import { CardVerdict, Draft, type Stage, type VaardigDb } from './db';
import type { PageRef } from '../page/tab';

const CURRENT = 'currentDraft';
const PASTE = 'pasteText';
const HISTORY_LIMIT = 50;

/** The user's decisions that still apply to a new translation of the same vacancy: those whose requirement it still has (#15). */
export function keptDecisions(decisions: Record<string, CardVerdict>, translation: Translation): Record<string, CardVerdict> {
  const ids = new Set(translation.requirements.map((r) => r.id));
  return Object.fromEntries(Object.entries(decisions).filter(([id]) => ids.has(id)));
}

/**
 * Drafts and history: every change is written as it happens, so nothing is lost on close. Long: the
 * store's methods, each a few lines, share `store` and `now`.
 */
export function drafts(store: VaardigDb, now: () => number = Date.now) {
  async function read(id: string): Promise<Draft | null> {
    const row = await store.drafts.get(id);
    if (!row) return null;
    const parsed = Draft.safeParse(row);
    // A row from an older schema is history we cannot show; never crash the panel on it.
    return parsed.success ? parsed.data : null;
  }

  async function update(id: string, change: (draft: Draft) => Draft): Promise<Draft> {
    return store.transaction('rw', store.drafts, async () => {
      const draft = await read(id);
      if (!draft) throw new Error(`Draft ${id} is gone.`);
      const next = Draft.parse({ ...change(draft), updatedAt: now() });
      await store.drafts.put(next);
      return next;
    });
  }

  return {
    read,
    /** A new draft, in memory: show it first, then `save` it (the panel does not wait for the disk). */
    make(input: { vacancy: Vacancy; translation: Translation; tabId: number | null; page?: PageRef | null }): Draft {
      const time = now();
      return Draft.parse({ id: crypto.randomUUID(), createdAt: time, updatedAt: time, ...input, decisions: {}, stage: 'review' });
    },
    async save(draft: Draft): Promise<Draft> {
      await store.transaction('rw', store.drafts, store.meta, async () => {
        await store.drafts.put(draft);
        await store.meta.put({ key: CURRENT, value: draft.id });
      });
      await this.prune();
      return draft;
    },
    create(input: { vacancy: Vacancy; translation: Translation; tabId: number | null; page?: PageRef | null }): Promise<Draft> {
      return this.save(this.make(input));
    },
    decide: (id: string, requirementId: string, decision: CardVerdict) =>
      update(id, (draft) => ({ ...draft, decisions: { ...draft.decisions, [requirementId]: CardVerdict.parse(decision) } })),
    /** Several decisions in one write: a person-profile card, or "accept all" (#17). */
    decideMany: (id: string, decisions: Record<string, CardVerdict>) =>
      update(id, (draft) => ({
        ...draft,
        decisions: { ...draft.decisions, ...Object.fromEntries(Object.entries(decisions).map(([key, decision]) => [key, CardVerdict.parse(decision)])) },
      })),
    /** The same vacancy translated again (for the occupation the user chose, #15): decisions stay where their requirement does. */
    retranslate: (id: string, translation: Translation) =>
      update(id, (draft) => ({ ...draft, translation, decisions: keptDecisions(draft.decisions, translation) })),
    setStage: (id: string, stage: Stage) => update(id, (draft) => ({ ...draft, stage })),
    markWrittenBack: (id: string, writtenBack: boolean) => update(id, (draft) => ({ ...draft, writtenBack })),
    setReview: (id: string, review: Draft['review']) => update(id, (draft) => ({ ...draft, review })),
    /** The draft the user was working on when the panel closed, if any. */
    async current(): Promise<Draft | null> {
      const row = await store.meta.get(CURRENT);
      return typeof row?.value === 'string' ? read(row.value) : null;
    },
    async open(id: string): Promise<Draft | null> {
      const draft = await read(id);
      if (draft) await store.meta.put({ key: CURRENT, value: id });
      return draft;
    },
    /** Back to the start screen; the draft stays in the history. */
    close: () => store.meta.delete(CURRENT),
    async history(limit = 20): Promise<Draft[]> {
      const rows = await store.drafts.orderBy('updatedAt').reverse().limit(limit).toArray();
      return rows.flatMap((row) => {
        const parsed = Draft.safeParse(row);
        return parsed.success ? [parsed.data] : [];
      });
    },
    async remove(id: string): Promise<void> {
      await store.drafts.delete(id);
    },
    /** Keep the history bounded: the oldest drafts go first. */
    async prune(): Promise<void> {
      const count = await store.drafts.count();
      if (count <= HISTORY_LIMIT) return;
      const old = await store.drafts
        .orderBy('updatedAt')
        .limit(count - HISTORY_LIMIT)
        .primaryKeys();
      await store.drafts.bulkDelete(old);
    },
    async pasteText(): Promise<string> {
      const row = await store.meta.get(PASTE);
      return typeof row?.value === 'string' ? row.value : '';
    },
    savePasteText: (text: string) => store.meta.put({ key: PASTE, value: text }),
  };
}

export type Drafts = ReturnType<typeof drafts>;
