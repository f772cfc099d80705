import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { templateRecords } from '../../functions/learning/templates';
import { getTaxonomy } from '../../functions/taxonomy';
import { importCsv } from './csv';
import { importDuo } from './duo';
import { SkillLinker } from './link';
import { importMbo } from './mbo';
import { importOoapi, ooapiItems } from './ooapi';

const fixture = (name: string) => readFileSync(new URL(`fixtures/${name}`, import.meta.url), 'utf8');
const linker = new SkillLinker(getTaxonomy());
const LAUNDRY = '04838ae5-a737-48a0-a782-3d1b6b6cb75b';

describe('DUO higher-education register', () => {
  const offers = importDuo(fixture('duo.csv'), linker, '2026-01-01');

  it('keeps offered programmes and skips variants, ended programmes and other languages', () => {
    expect(offers.map((o) => o.key)).toEqual(['duo:34116:deeltijd:a1:enschede', 'duo:34116:voltijd:a2:enschede', 'duo:80148:duaal:a3:utrecht']);
  });

  it.each([
    ['duo:34116:deeltijd:a1:enschede', 'Bachelor Social Work Parttime (deeltijd)', 'bachelor', true, 'on-site', 'nl'],
    ['duo:34116:voltijd:a2:enschede', 'Bachelor Social Work (voltijd)', 'bachelor', false, 'on-site', 'nl'],
    ['duo:80148:duaal:a3:utrecht', 'Ad Logistiek (duaal)', 'associate-degree', true, 'work-based', null],
  ])('%s is "%s", %s, work-based %s', (key, title, type, workBased, mode, language) => {
    const offer = offers.find((o) => o.key === key)!;
    expect(offer).toMatchObject({ titleNl: title, type, workBased, mode, language, form: 'formal', source: 'duo' });
    expect(offer.sourceId).toMatch(/^\d{5}$/);
  });

  it('links programmes to skills through the occupations they prepare for', () => {
    const social = offers.find((o) => o.sourceId === '34116')!;
    expect(social.skills.length).toBeGreaterThan(5);
    expect(social.skills.every((s) => s.method === 'programme-occupation' || s.method === 'name-label')).toBe(true);
    expect(social).toMatchObject({ nlqf: 6, eqf: 6, studyLoad: 240, studyLoadUnit: 'ects', durationMonths: 48, region: 'Enschede' });
  });

  it('names the provider without the register’s stray underscore ("HAN_ University …")', () => {
    expect(offers.find((o) => o.sourceId === '80148')?.provider).toBe('HVB University of Applied Sciences');
  });
});

describe('MBO qualification list', () => {
  const offers = importMbo(fixture('mbo.csv'), linker);

  it('makes a BBL and a BOL route per 2015 qualification with its crebo, skipping other years and bad crebos', () => {
    expect(offers.map((o) => o.key)).toEqual(['mbo:25491:bbl', 'mbo:25491:bol', 'mbo:25364:bbl']);
  });

  it('marks BBL as work-based and carries the statutory requirements built in', () => {
    const bbl = offers.find((o) => o.key === 'mbo:25491:bbl')!;
    expect(bbl).toMatchObject({ sourceId: '25491', type: 'mbo-bbl', workBased: true, mode: 'work-based', nlqf: 3, eqf: 3, form: 'formal' });
    expect(bbl.legalIds).toEqual(['nl.zorg.big34.verzorgende_ig', 'nl.zorg.vog_wkkgz']);
    expect(bbl.skills.length).toBeGreaterThan(5);
    expect(offers.find((o) => o.key === 'mbo:25491:bol')).toMatchObject({ workBased: false, type: 'mbo-bol' });
  });
});

describe('learning-desk CSV', () => {
  const warnings: string[] = [];
  const offers = importCsv(fixture('learning-desk.csv'), 'desk', linker, (line) => warnings.push(line));

  it('imports valid rows and reports the others', () => {
    expect(offers.map((o) => o.sourceId)).toEqual(['LD-001', 'LD-002', 'LD-003']);
    expect(warnings).toEqual([
      expect.stringMatching(/row 3: url "javascript:alert\(1\)" is not an http\(s\) link; imported without it/),
      expect.stringMatching(/row 5: skipped \(no title\)/),
      expect.stringMatching(/row 6: .*"school"/),
    ]);
  });

  it.each([
    ['LD-001', { source: 'csv:desk', form: 'non-formal', costEur: 150, region: 'Utrecht', studyLoad: 24, studyLoadUnit: 'hours', nlqf: 2 }, 'csv'],
    ['LD-002', { workBased: true, mode: 'online', costEur: 2400, durationMonths: 6, url: null }, 'csv-label'],
    ['LD-003', { form: 'informal', workBased: true, costEur: 0, url: 'https://www.example.org/thuiszorg' }, 'csv-occupation'],
  ])('%s', (id, fields, method) => {
    const offer = offers.find((o) => o.sourceId === id)!;
    expect(offer).toMatchObject(fields);
    expect(offer.skills.some((s) => s.method === method)).toBe(true);
  });

  it('links an ESCO URI directly with high confidence', () => {
    expect(offers[0]!.skills).toContainEqual({ skill: LAUNDRY, method: 'csv', confidence: 0.9 });
  });
});

describe('Open Education API v5', () => {
  it('reads paged responses, arrays and single objects', () => {
    const page = JSON.parse(fixture('ooapi-page.json'));
    expect(ooapiItems(page)).toHaveLength(5);
    expect(ooapiItems([page, { courseId: 'x' }])).toHaveLength(6);
  });

  const offers = importOoapi([JSON.parse(fixture('ooapi-page.json'))], linker);

  it('makes a program with a CROHO code formal and a course non-formal, completed by its offering', () => {
    const program = offers.find((o) => o.key === 'ooapi:program:prog-1')!;
    expect(program).toMatchObject({ form: 'formal', sourceId: '34116', provider: 'Hogeschool Voorbeeld', workBased: true, durationMonths: 48, eqf: 6 });
    expect(program.skills.length).toBeGreaterThan(5);
    const course = offers.find((o) => o.key === 'ooapi:course:course-1')!;
    expect(course).toMatchObject({
      form: 'non-formal',
      sourceId: 'ZORG-101',
      costEur: 395,
      region: 'Amersfoort',
      mode: 'hybrid',
      url: 'https://example.org/zorg-101',
      studyLoadUnit: 'hours',
    });
    expect(course.skills).toContainEqual({ skill: LAUNDRY, method: 'declared-text', confidence: 0.6 });
  });

  it('keeps an offering whose course is unknown as an offer of its own', () => {
    expect(offers.find((o) => o.key === 'ooapi:offering:off-2')?.titleNl).toBe('Losse workshop');
  });
});

describe('route templates', () => {
  it('has every kind the issue names, tied to skill groups, without a source id', () => {
    const records = templateRecords();
    expect(records.map((r) => r.type)).toEqual(['on-the-job', 'mentoring', 'peer-group', 'learning-community', 'bbl-workplace', 'evc']);
    for (const r of records) expect(r).toMatchObject({ source: 'template', sourceId: null, skills: [], skillGroups: expect.any(Array) });
    expect(records.every((r) => r.form !== 'formal')).toBe(true);
  });
});
