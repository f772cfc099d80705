import { env, exports } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { catalogueStatements } from '../../functions/learning/catalogue-sql';
import { templateRecords } from '../../functions/learning/templates';
import { Translation } from '../../shared/translation';
import { offerRecord } from './offer-fixtures';

// The interface language (#17): what Vaardig explains follows the user, what it writes follows the posting.
const worker = exports.default;

beforeAll(async () => {
  const catalogue = [...templateRecords(), offerRecord('LD-ui', { costEur: 200 }, [0, 1, 2, 3])];
  await env.DB.batch(
    catalogueStatements(catalogue, { name: 'catalogue', hash: 'ui-language-test', loadedAt: new Date().toISOString() }).map((sql) => env.DB.prepare(sql)),
  );
});

// An invented Dutch posting with a diploma, a year count, a trait, a licence and a gendered title.
const POSTING = `Administratief medewerkster

Wat ga je doen
- Het verwerken van facturen
- Het bijhouden van de administratie

Wat vragen wij
- Een afgeronde mbo-opleiding niveau 4
- Minimaal 3 jaar ervaring in een administratieve functie
- Je bent nauwkeurig en stressbestendig
- Rijbewijs B`;

async function translate(body: Record<string, unknown>, headers: Record<string, string> = {}): Promise<Translation> {
  const response = await worker.fetch('http://vaardig.test/v1/translations', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ engine: 'offline', text: POSTING, ...body }),
  });
  expect(response.status).toBe(200);
  return Translation.parse(await response.json());
}

/** Everything Vaardig explains: change reasons, warnings, route explanations. */
const explained = (t: Translation) =>
  [...t.changes.map((c) => c.reason), ...t.warnings.map((w) => w.message), ...t.learningRoutes.map((r) => r.explanation ?? '')].filter(Boolean);
const DUTCH_WORDS = /(?<![\p{L}])(?:de|het|een|van|niet|wordt|blijft|vacature|vaardigheden|kan|je)(?![\p{L}])/iu;
const ENGLISH_WORDS = /(?<![\p{L}])(?:the|and|posting|skills|you|with|required|which)(?![\p{L}])/iu;

describe('uiLanguage (#17)', () => {
  it('explains a Dutch posting in English when the interface is English, and writes the vacancy in Dutch', async () => {
    const t = await translate({ uiLanguage: 'en' });
    const lines = explained(t);
    expect(lines.length).toBeGreaterThanOrEqual(5);
    for (const line of lines) expect(line, line).not.toMatch(DUTCH_WORDS);
    expect(t.uiLanguage).toBe('en');
    expect(t.language).toBe('nl');
    // (The requirement block the rewrite changed is "Wat je meebrengt": Dutch, as the posting.)
    expect(t.rewritten.markdown).toMatch(/Wat je meebrengt/);
  });

  it('explains it in Dutch with "nl"', async () => {
    const t = await translate({ uiLanguage: 'nl' });
    const lines = explained(t);
    expect(lines.length).toBeGreaterThanOrEqual(5);
    for (const line of lines) expect(line, line).not.toMatch(ENGLISH_WORDS);
  });

  it('takes Accept-Language when the request names no interface language', async () => {
    const t = await translate({}, { 'accept-language': 'en-GB,en;q=0.9,nl;q=0.8' });
    expect(t.uiLanguage).toBe('en');
    for (const line of explained(t)) expect(line, line).not.toMatch(DUTCH_WORDS);
  });
});

describe('the legal table in the interface language (#17)', () => {
  const CARE =
    'Verpleegkundige\n\nWat ga je doen?\n- Je verzorgt patiënten op de afdeling.\n\nWat vragen wij?\n- Een BIG-registratie als verpleegkundige\n- Je bent zorgzaam';
  const legalOf = async (uiLanguage: 'nl' | 'en') => (await translate({ text: CARE, uiLanguage })).requirements.find((r) => r.legalBasis)?.legalBasis;

  it('names the legal basis in English for an English interface; the law, its citation and the detail stay Dutch', async () => {
    const [nl, en] = [(await legalOf('nl'))!, (await legalOf('en'))!];
    expect(nl.name).toMatch(/^BIG-registratie/);
    expect(en.name).toMatch(/^BIG registration as/);
    expect(en).toMatchObject({ id: nl.id, law: nl.law, citation: nl.citation, obtainableDetail: nl.obtainableDetail, label: 'required by law' });
  });
});
