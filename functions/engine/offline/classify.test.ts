import { describe, expect, it } from 'vitest';
import { classify, isEducation } from './classify';

describe('availability, hours, place and start asked of the candidate are practical conditions (#16)', () => {
  it.each([
    'Je bent bereid om in het weekend extra uren te maken',
    'Bereid om onregelmatige uren te werken',
    'Je zoekt een 24-urige werkweek',
    'Wonend in de buurt van Zwolle',
    'Je kunt snel opstarten',
    'Flexibel inzetbaar op meerdere locaties',
    'Je doet mee aan de bereikbaarheidsdiensten van de afdeling',
  ])('%j → other', (text) => {
    expect(classify(text)).toBe('other');
  });

  it.each(['Breed inzetbaar en leergierig', 'Je bent bereid om veel te leren'])('%j stays a quality', (text) => {
    expect(classify(text)).toBe('trait');
  });
});

describe('what the reader can do is a skill, how they deal with people a quality (#16)', () => {
  it.each([
    ['Je kunt schakelschema’s lezen en begrijpen', 'skill'],
    ['Je kan zelfstandig een offerte opstellen', 'skill'],
    ['Je kunt goed samenwerken met collega’s', 'trait'],
    ['Je kunt goed reflecteren op je eigen werk', 'trait'],
  ])('%j → %s', (text, kind) => {
    expect(classify(text)).toBe(kind);
  });
});

describe('a product named by itself is a skill (reading of untuned output: "Microsoft Windows Server" was moved to the profile)', () => {
  it.each([
    ['Microsoft Windows Server', 'skill'],
    ['WebDeploy', 'skill'],
    ['Current U.S.', 'trait'],
    ['Teamplayer', 'trait'],
  ])('%j → %s', (text, kind) => {
    expect(classify(text)).toBe(kind);
  });
});

describe('a university named is a place, not an education asked (#16)', () => {
  it.each([
    ['Het project is een samenwerking met Radboud Universiteit', false],
    ['University of Technology', false],
    ['Groningen is a young and lively university city', false],
    ['Northfield is a leading international university in engineering', false],
    ['A university degree in chemistry', true],
    ['Universitair diploma in de rechten', true],
  ])('%j → %s', (text, education) => {
    expect(isEducation(text)).toBe(education);
  });
});

describe('a step of the selection is a condition, not a quality (#16)', () => {
  it.each([
    'Een betrouwbaarheids- en omgevingsonderzoek maken deel uit van de selectieprocedure.',
    'Een assessment maakt deel uit van het sollicitatieproces.',
    'Candidates may undergo a background screening as part of the selection process.',
  ])('%s → other', (text) => {
    expect(classify(text)).toBe('other');
  });
  it('leaves a quality a quality', () => {
    expect(classify('Je bent onderzoekend en nieuwsgierig')).toBe('trait');
  });
});

describe('"MS" before Office is the software, however it is joined (reading of untuned output)', () => {
  it.each([
    ['Kennis van MS-Office, Excel en SAP is een plus.', 'skill'],
    ['Een MS in Computer Science', 'diploma'],
  ])('%s → %s', (text, kind) => {
    expect(classify(text)).toBe(kind);
  });
});

describe('"master data" and a scrum master are no master’s degree (untuned output)', () => {
  it.each([
    ['Activities: data modeling, data audit, establish master data solutions, define hierarchies', false],
    ['Experience as a scrum master in an agile team', false],
    ['Master in Computer Science or related field', true],
  ])('%s → education %s', (text, education) => {
    expect(isEducation(text)).toBe(education);
  });
});

describe('a level said in either word order is a level (reading of tune output)', () => {
  it.each(['Academisch denk- en werkniveau', 'HBO werk- en denkniveau'])('%j → education_level', (text) => {
    expect(classify(text)).toBe('education_level');
  });
});
