/**
 * Per-item errors a person understands (issue 20): each failed item says what was wrong with it and
 * what to do, in the interface language (`uiLanguage`, else Accept-Language, else English), with its
 * code beside the words. The real Worker, queue and local D1.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { MAX_ITEM_TEXT, BatchResult, type Batch } from '../../shared/batches';
import { parseCsv } from '../../shared/csv';
import { GERMAN_POSTING, NL_POSTING, settled } from './batch-helpers';
import { BASE, call, worker, world, type World } from './profiles-helpers';

const RECIPE = `Appeltaart

Ingrediënten:
- 500 g bloem
- 250 g boter
- 1 kg appels

Verwarm de oven voor op 180 graden. Meng de bloem met de boter en de suiker tot een kruimelig deeg.`;

// Index → the code it fails with (null: translated).
const ITEMS: [unknown, string | null][] = [
  [{ title: 'Magazijnmedewerker', text: NL_POSTING('Magazijnmedewerker'), ref: 'OK' }, null],
  [{ title: 'Zonder tekst', text: '   ', ref: 'E1' }, 'empty_text'],
  [{ title: 'Geen tekstveld', ref: 'E2' }, 'empty_text'],
  [{ title: 'Te lang', text: `Monteur\n${'Je onderhoudt installaties. '.repeat(MAX_ITEM_TEXT / 20)}`, ref: 'E3' }, 'text_too_long'],
  [{ title: 'x'.repeat(501), text: NL_POSTING('Lange titel'), ref: 'E4' }, 'title_too_long'],
  [42, 'not_an_item'],
  [{ title: 'Tekst als getal', text: 12345, ref: 'E6' }, 'not_an_item'],
  [{ title: 'Lagermitarbeiter', text: GERMAN_POSTING, ref: 'E7' }, 'other_language'],
  [{ title: 'Appeltaart', text: RECIPE, ref: 'E8' }, 'not_a_vacancy'],
];

let w: World;
let batch: Batch;
beforeAll(async () => {
  w = await world();
  const created = await call('POST', '/v1/batches', { token: w.tokens.e1member, body: { items: ITEMS.map(([item]) => item) } });
  expect(created.status).toBe(202);
  batch = await settled(w.tokens.e1member, created.body.id);
});

const read = async (query: string, headers: Record<string, string> = {}) => {
  const { status, body } = await call('GET', `/v1/batches/${batch.id}${query}`, { token: w.tokens.e1member, headers });
  expect(status).toBe(200);
  return body as Batch;
};

describe('each failed item says what was wrong and what to do', () => {
  it('fails each bad item with its own code and translates the good one', () => {
    expect(batch).toMatchObject({ status: 'done', total: ITEMS.length, done: 1, failed: ITEMS.length - 1 });
    expect(batch.items.map((item) => item.errorCode ?? null)).toEqual(ITEMS.map(([, code]) => code));
    expect(batch.items[0]).not.toHaveProperty('error');
  });

  it.each([
    ['empty_text', /^The text is empty\. .*upload this item again/, /^De tekst is leeg\. .*upload dit item opnieuw/],
    ['text_too_long', /longer than 256 KB.*Keep only the vacancy itself/, /langer dan 256 KB.*Laat alleen de vacature zelf staan/],
    ['title_too_long', /title is longer than 500 characters/, /titel is langer dan 500 tekens/],
    ['not_an_item', /not a vacancy with a title and a text/, /geen vacature met een titel en een tekst/],
    [
      'other_language',
      /not in Dutch or English.*upload the Dutch or English version/,
      /niet in het Nederlands of het Engels.*upload de Nederlandse of Engelse versie/,
    ],
    [
      'not_a_vacancy',
      /does not read like a vacancy or job profile.*Check that the right text/,
      /leest niet als een vacature of functieprofiel.*Controleer of de juiste tekst/,
    ],
  ])('%s in English by default and in Dutch when asked', async (code, english, dutch) => {
    const indexes = ITEMS.flatMap(([, c], i) => (c === code ? [i] : []));
    const asked = [
      [await read(''), english],
      [await read('', { 'accept-language': 'en-GB,en;q=0.9' }), english],
      [await read('', { 'accept-language': 'nl-NL,nl;q=0.9,en;q=0.8' }), dutch],
      [await read('', { 'accept-language': 'de-DE, en;q=0.5, nl;q=0.7' }), dutch],
      [await read('?uiLanguage=nl'), dutch],
      // The interface's own choice comes before the browser's.
      [await read('?uiLanguage=en', { 'accept-language': 'nl' }), english],
    ] as const;
    for (const [answer, words] of asked) {
      for (const index of indexes) expect(answer.items[index]).toMatchObject({ status: 'failed', errorCode: code, error: expect.stringMatching(words) });
    }
  });

  it('says it in the results too, JSON Lines and CSV', async () => {
    const fetchResults = async (query: string) => {
      const response = await worker.fetch(`${BASE}/v1/batches/${batch.id}/results${query}`, {
        headers: { authorization: `Bearer ${w.tokens.e1member}`, 'accept-language': 'nl' },
      });
      expect(response.status).toBe(200);
      return new TextDecoder().decode(await response.arrayBuffer());
    };
    const lines = (await fetchResults(''))
      .trim()
      .split('\n')
      .map((line) => BatchResult.parse(JSON.parse(line)));
    const dutch = await read('?uiLanguage=nl');
    expect(lines.map((l) => [l.errorCode ?? null, l.error ?? null])).toEqual(dutch.items.map((i) => [i.errorCode ?? null, i.error ?? null]));
    const rows = parseCsv(await fetchResults('?format=csv&uiLanguage=en'));
    const english = await read('');
    expect(rows.slice(1).map((r) => [r[6] || null, r[5] || null])).toEqual(english.items.map((i) => [i.errorCode ?? null, i.error ?? null]));
  });

  it('refuses a language it does not speak', async () => {
    const { status, body } = await call('GET', `/v1/batches/${batch.id}?uiLanguage=de`, { token: w.tokens.e1member });
    expect(status).toBe(400);
    expect(body.errors[0].path).toBe('uiLanguage');
  });

  it('an upload none of whose items can be translated is refused whole, each item said in the asked language', async () => {
    const { status, body } = await call('POST', '/v1/batches', {
      token: w.tokens.e1member,
      body: { items: [{ text: '' }, 7] },
      headers: { 'accept-language': 'nl' },
    });
    expect(status).toBe(400);
    expect(body.errors).toEqual([
      { path: 'items.0', message: expect.stringMatching(/^De tekst is leeg/) },
      { path: 'items.1', message: expect.stringMatching(/^Dit item is geen vacature/) },
    ]);
  });
});
