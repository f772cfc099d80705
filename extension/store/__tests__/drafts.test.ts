import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { VaardigDb } from '../db';
import { drafts } from '../drafts';
import { translation, vacancy } from '../../sidepanel/__tests__/translation-fixture';

let store: VaardigDb;
let clock = 1_000;
beforeEach(async () => {
  store = new VaardigDb(`test-${crypto.randomUUID()}`);
  clock = 1_000;
});
const make = () => drafts(store, () => clock++);

describe('drafts', () => {
  it('saves every decision as it happens and resumes after a restart', async () => {
    const draft = await make().create({ vacancy, translation, tabId: 7 });
    await make().decide(draft.id, 'r1', { status: 'edited', text: 'Eigen woorden' });
    await make().setStage(draft.id, 'finish');
    store.close();

    // A new database object on the same name stands in for a restarted browser.
    store = new VaardigDb(store.name);
    const resumed = await make().current();
    expect(resumed?.id).toBe(draft.id);
    expect(resumed?.decisions.r1).toEqual({ status: 'edited', text: 'Eigen woorden' });
    expect(resumed?.stage).toBe('finish');
    expect(resumed?.tabId).toBe(7);
  });

  it('closing a draft returns to the start but keeps it in the history', async () => {
    const first = await make().create({ vacancy, translation, tabId: null });
    await make().create({ vacancy, translation, tabId: null });
    await make().close();
    expect(await make().current()).toBeNull();
    const history = await make().history();
    expect(history).toHaveLength(2);
    expect((await make().open(first.id))?.id).toBe(first.id);
    expect((await make().current())?.id).toBe(first.id);
  });

  it('skips rows that no longer match the schema instead of crashing', async () => {
    await store.drafts.put({ id: 'broken', updatedAt: 5 } as never);
    await make().create({ vacancy, translation, tabId: null });
    expect(await make().history()).toHaveLength(1);
    expect(await make().read('broken')).toBeNull();
  });

  it('keeps the text being pasted', async () => {
    await make().savePasteText('Wij zoeken een kok');
    expect(await make().pasteText()).toBe('Wij zoeken een kok');
  });

  it('translated again for another occupation, keeps the decisions whose requirement is still there (#15)', async () => {
    const draft = await make().create({ vacancy, translation, tabId: 3 });
    await make().decide(draft.id, 'r1', { status: 'rejected' });
    await make().decide(draft.id, 'r4', { status: 'edited', text: 'Je werkt graag samen' });
    const occupation = { uri: 'http://data.europa.eu/esco/occupation/x', label: 'heftruckchauffeur', score: 1, chosen: true };
    const again = { ...translation, occupation, requirements: translation.requirements.filter((r) => r.id !== 'r4') };
    const next = await make().retranslate(draft.id, again);
    expect(next.id).toBe(draft.id);
    expect(next.translation.occupation).toEqual(occupation);
    expect(next.decisions).toEqual({ r1: { status: 'rejected' } });
    expect((await make().current())?.decisions).toEqual({ r1: { status: 'rejected' } });
    expect(await make().history()).toHaveLength(1);
  });

  it('bounds the history', async () => {
    for (let i = 0; i < 53; i++) await make().create({ vacancy, translation, tabId: null });
    expect(await store.drafts.count()).toBe(50);
  });
});
