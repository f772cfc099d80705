import { describe, expect, it } from 'vitest';
import type { Requirement } from '../../../shared/translation';
import { ENGINE_SUMMARY } from '../../../shared/skill-wording';
import { aboutThePerson, personProfile, relativeToReader } from './person-profile';

const trait = (text: string): Requirement => ({
  id: 'r1',
  text,
  kind: 'trait',
  mandatory: true,
  legal: false,
  legalBasis: null,
  alternativeOffered: false,
  span: null,
});
const items = (texts: string[], language: 'nl' | 'en') => {
  const p = personProfile(texts.map(trait), language);
  return [...p.motivation, ...p.values, ...p.workingStyle, ...p.teamContribution, ...p.learningNeeds];
};

describe('person profile in full sentences', () => {
  it('turns the qualities a Dutch posting lists into sentences in its voice', () => {
    expect(items(['Stressbestendig en flexibel', 'Goede communicatieve vaardigheden', 'Bent in staat om teams te motiveren'], 'nl')).toEqual(
      expect.arrayContaining(['Je bent stressbestendig en flexibel.', 'Je hebt goede communicatieve vaardigheden.', 'Je bent in staat om teams te motiveren.']),
    );
  });
  it("says a quality in a demand's noun-phrase form as a sentence (reading of untuned output)", () => {
    expect(items(['In staat goed te communiceren met zowel het team als de klant', 'Bereid om af en toe in het weekend te werken'], 'nl')).toEqual(
      expect.arrayContaining([
        'Je bent in staat goed te communiceren met zowel het team als de klant.',
        'Je bent bereid om af en toe in het weekend te werken.',
      ]),
    );
  });
  it('says an English word Dutch postings borrow for a quality in Dutch (principle 12; reading of untuned output)', () => {
    expect(items(['Je bent een echte teamplayer'], 'nl')).toEqual(['Je bent een echte teamspeler.']);
    expect(items(['You are a true team player'], 'en')).toEqual(['You are a true team player.']);
  });
  it('says "Iemand die …" to the reader (reading of untuned output)', () => {
    expect(items(['Iemand die niet terugschrikt voor verantwoordelijkheid'], 'nl')).toEqual([
      'Je bent iemand die niet terugschrikt voor verantwoordelijkheid.',
    ]);
  });
  it('reads a "-gericht" compound written apart as one word (reading of untuned output)', () => {
    expect(items(['Commercieel en resultaat gericht.'], 'nl')).toEqual(['Je bent commercieel en resultaatgericht.']);
  });
  it('does the same in English, and leaves a line it cannot read as a quality as written', () => {
    expect(items(['Strong communication skills', 'Curious and proactive'], 'en')).toEqual(
      expect.arrayContaining(['You have strong communication skills.', 'You are curious and proactive.']),
    );
    expect(items(['Zingen met de kinderen!'], 'nl')).toEqual(['Zingen met de kinderen!']);
  });
  it('says an English demand in its noun-phrase form to the reader (reading of untuned output)', () => {
    expect(items(['Able to communicate clearly and concisely with clients'], 'en')).toEqual([
      'You are able to communicate clearly and concisely with clients.',
    ]);
  });
  it('reads an item of "Wij zoeken iemand die" as the reader’s quality (#16)', () => {
    expect(items(['Een teamplayer is met een groot verantwoordelijkheidsgevoel', 'Kritisch en open is naar klanten'], 'nl')).toEqual(
      expect.arrayContaining(['Je bent een teamspeler met een groot verantwoordelijkheidsgevoel.', 'Je bent kritisch en open naar klanten.']),
    );
    expect(items(['Niet bang is om zichzelf te presenteren'], 'nl')).toEqual(['Je bent niet bang om jezelf te presenteren.']);
    // (A main clause that says what is the reader's is no such item: its subject is not the reader.)
    expect(items(['Integraal werken is helemaal jouw ding'], 'nl')).toEqual(['Integraal werken is helemaal jouw ding']);
    expect(aboutThePerson('Excellence AG is een projectenorganisatie met vestigingen in Duitsland')).toBe(false);
    expect(aboutThePerson('Het team is klein en hecht')).toBe(false);
  });
  it('says an item of "Wij zoeken iemand die" with its own verb as a sentence (reading of untuned output)', () => {
    expect(items(['Affiniteit heeft met software en/of HR'], 'nl')).toEqual(['Je hebt affiniteit met software en/of HR.']);
    expect(items(['Communicatie is jouw sterke kant, zowel duidelijk en transparant'], 'nl')).not.toContain('Je kant communicatie is jouw sterke');
  });
  it('ends a list of qualities the reading cut before its "en" with one (reading of untuned output)', () => {
    expect(items(['Je bent klantvriendelijk, beleefd, discreet'], 'nl')).toEqual(['Je bent klantvriendelijk, beleefd en discreet.']);
  });
  it('never says the subject twice when the line already has it (reading of untuned output)', () => {
    expect(items(['Je bent een teamplayer met doorzettingsvermogen'], 'nl')).toEqual(['Je bent een teamspeler met doorzettingsvermogen.']);
  });
  it('files motivation and pleasure under motivation (reading of untuned output)', () => {
    expect(personProfile([trait('Je hebt plezier in tekenen met kinderen')], 'nl').motivation).toEqual(['Je hebt plezier in tekenen met kinderen.']);
  });
  it('says a question put to the reader as the statement it asks for (reading of untuned output)', () => {
    expect(items(['Krijg je energie van puzzelen en verbeteren?', 'Ben jij een leider die graag mensen verbindt?', 'Heeft u oog voor detail?'], 'nl')).toEqual(
      expect.arrayContaining(['Je krijgt energie van puzzelen en verbeteren.', 'Je bent een leider die graag mensen verbindt.']),
    );
    expect(items(['Do you enjoy solving puzzles with data?', 'Are you curious about new tools?'], 'en')).toEqual(
      expect.arrayContaining(['You enjoy solving puzzles with data.', 'You are curious about new tools.']),
    );
    expect(aboutThePerson('Heb je een stoere baan op grote hoogte?')).toBe(false);
    expect(aboutThePerson('Wat ga je doen?')).toBe(false);
  });
  it('never takes an age or a stage of life into the profile (EXEMPLARS principle 10; reading of untuned output)', () => {
    expect(aboutThePerson('You are early in your accounting career but eager to learn')).toBe(false);
    expect(aboutThePerson('Je bent een starter en wilt graag leren')).toBe(false);
    expect(aboutThePerson('Je bent nieuwsgierig en wilt graag leren')).toBe(true);
  });
  it('takes no fragment that stops on its preposition, but a separable verb is whole (reading of untuned output)', () => {
    expect(aboutThePerson('Je bent in bezit van')).toBe(false);
    expect(aboutThePerson('Je bent proactief en draagt oplossingen aan')).toBe(true);
  });
  it('reads the second clause of "Je bent een teamplayer en kan zelfstandig werken" as the reader’s too (reading of untuned output)', () => {
    expect(aboutThePerson('kan zelfstandig werken')).toBe(true);
  });
  it('leaves what the job is, said with the verb first, out of the person profile (reading of untuned output)', () => {
    expect(aboutThePerson('Heb je een stoere baan op grote hoogte')).toBe(false);
    expect(aboutThePerson("Ben je met z'n tweeën een hecht team")).toBe(false);
    expect(aboutThePerson('Ben je een echte teamplayer')).toBe(true);
  });
  it('writes a quality named as a noun as the reader’s (#16)', () => {
    expect(items(['Plezier in zingen!', 'De motivatie om zich te verdiepen in de peuterpedagogiek', 'Bereidheid om zo nu en dan in te vallen'], 'nl')).toEqual(
      expect.arrayContaining([
        'Je hebt plezier in zingen!',
        'Je hebt de motivatie om je te verdiepen in de peuterpedagogiek.',
        'Je bent bereid om zo nu en dan in te vallen.',
      ]),
    );
  });
  it('writes a grammatical summary that names what the profile holds', () => {
    expect(personProfile([trait('Je bent geduldig'), trait('Je werkt graag samen')], 'nl').summary).toMatch(/^Voor ons telt wie je bent: .+ en .+\.$/);
  });
});

describe('qualities said in other shapes become sentences to the reader (reading of untuned output)', () => {
  it.each([
    ['Een sterke commerciële drive is essentieel voor een succesvolle invulling van deze functie.', 'Je hebt een sterke commerciële drive.'],
    ['die een aanpakker, energiek en enthousiasmerend is', 'Je bent een aanpakker, energiek en enthousiasmerend.'],
    ['die zich mondeling en schriftelijk goed kan verwoorden', 'Je kunt je mondeling en schriftelijk goed verwoorden.'],
    ['dat met een klant op tactisch niveau mee kan denken', 'Je kunt met een klant op tactisch niveau meedenken.'],
    ['iemand die communicatief vaardig is', 'Je bent communicatief vaardig.'],
    ['Een geboren leider die zijn/haar team naar een hoger niveau tilt', 'Je bent een geboren leider die je team naar een hoger niveau tilt.'],
    ['Zelfstandig, gestructureerd en analytisch.', 'Je bent zelfstandig, gestructureerd en analytisch.'],
    [
      'Nauwkeurig, gestructureerd en zelfstandig in de uitvoering van je taken.',
      'Je bent nauwkeurig, gestructureerd en zelfstandig in de uitvoering van je taken.',
    ],
    ['Procesmatig kunnen denken en handelen.', 'Je kunt procesmatig denken en handelen.'],
    ['Zelfstandig en in teamverband kunnen werken', 'Je kunt zelfstandig en in teamverband werken.'],
    ['Handig en praktisch ingesteld', 'Je bent handig en praktisch ingesteld.'],
    ['Bent u toe aan een andere rol', 'U bent toe aan een andere rol.'],
  ])('%s → %s', (text, said) => {
    expect(items([text], 'nl')).toEqual([said]);
  });

  it('writes no sentence from a relative clause with two verbs it cannot place', () => {
    expect(relativeToReader('die de materie beheerst en ervaring heeft')).toBeNull();
    expect(relativeToReader('Iemand die niet terugschrikt voor verantwoordelijkheid en graag initiatief neemt')).toBeNull();
    expect(relativeToReader('die zich goed kan verwoorden, zowel mondeling als in schrift')).toBeNull();
  });
});

describe('an English relative clause about the candidate', () => {
  it('is said to the reader', () => {
    expect(items(['who is passionate about finance controlling and automation'], 'en')).toEqual([
      'You are passionate about finance controlling and automation.',
    ]);
  });
});

describe('qualities listed as nouns (reading of untuned output)', () => {
  it('says them as the adjectives they stand for, and moves them to the profile', () => {
    expect(items(['Zelfstandigheid en flexibiliteit', 'Nauwkeurigheid, betrouwbaarheid en integriteit'], 'nl')).toEqual([
      'Je bent nauwkeurig, betrouwbaar en integer.',
      'Je bent zelfstandig en flexibel.',
    ]);
    expect(aboutThePerson('Zelfstandigheid en flexibiliteit')).toBe(true);
  });
  it('leaves nouns that name no quality of a person alone', () => {
    expect(aboutThePerson('Vrijheid en verantwoordelijkheid')).toBe(false);
    expect(items(['Gezondheid'], 'nl')).not.toContain('Je bent gezondheid.');
  });
});

describe('one mark at the end of a profile line (reading of untuned output)', () => {
  it('"Je bent boven alles gewoon een leuke collega!"', () => {
    expect(items(['Je bent boven alles gewoon een leuke collega!'], 'nl')).toEqual(['Je bent boven alles gewoon een leuke collega!']);
  });
});

describe('a person named without an article (reading of untuned output)', () => {
  it('"Strategische verbinder met commerciële drive" is who you are, not what you have', () => {
    expect(items(['Strategische verbinder met commerciële drive'], 'nl')).toEqual(['Je bent een strategische verbinder met commerciële drive.']);
  });
  it('not the staff: "Onze collega\'s staan voor je klaar"', () => {
    expect(aboutThePerson("Onze collega's staan voor je klaar")).toBe(false);
  });
});

describe('an English ability said with its article (reading of untuned output)', () => {
  it('"Ability to perform routine calculations with accuracy"', () => {
    expect(items(['Ability to perform routine calculations with accuracy'], 'en')).toEqual([
      'You have the ability to perform routine calculations with accuracy.',
    ]);
  });
});

describe("the summary the engine writes is known as the engine's (shared/skill-wording.ts)", () => {
  it.each(['nl', 'en'] as const)('%s', (language) => {
    expect(personProfile([trait(language === 'nl' ? 'Je bent geduldig' : 'You are patient')], language).summary).toMatch(ENGINE_SUMMARY);
  });
});
