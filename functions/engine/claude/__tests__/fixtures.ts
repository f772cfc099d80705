/**
 * Postings, scripted answers and a harness for the Claude engine's tests: the real engine and
 * the real SDK against the Anthropic stand-in (tests/support/anthropic-stand-in.ts).
 */
import { expect } from 'vitest';
import { startStandIn, type StandIn } from '../../../../tests/support/anthropic-stand-in';
import { renderMarkdown } from '../../../../shared/blocks';
import { toVacancy } from '../../../../shared/translate-request';
import { Translation } from '../../../../shared/translation';
import type { Vacancy } from '../../../../shared/vacancy';
import { getTaxonomy } from '../../../taxonomy';
import { translateOffline } from '../../offline/translate';
import { CircuitBreaker } from '../breaker';
import type { ClaudeConfig } from '../config';
import { translateWithClaude, type Progress } from '../index';
import { sameRequirement } from '../spans';

import { draftFinder, type DraftFinder } from './postings';

export { LOGISTICS, NURSE, PII, logisticsAnswer, nurseAnswer, type DraftFinder } from './postings';

/**
 * Limits for tests: generous enough for a loaded machine (a request that times out would consume
 * the scripted answer and retry against the default one); fault tests shorten them further.
 */
export const FAST: Partial<ClaudeConfig> = { timeoutMs: 5000, idleMs: 5000, deadlineMs: 20_000, maxRetries: 2 };

export const vacancy = (text: string, title: string | null = null): Vacancy => toVacancy({ text, title });
export const offlineOf = (v: Vacancy) => translateOffline(v, getTaxonomy());
/** The draft blocks the engine sends for `v`, found by what they hold. */
export const finderOf = (v: Vacancy): DraftFinder => draftFinder(offlineOf(v).rewritten.blocks, v.text);

export interface Harness {
  standIn: StandIn;
  breaker: CircuitBreaker;
  progress: Progress[];
  run(v: Vacancy, config?: Partial<ClaudeConfig>): Promise<Translation>;
}

export async function harness(): Promise<Harness> {
  const standIn = await startStandIn();
  const h: Harness = {
    standIn,
    breaker: new CircuitBreaker(3, 60_000),
    progress: [],
    async run(v, config = FAST) {
      const env = { ANTHROPIC_API_KEY: 'test-key', ANTHROPIC_BASE_URL: standIn.url, ANTHROPIC_MODEL: 'claude-sonnet-4-6' };
      const result = await translateWithClaude(v, env, { breaker: h.breaker, config, onProgress: (p) => h.progress.push(p) });
      // Every result, whatever happened, is a valid Translation.
      return Translation.parse(result);
    },
  };
  return h;
}

/**
 * The blocks of every result (#14): each of the posting's own blocks is there, in order, exactly as
 * the rules kept it; a changed block replaces a source the rules gave; nothing new has a source;
 * every block links to requirements the translation has; the Markdown is the blocks rendered.
 */
export function expectBlocks(result: Translation, offline: Translation, text: string): void {
  const blocks = result.rewritten.blocks;
  const draft = new Map(offline.rewritten.blocks.map((b) => [b.id, b]));
  const keptIds = (list: Translation['rewritten']['blocks']) => list.filter((b) => b.kind === 'kept').map((b) => b.id);
  const kept = keptIds(offline.rewritten.blocks);
  expect(
    keptIds(blocks).every((id) => kept.includes(id)),
    "kept blocks are the rules' kept blocks",
  ).toBe(true);
  // A kept line leaves the kept set only by becoming a changed block on its own source.
  const survived = kept.filter((id) => blocks.some((b) => b.id === id));
  expect(survived, 'every kept line stays').toEqual(kept);
  expect(
    blocks.filter((b) => survived.includes(b.id)).map((b) => b.id),
    'in order',
  ).toEqual(survived);
  for (const block of blocks) {
    const own = draft.get(block.id);
    if (block.kind === 'kept') expect({ markdown: block.markdown, source: block.source }).toEqual({ markdown: own!.markdown, source: own!.source });
    if (block.kind === 'changed') expect(block.source, `source of ${block.id}`).toEqual(own?.source);
    if (block.kind === 'added') expect(block.source).toBeUndefined();
    for (const id of block.requirementIds) expect(result.requirements.map((r) => r.id)).toContain(id);
  }
  expect(new Set(blocks.map((b) => b.id)).size).toBe(blocks.length);
  expect(result.rewritten.markdown).toBe(renderMarkdown(blocks, text));
}

/** What every Claude result must satisfy, whatever the model did (#6 "correct, guarded"). */
export function expectGuarded(result: Translation, v: Vacancy): void {
  const taxonomy = getTaxonomy();
  const offline = offlineOf(v);
  expectBlocks(result, offline, v.text);
  expect(result.language).toBe(offline.language);
  expect(result.attribution).toMatch(/ESCO/);
  for (const rule of offline.requirements.filter((r) => r.legal)) {
    const kept = result.requirements.filter((r) => r.legal && r.legalBasis?.id === rule.legalBasis?.id);
    expect(kept.length, `legal requirement "${rule.text}" kept`).toBeGreaterThan(0);
  }
  for (const rule of offline.requirements.filter((r) => r.kind === 'diploma' || r.kind === 'education_level')) {
    const offlineSkills = offline.skills.filter((s) => s.uri && s.requirementIds.includes(rule.id)).length;
    if (offlineSkills === 0) continue;
    const targets = result.requirements.filter((r) => sameRequirement(r, rule));
    expect(targets.length, `diploma requirement "${rule.text}" present`).toBeGreaterThan(0);
    for (const target of targets) {
      const grounded = result.skills.filter((s) => s.verified && s.uri && s.requirementIds.includes(target.id)).length;
      expect(grounded, `diploma requirement "${rule.text}" translated`).toBeGreaterThanOrEqual(Math.min(3, offlineSkills));
    }
  }
  for (const skill of result.skills) {
    if (skill.uri) expect(taxonomy.isKnownUri(skill.uri), skill.uri).toBe(true);
    else expect(skill.verified).toBe(false);
  }
  for (const change of result.changes) {
    if (change.concept?.startsWith('http://data.europa.eu/esco/')) expect(taxonomy.isKnownUri(change.concept)).toBe(true);
  }
}
