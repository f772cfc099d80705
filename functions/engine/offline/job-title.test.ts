import { describe, expect, it } from 'vitest';
import { genderForms, titleSegments } from './job-title';

describe('job titles', () => {
  it.each([
    ['Verpleegkundige (m/v/x)', [['verpleegkundige']]],
    ['Medewerker klantenservice M/W/D', [['medewerker', 'klantenservice']]],
    ['Senior Java developer | Utrecht | 32-36 uur', [['java', 'developer'], ['utrecht']]],
    ['Stagiair(e) marketing - Amsterdam', [['marketing'], ['amsterdam']]],
    ['Vacature: chauffeur gezocht', [['chauffeur']]],
    ['Wij zoeken een ervaren lasser (v/m/x)', [['lasser']]],
    ['IT-beheerder', [['it', 'beheerder']]],
  ])('%s → %j', (title, segments) => {
    expect(titleSegments(title)).toEqual(segments);
  });

  it.each([
    ['medewerkster', 'medewerker'],
    ['verkoopster', 'verkoper'],
    ['kapster', 'kapper'],
    ['directrice', 'directeur'],
    ['stagiaire', 'stagiair'],
    ['masseuse', 'masseur'],
  ])('%s stands for %s', (word, form) => {
    expect(genderForms(word)).toContain(form);
  });
});
