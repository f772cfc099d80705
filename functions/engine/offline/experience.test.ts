import { describe, expect, it } from 'vitest';
import { Translation, type Requirement } from '../../../shared/translation';
import { Vacancy } from '../../../shared/vacancy';
import { getTaxonomy } from '../../taxonomy';
import { translateOffline } from './translate';
import { rewriteExperience, yearsAsked } from './experience';

const requirement = (text: string): Requirement => ({
  id: 'r1',
  text,
  kind: 'experience',
  mandatory: true,
  legal: false,
  legalBasis: null,
  alternativeOffered: false,
  span: null,
});

describe('a year count becomes the competence it stood for (#16, EXEMPLARS principle 8)', () => {
  it.each([
    [
      'Minimaal 3 jaar ervaring als calculator in schilderwerk',
      'nl',
      'Je kunt het werk van een calculator in schilderwerk zelfstandig doen — waar je dat leerde, maakt niet uit.',
    ],
    ['Minimaal 5 jaar ervaring met SAP', 'nl', 'Je kunt zelfstandig met SAP werken — waar je dat leerde, maakt niet uit.'],
    ['2 jaar ervaring in de zorg', 'nl', 'Je kunt zelfstandig werken in de zorg — waar je dat leerde, maakt niet uit.'],
    [
      'Minstens twee jaar werkervaring op het gebied van marketing',
      'nl',
      'Je hebt aantoonbaar ervaring op het gebied van marketing — waar en hoe lang je die opdeed, maakt niet uit.',
    ],
    ['3+ years of experience with Python', 'en', 'You can work with Python on your own — wherever you learned it.'],
    // (Without its count and without the "of" that hung from it: reading of untuned output.)
    ['5 years of related Contract Manufacturing or Business Operations experience.', 'en', 'Related Contract Manufacturing or Business Operations experience.'],
  ] as const)('%s → %s', (text, language, rewritten) => {
    const out = rewriteExperience(requirement(text), language);
    expect(out?.text).toBe(rewritten);
    expect(out?.text).not.toMatch(/\d|jaar|years?/u);
  });

  it('names the job of the title when the years name no field (reading of untuned output)', () => {
    expect(rewriteExperience(requirement('Minimaal 3 jaar relevante werkervaring'), 'nl', 'projectcontroller')?.text).toBe(
      'Je kunt het werk van een projectcontroller zelfstandig doen — waar je dat leerde, maakt niet uit.',
    );
    expect(rewriteExperience(requirement('Minimaal 3 jaar relevante werkervaring'), 'nl')?.text).toMatch(/^Je kunt laten zien/u);
  });

  it('says experience in a similar role, with no count, as the work of this role (EXEMPLARS, office manager)', () => {
    for (const text of [
      'Ervaring in een vergelijkbare functie / werkomgeving;',
      'Je hebt relevante werkervaring in een soortgelijke functie',
      'Experience in a similar role.',
    ])
      expect(rewriteExperience(requirement(text), /^Exp/.test(text) ? 'en' : 'nl', 'receptionist')).toEqual({
        text: /^Exp/.test(text)
          ? 'You can do the work of a receptionist on your own — wherever you learned it.'
          : 'Je kunt het werk van een receptionist zelfstandig doen — waar je dat leerde, maakt niet uit.',
        years: null,
        maximum: false,
      });
    // Not where the sentence says more, nor without a job to name, nor a plus.
    expect(rewriteExperience(requirement('Ervaring in een vergelijkbare functie in de zorg'), 'nl', 'receptionist')).toBeNull();
    expect(rewriteExperience(requirement('Ervaring in een vergelijkbare functie'), 'nl')).toBeNull();
    expect(rewriteExperience({ ...requirement('Ervaring in een vergelijkbare functie'), mandatory: false }, 'nl', 'receptionist')).toBeNull();
  });

  it('reads a count written twice, "Five (5) years", and says the role without "previous" (reading of untuned output)', () => {
    expect(rewriteExperience(requirement('-Five (5) years of experience in a previous analytics role'), 'en')).toEqual({
      text: 'You can work in an analytics role on your own — wherever you learned it.',
      years: 'Five (5) years',
      maximum: false,
    });
  });

  it('keeps a maximum a maximum (an age proxy), whatever it says instead', () => {
    expect(rewriteExperience(requirement('Maximaal 5 jaar ervaring als verkoper'), 'nl')?.maximum).toBe(true);
  });
});

describe('the article of the field the years were in', () => {
  it('stays: "in a finance role", not "in finance role"', () => {
    const t = Translation.parse(
      translateOffline(
        Vacancy.parse({
          isVacancy: true,
          title: 'Controller',
          employer: null,
          location: null,
          language: 'en',
          text: 'Requirements\n- 1–2 years of experience in a finance or business control role\n- Fluent in English',
          source: 'text',
        }),
        getTaxonomy(),
      ),
    );
    expect(t.rewritten.markdown).toContain('- You can work in a finance or business control role on your own');
  });
});

describe('"a" or "an" before the job the years were as (reading of untuned output)', () => {
  it.each([
    ['3 years of experience as ETL/CUBE Developer', 'You can do the work of an ETL/CUBE Developer on your own'],
    ['2 years of experience as engineer', 'You can do the work of an engineer on your own'],
    ['2 years of experience as Sales manager', 'You can do the work of a Sales manager on your own'],
    ['2 years of experience as user researcher', 'You can do the work of a user researcher on your own'],
  ])('%s', (line, said) => {
    const t = Translation.parse(
      translateOffline(
        Vacancy.parse({
          isVacancy: true,
          title: 'Developer',
          employer: null,
          location: null,
          language: 'en',
          text: `Requirements\n- ${line}\n- Fluent in English`,
          source: 'text',
        }),
        getTaxonomy(),
      ),
    );
    expect(t.rewritten.markdown).toContain(said);
  });
});

describe('years split from the sentence they stood in', () => {
  it('rewrites "hebt minimaal 2 jaar ervaring" (its subject left with the clause before)', () => {
    expect(
      rewriteExperience(
        {
          id: 'r',
          text: 'hebt minimaal 2 jaar ervaring',
          kind: 'experience',
          mandatory: true,
          legal: false,
          legalBasis: null,
          alternativeOffered: false,
          span: null,
        },
        'nl',
      )?.years,
    ).toBe('minimaal 2 jaar');
  });
});

describe('a year count goes even where the sentence names no field (reading of untuned output)', () => {
  const rewrite = (text: string) =>
    rewriteExperience({ id: 'r1', text, kind: 'experience', mandatory: true, legal: false, legalBasis: null, alternativeOffered: false, span: null }, 'nl');
  it.each([
    ['Je hebt ten minste drie jaar netwerkgerelateerde werkervaring.', 'Je hebt netwerkgerelateerde werkervaring.'],
    [
      'Je beschikt over een aantal jaren (drie tot vijf jaar) werkervaring in een soortgelijke functie;',
      'Je beschikt over werkervaring in een soortgelijke functie',
    ],
    ['Minimaal 2-3 jaar werkervaring heeft in online marketing', 'Werkervaring heeft in online marketing'],
  ])('%s', (text, said) => {
    expect(rewrite(text)?.text).toBe(said);
  });
  it('leaves a piece cut out of a sentence as it was', () => {
    expect(rewrite('A minimum of 3 years’ experience in SAP Data Services (Data')).toBeNull();
  });
});

describe('a range is a ceiling unless it is said to be the least asked (reading of untuned output)', () => {
  it.each([
    ['Minimaal 2-3 jaar werkervaring', false],
    ['3-5 jaar ervaring als planner', true],
  ])('%s → maximum %s', (text, maximum) => {
    expect(yearsAsked(text)?.maximum).toBe(maximum);
  });
});

describe('a question or a count left half stays as it was', () => {
  it('"Heb je daadwerkelijk tussen de 2 en 5 jaar werkervaring?"', () => {
    expect(
      rewriteExperience(
        {
          id: 'r1',
          text: 'Heb je daadwerkelijk tussen de 2 en 5 jaar werkervaring?',
          kind: 'experience',
          mandatory: true,
          legal: false,
          legalBasis: null,
          alternativeOffered: false,
          span: null,
        },
        'nl',
      ),
    ).toBeNull();
  });
});
