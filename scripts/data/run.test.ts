import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findSkillsNl } from './run';

const dirs: string[] = [];
afterAll(async () => { for (const d of dirs) await rm(d, { recursive: true, force: true }); });

describe('findSkillsNl', () => {
  it.each([
    ['esco/raw/v1.1.1-nl/skills_nl.csv'],
    ['esco/skills_nl.csv'],
    ['skills_nl.csv'],
  ])('picks up the official Dutch skills file at %s', async (path) => {
    const dir = await mkdtemp(join(tmpdir(), 'vaardig-nl-'));
    dirs.push(dir);
    await mkdir(join(dir, path, '..'), { recursive: true });
    await writeFile(join(dir, path), 'conceptUri,preferredLabel\n');
    expect(findSkillsNl(dir)).toBe(join(dir, path));
  });

  it('reports none without it (Dutch labels then stay partial)', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'vaardig-nl-'));
    dirs.push(dir);
    expect(findSkillsNl(dir)).toBeNull();
    expect(findSkillsNl(null)).toBeNull();
  });
});
