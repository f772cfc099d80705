import { describe, expect, it } from 'vitest';
import { Requirement } from '../../../../shared/translation';
import { matchLegal } from '../../../legal';
import { getTaxonomy } from '../../../taxonomy';
import { applyRules, RULES } from '.';
import type { RuleContext, VacancyContext } from './types';

const taxonomy = getTaxonomy();
const text = 'Verpleegkundige\nWat vraag je\n- hbo-v\n';
const context: VacancyContext = {
  taxonomy,
  language: 'nl',
  ui: 'nl',
  region: 'NL',
  text,
  tasks: '',
  job: null,
  sure: [],
  sureOf: () => false,
  foundIn: new Map(),
  sectionOf: () => 'requirements',
  legal: (r) => matchLegal(r.text, 'Verpleegkundige in het ziekenhuis', 'NL'),
};

const requirement = (id: string, kind: Requirement['kind'], words: string, mandatory = true) =>
  Requirement.parse({ id, text: words, kind, mandatory, legal: false, span: { start: 0, end: words.length } });

/** One requirement of each kind the rules handle, with the cards its pass gives. */
const cases: Array<{ id: string; r: Requirement; actions: string[] }> = [
  { id: 'big', r: requirement('big', 'licence', 'Je bent BIG-geregistreerd als verpleegkundige'), actions: ['keep-legal'] },
  { id: 'forklift', r: requirement('forklift', 'certificate', 'Je hebt een heftruckcertificaat'), actions: ['rephrase'] },
  { id: 'student', r: requirement('student', 'education_level', 'Je volgt een hbo-opleiding marketing'), actions: ['keep'] },
  { id: 'mbo', r: requirement('mbo', 'education_level', 'mbo niveau 3 logistiek'), actions: ['translate'] },
  { id: 'trait', r: requirement('trait', 'trait', 'Je bent stressbestendig'), actions: ['move-to-profile'] },
  { id: 'years', r: requirement('years', 'experience', 'minimaal 5 jaar ervaring als chauffeur'), actions: ['rephrase'] },
  { id: 'sql', r: requirement('sql', 'skill', 'Kennis van SQL', false), actions: ['keep'] },
  { id: 'licence', r: requirement('licence', 'licence', 'Rijbewijs B'), actions: ['keep'] },
];

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

describe('the rule registry', () => {
  it('asks the law first, then education, qualities, experience and what stays', () => {
    expect(RULES.map((r) => r.name)).toEqual([
      'legal-basis',
      'legal-keep',
      'legal-after-hiring',
      'enrolled',
      'diploma-to-skills',
      'trait-to-profile',
      'experience-years',
      'keep-concrete',
    ]);
  });

  it.each(cases)('gives $id its cards from the first rule that settles it', ({ r, actions }) => {
    const applied = applyRules([r], context, []);
    expect(applied.changes.map((c) => c.action)).toEqual(actions);
    expect(applied.changes.every((c) => c.requirementId === r.id)).toBe(true);
  });

  it('keeps what the law requires before any rule translates it: a legal diploma is kept, not replaced', () => {
    const diploma = requirement('nurse', 'diploma', 'Diploma verpleegkunde en BIG-registratie als verpleegkundige');
    const applied = applyRules([diploma], context, []);
    expect(applied.changes.map((c) => c.action)).toEqual(['keep-legal']);
    expect(applied.requirements[0]).toMatchObject({ legal: true, kind: 'diploma' });
    expect(applied.requirements[0]!.legalBasis?.citation).toMatch(/BIG/);
  });

  it('returns each rule’s decisions and changes neither the requirement nor the context', () => {
    for (const { r } of cases) {
      const frozen = deepFreeze(structuredClone(r));
      const ctx: RuleContext = { ...context, warnings: deepFreeze([]), rephrased: new Map() };
      for (const rule of RULES) {
        const result = rule.apply(frozen, ctx);
        expect(frozen, `${rule.name} on ${r.id}`).toEqual(r);
        if (result) expect(result.changes ?? result.requirement ?? result.skills, `${rule.name} on ${r.id}`).toBeDefined();
      }
      expect(ctx.rephrased.size).toBe(0);
    }
  });

  it('leaves the requirements it is given as they were and returns new ones with the fields the rules set', () => {
    const given = cases.map(({ r }) => deepFreeze(structuredClone(r)));
    const applied = applyRules(given, context, []);
    expect(given).toEqual(cases.map(({ r }) => r));
    const big = applied.requirements.find((r) => r.id === 'big')!;
    expect(big).not.toBe(given[0]);
    expect(big.legal).toBe(true);
    expect(applied.rephrased.get('years')).toBeTruthy();
    expect(applied.warnings.map((w) => w.code)).toContain('experience-years');
  });
});
