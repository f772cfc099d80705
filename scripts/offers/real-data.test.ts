/** One run of every importer over the real reference files in ../shared/data (skipped without them). */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getTaxonomy } from '../../functions/taxonomy';
import { importDuo } from './duo';
import { SkillLinker } from './link';
import { importMbo } from './mbo';
import { importOoapi } from './ooapi';

const dataDir = resolve(process.env.VAARDIG_DATA_DIR ?? resolve(import.meta.dirname, '../../../shared/data'));
const has = (path: string) => existsSync(join(dataDir, path));
const linker = new SkillLinker(getTaxonomy());

describe.runIf(has('duo/ho_opleidingsoverzicht.csv'))('DUO register, real file', () => {
  const offers = importDuo(readFileSync(join(dataDir, 'duo/ho_opleidingsoverzicht.csv'), 'utf8'), linker, '2026-01-01');
  it('imports thousands of offered Ad, bachelor and master programmes, part-time and dual ones for working adults', () => {
    expect(offers.length).toBeGreaterThan(2000);
    expect(new Set(offers.map((o) => o.type))).toEqual(new Set(['associate-degree', 'bachelor', 'master', 'postinitial-master']));
    expect(offers.filter((o) => o.workBased).length).toBeGreaterThan(500);
    expect(offers.filter((o) => o.skills.length).length / offers.length).toBeGreaterThan(0.5);
    expect(offers.every((o) => /^\d{5}$/.test(o.sourceId ?? ''))).toBe(true);
  }, 30_000);
});

describe.runIf(has('mbo/mbo_qualifications.csv'))('MBO list, real file', () => {
  it('imports the 2015 qualifications as BBL and BOL routes with crebo', () => {
    const offers = importMbo(readFileSync(join(dataDir, 'mbo/mbo_qualifications.csv'), 'utf8'), linker);
    expect(new Set(offers.map((o) => o.sourceId)).size).toBe(470);
    expect(offers.filter((o) => o.type === 'mbo-bbl').length).toBeGreaterThan(400);
    expect(offers.filter((o) => o.legalIds.length).length).toBeGreaterThan(20);
  });
});

describe.runIf(has('ooapi/examples'))('OOAPI v5 samples', () => {
  it('imports the quickstart programs, courses and offerings', () => {
    const dir = join(dataDir, 'ooapi/examples');
    const payloads = readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as unknown);
    const offers = importOoapi(payloads, linker);
    expect(offers.map((o) => o.key).sort()).toEqual(
      expect.arrayContaining(['ooapi:course:1668dd09-660f-4303-a2bf-14bea154b39d', 'ooapi:program:123e4567-e89b-12d3-a456-426614174000']),
    );
    const crebo = offers.find((o) => o.sourceId === '34572');
    expect(crebo?.form).toBe('formal');
    const course = offers.find((o) => o.key.startsWith('ooapi:course:'))!;
    expect(course.provider).toBe('OEAPI Test Organization');
    expect(course.url).toBe('https://openonderwijsapi.nl/#/');
  });
});
