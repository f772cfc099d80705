import { describe, expect, it } from 'vitest';
import { genderedTitleWord, wordingWarnings } from './warnings';

const codes = (text: string, title: string | null = null, language: 'nl' | 'en' = 'nl') => wordingWarnings(text, title, language).map((w) => w.code);

describe('"title not neutral" only for a title that names one gender (#16)', () => {
  it.each([
    ['Verpleegkundige', null],
    ['Stagiair(e) communicatie', null],
    ['Medewerker klantenservice', null],
    ['Medewerk(st)er administratie', null],
    ['Teamleider productie', null],
    ['Human Resources adviseur', null],
    ['Medewerkster bediening', 'Medewerkster'],
    ['Secretaresse directie', 'Secretaresse'],
    ['Allround vakman bouw', 'vakman'],
    ['Gastvrouw restaurant', 'Gastvrouw'],
    ['Gastheer/gastvrouw restaurant', null],
    ['Waitress', 'Waitress'],
  ])('%s → %s', (title, word) => {
    expect(genderedTitleWord(title)).toBe(word);
  });

  it('is satisfied by (m/v/x)', () => {
    expect(codes('Wij zoeken versterking.', 'Vakman bouw (m/v/x)')).not.toContain('title-not-neutral');
    expect(codes('Wij zoeken versterking.', 'Vakman bouw')).toContain('title-not-neutral');
    expect(codes('Wij zoeken versterking.', 'Verpleegkundige')).not.toContain('title-not-neutral');
  });
});

describe('age signals from the equal-treatment guidance (#16)', () => {
  it.each([
    'Je komt te werken in een jong team.',
    'Wij bieden een jonge werkomgeving.',
    'Je werkt in een jong dynamisch team.',
    'Je bent recent afgestudeerd.',
    'Je hebt maximaal 3 jaar werkervaring.',
    'Ben jij een starter op de arbeidsmarkt?',
    'We are a young and dynamic team.',
    'Je hebt drie tot vijf jaar werkervaring.',
    'Heb je daadwerkelijk tussen de 2 en 5 jaar werkervaring?',
    'You have 2–4 years of relevant experience.',
    'Een inspirerende werkomgeving in Sloterdijk met jonge collega’s.',
    'This role is meant for early-career analysts.',
    'Are you in the **early stages** of your accounting career?',
    'You have a maximum of 5 years of relevant experience.',
    // (Said as what the team is: reading of untuned output.)
    'Het team is jong, betrokken en collegiaal.',
    'Our team is relatively young.',
  ])('%j is an age proxy', (text) => {
    expect(codes(text)).toContain('age-proxy');
  });

  it.each([
    'Starters zijn ook welkom.',
    'Je vindt het leuk om met jonge mensen te werken.',
    'Het gemiddelde dienstverband bedraagt ca. 15 jaar.',
    'Ons team in de leeftijd van 25 tot 60 jaar staat voor je klaar.',
    'Je hebt minimaal 3 jaar werkervaring.',
    'You help us improve products in their early stages of development.',
    // (The length of a contract: reading of untuned output.)
    'The employment will be extended for a fixed-term of a maximum of 4 years.',
    'Ons team is een jonge organisatie binnen de groep.',
  ])('%j is not', (text) => {
    expect(codes(text)).not.toContain('age-proxy');
  });
});

describe('a minimum age is flagged unless a law sets it (#16)', () => {
  it.each([
    ['Je bent minimaal 18 jaar oud.', 'Magazijnmedewerker', true],
    ['Je bent 21 jaar of ouder.', 'Verkoper', true],
    ['You are at least 18 years old.', 'Sales assistant', true],
    ['Je hebt minimaal 18 jaar ervaring in de bouw.', 'Uitvoerder', false],
    ['Je hebt minimaal 3 jaar werkervaring.', 'Uitvoerder', false],
    ['Je bent minimaal 16 jaar in verband met het schenken van alcohol.', 'Barmedewerker', false],
  ])('%j (%s) → %s', (text, title, flagged) => {
    expect(codes(text, title).includes('age-minimum')).toBe(flagged);
  });
});

describe('"he/she" only for what is asked of the candidate', () => {
  it('flags a demand phrased for one gender, not a sentence about someone else', () => {
    expect(codes('De nieuwe collega: hij moet beschikken over rijbewijs B.')).toContain('gendered');
    expect(codes('Onze directeur? Hij is al twintig jaar in dienst.')).not.toContain('gendered');
    // Words that address the candidate as a man (reading of untuned output).
    expect(codes('Wij zoeken daarom ervaren vakmannen.')).toContain('gendered');
    expect(codes('Laat jouw jongensdroom uitkomen.')).toContain('gendered');
    expect(codes('Een teamplayer die zelfstandig ook goed zijn weg kan vinden.')).toContain('gendered');
    expect(codes('Onze vakmannen werken al dertig jaar samen.')).not.toContain('gendered');
  });
});

describe('a Belgian posting', () => {
  it('is warned about an age signal without a Dutch statute named', () => {
    const [nl] = wordingWarnings('Je komt in een jong team.', null, 'nl', 'NL').filter((w) => w.code === 'age-proxy');
    const [be] = wordingWarnings('Je komt in een jong team.', null, 'nl', 'BE').filter((w) => w.code === 'age-proxy');
    expect(nl?.message).toMatch(/Wet gelijke behandeling/);
    expect(be?.message).toMatch(/leeftijdsdiscriminatie/);
    expect(be?.message).not.toMatch(/Wet gelijke behandeling/);
  });
});

describe('age signals are about people, not the company or the pay scale (#16)', () => {
  it.each([
    ['Wij zijn een jonge organisatie met 20 medewerkers.', false],
    ['Je komt in een jong en dynamisch team.', true],
    ['Als schoolverlater start je al aan € 18.191 per jaar.', false],
    ['Wij zoeken een schoolverlater.', true],
  ])('%s → age warning %s', (text, warned) => {
    expect(wordingWarnings(text, 'Medewerker', 'nl', 'NL').some((w) => w.code === 'age-proxy')).toBe(warned);
  });
});

describe('a residence demand (EXEMPLARS principle 11; reading of untuned output)', () => {
  it('is flagged for the employer to confirm the need behind it', () => {
    expect(wordingWarnings('Woonachtig in de regio Twente', null, 'nl').map((w) => w.code)).toContain('residence');
    expect(wordingWarnings('Onze vestiging ligt in de regio Twente', null, 'nl').map((w) => w.code)).not.toContain('residence');
  });
});
