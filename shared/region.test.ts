import { describe, expect, it } from 'vitest';
import { detectRegion, regionCues } from './region';

// Invented postings: none of these lines comes from the corpus.
const FLEMISH_SHOP = `Winkelmedewerker
Voor onze zaak in Mechelen zoeken we een enthousiaste collega.
Profiel: je hebt een diploma hoger secundair onderwijs. Ervaring met een kassa is een troef.
Aanbod: een voltijds contract van onbepaalde duur, maaltijdcheques en een vast uurrooster.
Bel 0478 12 34 56 of mail naar jobs@voorbeeldwinkel.be.`;

const DUTCH_SHOP = `Winkelmedewerker
Voor onze winkel in Zwolle zoeken we een collega voor 32 uur per week.
Je hebt een mbo-diploma niveau 2 en werkt graag met klanten.
Wij bieden een salaris volgens de cao, 8% vakantietoeslag en reiskostenvergoeding.
Bel 06-12345678 of schrijf naar Voorbeeldstraat 1, 8011 AB Zwolle.`;

const FLEMISH_OFFICE = `Administratief bediende
Je hebt een professionele bachelor in office management.
Kennis van het Frans is een pluspunt. U werkt in een klein team.
Stel je kandidaat via onze website.`;

const ENGLISH_US = `Data analyst
You will build dashboards for our sales team in Austin.
Requirements: SQL, Python, 3+ years of experience.`;

describe('detectRegion', () => {
  it.each([
    ['a Flemish shop posting', FLEMISH_SHOP, 'nl', 'BE'],
    ['a Dutch shop posting', DUTCH_SHOP, 'nl', 'NL'],
    ['Flemish wording with a Belgian school term', FLEMISH_OFFICE, 'nl', 'BE'],
    ['an English posting without a sign', ENGLISH_US, 'en', null],
    ['a Dutch text without any sign', 'Kok\nJe kookt voor onze gasten en houdt de keuken schoon.', 'nl', 'NL'],
    ['a Belgian phone number', 'Medewerker\nBel ons op +32 3 123 45 67.', 'nl', 'BE'],
    ['a Dutch phone number in an English posting', 'Engineer\nCall us on +31 20 123 4567.', 'en', 'NL'],
    ['a Belgian postcode with its place', 'Magazijnier\nAdres: Industrieweg 5, 9000 Gent', 'nl', 'BE'],
  ] as const)('%s', (_name, text, language, expected) => {
    expect(detectRegion({ text, language }).region).toBe(expected);
  });

  it('takes the address of the page as a sign', () => {
    expect(detectRegion({ text: 'Chauffeur\nJe rijdt met een bestelwagen.', language: 'nl', url: 'https://jobs.voorbeeld.be/vacature/1' }).region).toBe('BE');
    expect(detectRegion({ text: 'Driver\nYou drive a van.', language: 'en', url: 'https://werken.voorbeeld.nl/driver' }).region).toBe('NL');
  });

  it('needs more than one weak Flemish word', () => {
    // "u" alone is formal Dutch on both sides of the border.
    expect(detectRegion({ text: 'Medewerker\nU werkt in een team en u plant uw eigen dag.', language: 'nl' }).region).toBe('NL');
    expect(detectRegion({ text: 'Medewerker\nU werkt als bediende; een rijbewijs is een troef.', language: 'nl' }).region).toBe('BE');
  });

  it('weighs both sides: a Dutch employer naming a Belgian client stays Dutch', () => {
    const text = 'Accountmanager\nVanuit ons kantoor in Breda bezoek je klanten, ook in Antwerpen.\nJe hebt hbo werk- en denkniveau. Salaris volgens cao.';
    expect(detectRegion({ text, language: 'nl' }).region).toBe('NL');
  });

  it('counts a cue once, and places only up to a cap', () => {
    const many = 'Vestigingen in Gent, Brugge, Leuven, Hasselt, Kortrijk en Aalst. Gent Gent Gent.';
    const guess = detectRegion({ text: many, language: 'nl' });
    expect(guess.scores.BE).toBe(4);
    expect(guess.region).toBe('BE');
  });

  it('does not read a year or an amount as a postcode', () => {
    const cues = regionCues({ text: 'Sinds 2015 Groeien wij. Budget 5000 EUR. Opgericht in 1998 Door twee broers.' });
    expect(cues.filter((c) => c.name.startsWith('postcode'))).toEqual([]);
  });

  it('finds a case-insensitive cue however the text is written', () => {
    // "ſ" (long s) is an s to a case-insensitive pattern but lowercases to itself.
    const names = regionCues({ text: 'KENNIS VAN HET FRANS IS EEN TROEF. Werkgever: de Vlaamſe overheid.' }).map((c) => c.name);
    expect(names).toEqual(expect.arrayContaining(['word:frans', 'word:troef', 'country']));
  });

  it('does not take "HBO5" (a Flemish programme) for Dutch hbo', () => {
    const guess = detectRegion({ text: 'Boekhouder\nJe hebt een diploma HBO5 boekhouden.', language: 'nl' });
    expect(guess.cues.some((c) => c.name === 'school:mbo-hbo')).toBe(false);
    expect(guess.cues.some((c) => c.name === 'school:aso-tso-bso')).toBe(true);
  });
});

describe('a country code beside a place (#16)', () => {
  it.each([
    ['This role is based in our Veghel headquarters (NL), with a hybrid team.', 'NL'],
    ['Onze vestiging in Wijnegem (BE) zoekt een magazijnier.', 'BE'],
  ])('%s → %s', (text, region) => {
    expect(detectRegion({ text, title: null, location: null, url: null, language: 'en' }).region).toBe(region);
  });
});

// Invented postings abroad: general signs (a place where the posting says where the job is, a US
// state code, pay in a foreign currency, US employment law), never one posting's phrases.
describe('a job outside the Netherlands and Belgium', () => {
  it.each([
    ['a US state code after a city', 'Data analyst\nSpringfield, IL\nYou build dashboards for the sales team.'],
    ['a state code with a ZIP code', 'Nurse\nApply at 12 Main Street, Albany, NY 12207.'],
    ['a country after a city on the location line', 'Buyer\nLocation: Kaohsiung, Taiwan\nYou negotiate with suppliers.'],
    ['a city and country after the employer', 'Planner\nExample Corp — Shenzhen, China\nYou plan production.'],
    ['the right to work in another country', 'Engineer\nCandidates must be authorized to work in the United States.'],
    ['a country in brackets', 'Marketeer in Gronau (Duitsland)\nJe zet campagnes op.'],
    ['a US state named after a city', 'Analyst\nThis position is located in Tulsa, Oklahoma.'],
    ['pay in dollars and US employment law', 'Analyst\nSalary: $70,000 - $80,000 per year.\nWe participate in E-Verify.'],
    ['the location field', 'Cook\nYou cook for our guests.', 'Lyon, France'],
  ])('%s', (_name, text, location?: string) => {
    expect(detectRegion({ text, location, language: 'en' }).region).toBe('abroad');
  });

  it.each([
    ['a Dutch employer naming clients abroad', 'Consultant\nVanuit ons kantoor in Zwolle help je klanten in de Verenigde Staten en Duitsland.', 'nl', 'NL'],
    ['a foreign firm hiring in Amsterdam', 'Engineer\nJoin the Amsterdam office of an American company. We are an equal opportunity employer.', 'en', 'NL'],
    ["a team's offices abroad, listed", 'Controller\nBased in our Breda office (NL), with colleagues in London, Madrid, Paris.', 'en', 'NL'],
    [
      'a Flemish posting naming France',
      'Verkoper\nVoor onze winkel in Kortrijk, vlak bij Frankrijk, zoeken we een verkoper. Kennis van het Frans is een troef.',
      'nl',
      'BE',
    ],
    ['an English posting with no sign', 'Data analyst\nYou build dashboards. Requirements: SQL.', 'en', null],
    ['a country named once, not as the place of the job', 'Data analyst\nOur clients are in Germany. You build dashboards.', 'en', null],
  ] as const)('%s stays %s', (_name, text, language, expected) => {
    expect(detectRegion({ text, language }).region).toBe(expected);
  });

  it('names its evidence, each sign once', () => {
    const cues = regionCues({ text: 'Analyst\nAustin, TX\nAustin, TX\nWe are an Equal Opportunity Employer.' });
    expect(cues.filter((c) => c.region === 'abroad').map((c) => c.name)).toEqual(['place:TX', 'law:eeo']);
  });

  it('does not read a skill list as a place', () => {
    const cues = regionCues({ text: 'Developer\nSkills: Python, Java, SQL, OR-tools.\nExperience with Excel, IN particular pivot tables.' });
    expect(cues.filter((c) => c.region === 'abroad')).toEqual([]);
  });
});
