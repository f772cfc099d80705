/**
 * The Claude engine inside workerd (#6): the real Worker app and the real SDK, talking to the
 * Anthropic stand-in started by claude-global-setup.ts. The key and base URL are given only to
 * these requests, so the other Worker tests keep running offline.
 */
import { env } from 'cloudflare:workers';
import { beforeEach, describe, expect, it } from 'vitest';
import { app } from '../../functions/app';
import { draftFinder, NURSE, nurseAnswer as nurseFor, PII } from '../../functions/engine/claude/__tests__/postings';
import { translateOffline } from '../../functions/engine/offline/translate';
import { getTaxonomy } from '../../functions/taxonomy';
import { renderMarkdown } from '../../shared/blocks';
import { toVacancy } from '../../shared/translate-request';
import { Translation } from '../../shared/translation';

const standIn = (env as unknown as { ANTHROPIC_STAND_IN_URL: string }).ANTHROPIC_STAND_IN_URL;
const claudeEnv = { ...env, ANTHROPIC_API_KEY: 'test-key', ANTHROPIC_BASE_URL: standIn };

const control = (path: string, body?: unknown) =>
  fetch(`${standIn}${path}`, {
    method: body === undefined && path === '/__requests' ? 'GET' : 'POST',
    body: body === undefined ? undefined : JSON.stringify(body),
  });
const post = (query = '') =>
  app.fetch(
    new Request(`http://vaardig.test/v1/translations${query}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: NURSE, title: 'Verpleegkundige VVT', engine: 'claude' }),
    }),
    claudeEnv,
  );

// The engine sends the offline engine's blocks as the draft; the scripted answer names them by what they hold.
const offline = translateOffline(toVacancy({ text: NURSE, title: 'Verpleegkundige VVT' }), getTaxonomy());
const nurseAnswer = () => nurseFor(draftFinder(offline.rewritten.blocks, NURSE));

beforeEach(async () => {
  await control('/__reset', {});
});

describe('POST /v1/translations with Claude (workerd)', () => {
  it('answers with a guarded Claude translation and sends no personal data', async () => {
    await control('/__script', [{ answer: nurseAnswer() }]);
    const response = await post();
    expect(response.status).toBe(200);
    const translation = Translation.parse(await response.json());
    expect(translation.engine).toBe('claude');
    expect(translation.usage?.cacheWriteTokens).toBeGreaterThan(1024);
    expect(translation.requirements.find((r) => /BIG/.test(r.text))).toMatchObject({ legal: true });
    expect(translation.rewritten.markdown).toContain('Jan de Vries');
    // Blocks (#14): the posting's own lines as the rules kept them, the model's text in the others.
    const kept = offline.rewritten.blocks.filter((b) => b.kind === 'kept');
    expect(translation.rewritten.blocks.filter((b) => b.kind === 'kept')).toEqual(kept.map((b) => ({ ...b, requirementIds: expect.any(Array) })));
    expect(translation.rewritten.blocks.some((b) => b.markdown === '- Je blijft rustig als het druk is.\n- Je past je makkelijk aan.')).toBe(true);
    expect(translation.rewritten.markdown).toBe(renderMarkdown(translation.rewritten.blocks, NURSE));
    const sent = JSON.stringify(await (await control('/__requests')).json());
    for (const value of PII.slice(3)) expect(sent).not.toContain(value);
  });

  it('keeps the occupation the user chose (#15): Claude writes, the offline result says the occupation', async () => {
    const taxonomy = getTaxonomy();
    const chosen = taxonomy.occupation(taxonomy.index.occupations.nl.indexOf('ambulanceverpleegkundige'));
    const vacancy = toVacancy({ text: NURSE, title: 'Verpleegkundige VVT' });
    const offlineChosen = translateOffline(vacancy, taxonomy, { occupation: chosen.uri });
    await control('/__script', [{ answer: nurseFor(draftFinder(offlineChosen.rewritten.blocks, NURSE)) }]);
    const response = await app.fetch(
      new Request('http://vaardig.test/v1/translations', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ text: NURSE, title: 'Verpleegkundige VVT', engine: 'claude', occupation: chosen.uri }),
      }),
      claudeEnv,
    );
    const translation = Translation.parse(await response.json());
    expect(translation.engine).toBe('claude');
    expect(offline.occupation?.uri).not.toBe(chosen.uri);
    expect(translation.occupation).toEqual({ uri: chosen.uri, label: 'ambulanceverpleegkundige', score: 1, chosen: true });
    // Claude is told the user's choice.
    expect(JSON.stringify(await (await control('/__requests')).json())).toContain('occupation chosen by the user: ambulanceverpleegkundige (ESCO)');
  });

  it('falls back to the offline engine when the API stays overloaded', async () => {
    await control(
      '/__script',
      Array.from({ length: 3 }, () => ({ status: 529, retryAfterMs: 5 })),
    );
    const translation = Translation.parse(await (await post()).json());
    expect(translation.engine).toBe('offline');
    expect(translation.fallback).toMatch(/overloaded \(HTTP 529\)/);
    expect(translation.requirements.find((r) => /BIG/.test(r.text))).toMatchObject({ legal: true });
  });

  it('streams progress and then the translation with ?stream=1', async () => {
    await control('/__script', [{ answer: nurseAnswer() }]);
    const response = await post('?stream=1');
    expect(response.headers.get('content-type')).toMatch(/text\/event-stream/);
    const events = (await response.text())
      .trim()
      .split('\n\n')
      .map((block) => ({ event: /^event: (.*)$/m.exec(block)?.[1], data: JSON.parse(/^data: (.*)$/m.exec(block)?.[1] ?? 'null') }));
    expect(events.filter((e) => e.event === 'progress').map((e) => e.data.stage)).toEqual(
      expect.arrayContaining(['offline', 'request', 'receiving', 'guards']),
    );
    expect(Translation.parse(events[0]!.data.preview).engine).toBe('offline');
    const last = events[events.length - 1]!;
    expect(last.event).toBe('translation');
    expect(Translation.parse(last.data).engine).toBe('claude');
  });
});
