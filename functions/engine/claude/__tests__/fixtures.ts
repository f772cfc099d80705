/**
 * Postings, scripted answers and a harness for the Claude engine's tests: the real engine and
 * the real SDK against the Anthropic stand-in (tests/support/anthropic-stand-in.ts).
 */
import { expect } from 'vitest';
import { startStandIn, type StandIn } from '../../../../tests/support/anthropic-stand-in';
import { Translation, type Vacancy } from '../../../../shared/schemas';
import { toVacancy } from '../../../../shared/vacancy';
import { getTaxonomy } from '../../../taxonomy';
import { translateOffline } from '../../offline/translate';
import { CircuitBreaker } from '../breaker';
import type { ClaudeConfig } from '../config';
import { translateWithClaude, type Progress } from '../index';
import { sameRequirement } from '../spans';

export { LOGISTICS, NURSE, PII, logisticsAnswer, nurseAnswer } from './postings';

/**
 * Limits for tests: generous enough for a loaded machine (a request that times out would consume
 * the scripted answer and retry against the default one); fault tests shorten them further.
 */
export const FAST: Partial<ClaudeConfig> = { timeoutMs: 5000, idleMs: 5000, deadlineMs: 20_000, maxRetries: 2 };

export const vacancy = (text: string, title: string | null = null): Vacancy => toVacancy({ text, title });
export const offlineOf = (v: Vacancy) => translateOffline(v, getTaxonomy());

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

/** What every Claude result must satisfy, whatever the model did (#6 "correct, guarded"). */
export function expectGuarded(result: Translation, offline: Translation): void {
  const taxonomy = getTaxonomy();
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
