import { describe, expect, it } from 'vitest';
import { agentForms, genderForms, jobName, titleRank, titleSegments } from './job-title';

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

  it.each([
    ['Stagiair(e) HR', 'junior'],
    ['Junior accountant', 'junior'],
    ['Senior HR adviseur', 'senior'],
    ['Hoofd financiën', 'senior'],
    ['Verpleegkundige', null],
    ['Junior manager', null],
  ])('%s is of rank %s', (title, rank) => {
    expect(titleRank(title)).toBe(rank);
  });

  it.each([
    ['handling', 'handler'],
    ['planning', 'planner'],
    ['engineering', 'engineer'],
    ['schoonmaak', 'schoonmaker'],
    ['verkoop', 'verkoper'],
    ['aanleg', 'aanlegger'],
  ])('the activity %s may stand for its agent %s', (word, agent) => {
    expect(agentForms(word)).toContain(agent);
  });
});

describe('the job a title names, as running text says it', () => {
  it.each([
    ['Projectcontroller (Port of Amsterdam)', 'projectcontroller'],
    ['Data Scientist (m/v)', 'data scientist'],
    ['Docent Nederlands | Meer rust voor de klas', 'docent Nederlands'],
    ['Examinator in Amsterdam (CBR)', 'examinator'],
    ['ICT Consultant', 'ICT consultant'],
    ['Functieomschrijving', null],
    ['Ben jij een .NET ontwikkelaar die graag zichzelf uitdaagt?', null],
  ])('%s → %s', (title, job) => {
    expect(jobName(title)).toBe(job);
  });
});
