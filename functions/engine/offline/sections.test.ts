import { describe, expect, it } from 'vitest';
import { headingKind } from './sections';

describe('"About X" / "Over X" introduces the employer or its place, not the reader', () => {
  it.each([
    ['About Fort Worth?', 'about'],
    ['Over Adapta', 'about'],
    ['About you', 'requirements'],
    ['Over de functie', 'tasks'],
  ])('%s → %s', (line, kind) => {
    expect(headingKind(line)).toBe(kind);
  });
});

describe('a Markdown heading is a heading whatever it says (#16)', () => {
  it.each([
    ['## Conditions of employment', 'offer'],
    ['## Job requirements', 'requirements'],
    ['## Faculty of Applied Things and Sciences', 'other'],
    ['#### A long title line of a posting that runs on well past sixty characters', 'other'],
  ])('%s → %s', (line, kind) => {
    expect(headingKind(line)).toBe(kind);
  });
});

describe('a question that opens a section may name the job, and may lack its question mark (#16)', () => {
  it.each([
    ['Wat neem jij mee in de functie van financieel adviseur?', 'requirements'],
    ['Wat breng jij mee?', 'requirements'],
    // (Reading of untuned output: it read as the employer's own section.)
    ['**Who are we looking for?**', 'requirements'],
    ['Who we are looking for', 'requirements'],
    // (A typographic apostrophe is an apostrophe: the tasks were not found, reading of untuned output.)
    ['What you’ll do', 'tasks'],
    ['What we’re looking for', 'requirements'],
    ['Waarom werken als bakker echt iets voor jou is', 'offer'],
    ['Waarom het vak van bakker echt iets voor jou is', 'other'],
    ['Wat je verder nog moet weten', 'other'],
  ])('%s → %s', (line, kind) => {
    expect(headingKind(line)).toBe(kind);
  });

  it.each(['Wat je doet, doe je goed.', 'Wie jij bent, maakt het verschil en daarom zoeken we jou in ons mooie team'])('%s is no heading', (line) => {
    expect(headingKind(line)).toBeNull();
  });
});

describe('headings that say what you will do, get, or bring, in the words postings use (#16)', () => {
  it.each([
    ['Wat heb jij in je?', 'requirements'],
    ['**Waar beschik je over**', 'requirements'],
    ['Profielen die bij ons passen', 'requirements'],
    ['Wat wij jou te bieden hebben', 'offer'],
    ['#### Wat je gaat doen', 'tasks'],
    ['#### Wij zoeken iemand die', 'requirements'],
    ['#### Van ons krijg je', 'offer'],
    ['Dit krijg je bij ons', 'offer'],
    ['THE CANDIDATE', 'requirements'],
    ['Gaat dit over jou?', 'requirements'],
    ['CONDITIONS', 'offer'],
    ['MORE INFORMATION', 'contact'],
    ['Is dit iets voor jou?', 'contact'],
    ['**Spreekt deze functie je aan?**', 'contact'],
    ['Waarover beschikt u?', 'requirements'],
    ['Waar jouw profiel aan moet voldoen', 'requirements'],
    ['Waaraan moet je voldoen?', 'requirements'],
    ['Voor wie je gaat werken', 'about'],
    ['Voor wie ga je werken?', 'about'],
    ['Dit ga je doen', 'tasks'],
    ['Hoe ziet een werkdag van een monteur eruit?', 'tasks'],
    ['Wat je kunt verwachten', 'offer'],
    ['Wat levert het jou op?', 'offer'],
    ['Geboden wordt', 'offer'],
    ['Waar ga je werken?', 'about'],
    ['Bedrijfsomschrijving', 'about'],
    ['Het sollicitatieproces', 'contact'],
  ])('%s → %s', (line, kind) => {
    expect(headingKind(line)).toBe(kind);
  });
});

describe('a heading made only of the names of what is asked (#16)', () => {
  it.each([
    ['Opleiding & ervaring', 'requirements'],
    ['Kennis en vaardigheden', 'requirements'],
    ['Education and experience', 'requirements'],
  ])('%s → %s', (line, kind) => {
    expect(headingKind(line)).toBe(kind);
  });

  it('leaves a line that asks for experience alone', () => {
    expect(headingKind('Ervaring met lassen')).toBeNull();
  });
});

describe('a plus stays a plus, and a lead-in sentence can open the requirements (#15, #16)', () => {
  it.each([
    ['What we’d love to see:', 'preferred'],
    ['It would be great if you have:', 'preferred'],
    ['***Nice-to-Have****', 'preferred'],
    ['Wij vragen van onze nieuwe collega:', 'requirements'],
    ['Dit vragen we van jou:', 'requirements'],
    ['**Your application**', 'contact'],
    ['Stand-out Skills', 'preferred'],
    ['Wat verwachten we van je sollicitatie?', 'contact'],
    ['Wat verwachten wij van jou?', 'requirements'],
    // A sentence without the colon stays content.
    ['Wij vragen van onze nieuwe collega veel', null],
  ])('%s → %s', (line, kind) => {
    expect(headingKind(line)).toBe(kind);
  });
});

describe('an offer heading asked as a question (reading of untuned output)', () => {
  it('reads "Wat maakt werken bij deze werkgever zo leuk?" as the offer', () => {
    expect(headingKind('Wat maakt werken bij deze werkgever zo leuk?')).toBe('offer');
    expect(headingKind('Jouw missie:')).toBe('tasks');
    expect(headingKind('Omschrijving')).toBe('tasks');
    expect(headingKind('Bedrijfsomschrijving')).toBe('about');
  });
});

describe('a school level under the requirements is asked, not a heading', () => {
  it('reads "MTS werk/denkniveau" as no heading', () => {
    expect(headingKind('MTS werk/denkniveau')).toBeNull();
  });
});

describe('Flemish and plain requirement headings (reading of untuned output)', () => {
  it.each(['Voorwaarden', 'Verder vragen wij', 'Dit ben jij'])('%s', (line) => {
    expect(headingKind(line)).toBe('requirements');
  });
  it('"Arbeidsvoorwaarden" stays the offer', () => {
    expect(headingKind('Arbeidsvoorwaarden')).toBe('offer');
  });
});

describe('a long lead-in that says what the reader gets opens the offer (reading of untuned output)', () => {
  it.each(['Als C++ Programmeur bij dit bedrijf in Hilversum kun je rekenen op:', 'Naast een uitdagende functie bieden wij jou:'])('%s', (line) => {
    expect(headingKind(line)).toBe('offer');
  });
});

describe('a heading that lists the names of what is asked, commas and all (reading of untuned output)', () => {
  it.each(['SKILLS, KNOWLEDGE, AND ABILITIES:', 'Knowledge, Skills and Abilities:', 'Kennis, vaardigheden en bekwaamheden'])(
    '%s opens the requirements',
    (line) => {
      expect(headingKind(line)).toBe('requirements');
    },
  );
  it('still reads a line that asks a skill as content', () => {
    expect(headingKind('Knowledge of SQL and abilities in Python')).toBeNull();
  });
});
