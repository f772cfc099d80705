import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Translation } from '../../shared/translation';
import { Vacancy } from '../../shared/vacancy';

// The CLI as a user runs it: a real process, real files, real stdout/stderr and exit codes.
function vaardig(args: string[], input?: string) {
  const result = spawnSync('node_modules/.bin/tsx', ['scripts/vaardig.ts', ...args], { encoding: 'utf8', input, timeout: 110_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const dir = mkdtempSync(join(tmpdir(), 'vaardig-cli-'));
const write = (name: string, content: string) => {
  const file = join(dir, name);
  writeFileSync(file, content);
  return file;
};
const NL = 'Wat vragen wij?\n- Een afgeronde mbo niveau 3 opleiding\n- Rijbewijs B\n- Je bent flexibel';
const EN = "Requirements:\n- Bachelor's degree in computer science\n- 3 years of experience with Java";

// Each case starts a process (tsx, the taxonomy index): allow for a slow, shared machine.
const SLOW = { timeout: 120_000 };

describe('vaardig translate', SLOW, () => {
  it('prints one Translation as JSON for one text file', () => {
    const { code, stdout } = vaardig(['translate', write('one.txt', NL), '--engine', 'offline']);
    expect(code).toBe(0);
    const translation = Translation.parse(JSON.parse(stdout));
    expect(translation.language).toBe('nl');
    expect(translation.requirements.map((r) => r.kind)).toEqual(expect.arrayContaining(['education_level', 'licence']));
  });

  it('reads stdin for "-"', () => {
    const { code, stdout } = vaardig(['translate', '-'], EN);
    expect(code).toBe(0);
    expect(Translation.parse(JSON.parse(stdout)).language).toBe('en');
  });

  it('prints JSON Lines with the id of each --jsonl record and the name of each file', () => {
    const jsonl = write('batch.jsonl', [JSON.stringify({ id: 'a', text: NL }), JSON.stringify({ id: 'b', text: EN, language: 'en' })].join('\n'));
    const { code, stdout } = vaardig(['translate', '--jsonl', jsonl, write('two.md', NL)]);
    expect(code).toBe(0);
    const lines = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines.map((line) => line.id ?? line.file)).toEqual(['a', 'b', join(dir, 'two.md')]);
    for (const line of lines) Translation.parse(line);
  });

  it('translates for the occupation --occupation names (#15)', () => {
    const forklift = 'http://data.europa.eu/esco/occupation/eeac6251-1974-42f5-91ed-513c6c883755';
    const { code, stdout } = vaardig(['translate', write('chosen.txt', NL), '--engine', 'offline', '--occupation', forklift]);
    expect(code).toBe(0);
    expect(Translation.parse(JSON.parse(stdout)).occupation).toEqual({ uri: forklift, label: 'heftruckchauffeur', score: 1, chosen: true });
  });

  it.each([
    [
      'an unknown occupation',
      ['translate', write('y.txt', NL), '--occupation', 'http://data.europa.eu/esco/occupation/nope'],
      /--occupation: "http:\/\/data\.europa\.eu\/esco\/occupation\/nope" is not an ESCO occupation/,
    ],
    ['a missing file', ['translate', join(dir, 'nope.txt')], /nope\.txt: no such file/],
    ['an empty file', ['translate', write('empty.txt', '  \n')], /text is empty/],
    ['a broken JSON line', ['translate', '--jsonl', write('bad.jsonl', '{"id": 1, "text": ')], /bad\.jsonl:1: not valid JSON/],
    ['an unknown engine', ['translate', write('x.txt', NL), '--engine', 'gpt'], /--engine must be/],
    ['no input', ['translate'], /give one or more files/],
  ])('exits non-zero with one clear line for %s', (_name, args, message) => {
    const { code, stdout, stderr } = vaardig(args);
    expect(code).not.toBe(0);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(message);
  });
});

describe('vaardig extract', SLOW, () => {
  it('prints a Vacancy read from an HTML page with JSON-LD', () => {
    const { code, stdout } = vaardig(['extract', 'tests/fixtures/pages/vacature-logistiek.html']);
    expect(code).toBe(0);
    const vacancy = Vacancy.parse(JSON.parse(stdout));
    expect(vacancy).toMatchObject({ isVacancy: true, title: 'Medewerker logistiek (m/v/x)', employer: 'Transportbedrijf De Vaart' });
    expect(vacancy.text).toMatch(/mbo niveau 3/);
  });
});
