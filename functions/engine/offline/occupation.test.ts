import { describe, expect, it } from 'vitest';
import { Vacancy } from '../../../shared/vacancy';
import { getTaxonomy } from '../../taxonomy';
import { CLAIM_AT, claimOccupation, detectOccupations, occupationsByName } from './occupation';
import { translateOffline } from './translate';

const taxonomy = getTaxonomy();
const label = (id: number | undefined) => (id === undefined ? null : taxonomy.occupation(id).nl);

describe('occupation from the title', () => {
  it.each([
    // Reordered words: Dutch titles put the field after the generic head noun.
    ['Medewerker logistiek (m/v/x)', 'logistiek medewerker'],
    // Joined into a Dutch compound, also across "&".
    ['Marketing Medewerker', 'marketingmedewerker'],
    ['Marketing & communicatie medewerker', 'marketingmedewerker'],
    ['Account Manager Glass Benelux', 'accountmanager'],
    // A word that is also a property of every JavaScript object.
    ['Furniture constructor', 'meubelmaker'],
  ])('%s → %s', (title, expected) => {
    expect(label(detectOccupations(title, '', taxonomy)[0]?.id)).toBe(expected);
  });

  it.each([
    // Compounds: the modifier and the head each count, also across a hyphen and through "IT" → "ICT".
    ['IT-beheerder (m/v/x)', 'ict systeembeheerder'],
    ['GGZ-verpleegkundige 32-36 uur', 'gespecialiseerd verpleegkundige'],
    ['Vrachtwagenchauffeur CE - Utrecht', 'vrachtwagenchauffeur'],
    // One word for what a label writes as two, though the first one alone starts other labels ("software tester").
    ['Softwareontwikkelaar', 'software ontwikkelaar'],
    ['Dataanalist (32 uur)', 'data-analist'],
    // Gender forms, seniority, hours, place and noise.
    ['Kapster', 'kapper'],
    ['Junior logistiek medewerkster (v/m/x) | 24 uur', 'logistiek medewerker'],
    ['Vacature: Logistiek medewerker gezocht', 'logistiek medewerker'],
    ['Senior DevOps engineer - Amsterdam', 'ICT wijzigings- en configuratiemanager'],
  ])('claims %s → %s', (title, expected) => {
    const [top] = detectOccupations(title, '', taxonomy);
    expect(label(top?.id)).toBe(expected);
    expect(top?.score).toBeGreaterThanOrEqual(CLAIM_AT);
  });

  it.each(['Bezorger', 'Marketing intern', 'Medewerker (m/v/x)', 'Student', 'Wij zoeken jou!'])('claims nothing for the weak title %s', (title) => {
    const { occupation, occupationCandidates } = claimOccupation(detectOccupations(title, 'Je werkt in een klein team.', taxonomy), taxonomy, 'nl');
    expect(occupation).toBeNull();
    expect(occupationCandidates.length).toBeLessThanOrEqual(3);
    for (const c of occupationCandidates) expect(c.score).toBeLessThan(CLAIM_AT);
  });

  it('offers the top three with certainties in 0..1, best first', () => {
    const { occupation, occupationCandidates } = claimOccupation(detectOccupations('Data Scientist', '', taxonomy), taxonomy, 'en');
    expect(occupation?.label).toBe('data scientist');
    expect(occupationCandidates).toHaveLength(3);
    expect(occupationCandidates[0]).toEqual(occupation);
    const scores = occupationCandidates.map((c) => c.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    for (const s of scores) expect(s).toBeGreaterThanOrEqual(0), expect(s).toBeLessThanOrEqual(1);
  });

  it('never lets a generic word reach an occupation that only lists it as an alternative label', () => {
    // ESCO lists "medewerker" as an alternative label of beverage filtration technician.
    const found = detectOccupations('Medewerker (m/v/x)', 'Je werkt in ons team.', taxonomy).map((c) => label(c.id));
    expect(found).not.toContain('technicus drankenfiltering');
  });

  it('maps an MBO qualification name to the occupation it names', () => {
    expect(occupationsByName('Logistiek medewerker', taxonomy).map(label)).toContain('logistiek medewerker');
  });
});

describe('diploma skills follow a sure occupation only', () => {
  it('grounds "mbo 3 logistiek" in logistics, with the source in the reason', () => {
    const out = translateOffline(
      Vacancy.parse({
        isVacancy: true,
        title: 'Medewerker logistiek (m/v/x)',
        employer: null,
        location: null,
        language: 'nl',
        source: 'text',
        text: [
          'Wat ga je doen',
          'Je verwerkt orders en laadt bestelbussen.',
          '',
          'Wat vragen wij',
          '- Een afgeronde mbo niveau 3 opleiding logistiek',
          '- Ervaring in een magazijn',
        ].join('\n'),
      }),
      taxonomy,
    );
    expect(out.occupation?.label).toBe('logistiek medewerker');
    const diploma = out.requirements.find((r) => r.kind === 'diploma' || r.kind === 'education_level');
    const skills = out.skills.filter((s) => diploma && s.requirementIds.includes(diploma.id));
    expect(skills.length).toBeGreaterThanOrEqual(3);
    for (const s of skills) expect(s.reason).toMatch(/Beroep (herkend uit de functietitel|via de genoemde opleiding|via de opleiding)|Transversale/);
  });

  it("ranks what the occupation's own kind of job needs first (reading of untuned output)", () => {
    // A software developer's diploma in electrical engineering stood for programming, not for the
    // "technical drawings" ESCO lists beside it (they share only the field's words).
    const out = translateOffline(
      Vacancy.parse({
        isVacancy: true,
        title: 'Software Engineer',
        employer: null,
        location: null,
        language: 'nl',
        source: 'text',
        text: [
          'Functieomschrijving',
          'Als Software Engineer lever je een bijdrage aan het ontwerp en het testen van bedrijfsoplossingen.',
          '- Je ondersteunt de Software Architect bij technologische keuzen.',
          'Functie eisen',
          '- Je hebt een afgeronde Bachelor Elektrotechniek of Informatica',
          '- Kennis van C en C++',
        ].join('\n'),
      }),
      taxonomy,
    );
    const diploma = out.requirements.find((r) => r.kind === 'diploma' || r.kind === 'education_level');
    const skills = out.skills.filter((s) => diploma && s.requirementIds.includes(diploma.id));
    expect(skills[0]?.label).toBe('computerprogrammering');
    expect(skills.map((s) => s.label).join(' | ')).not.toMatch(/technisch tekenen|technische tekeningen/);
  });

  it('does not ground a diploma in a weak guess from the text', () => {
    const out = translateOffline(
      Vacancy.parse({
        isVacancy: true,
        title: 'Vacature',
        employer: null,
        location: null,
        language: 'nl',
        source: 'text',
        text: ['Wat vragen wij', '- mbo niveau 3', '- Je bent een echte teamspeler', '', 'Wij bieden een bonus.'].join('\n'),
      }),
      taxonomy,
    );
    const diploma = out.requirements.find((r) => r.kind === 'diploma' || r.kind === 'education_level');
    const skills = out.skills.filter((s) => diploma && s.requirementIds.includes(diploma.id));
    // None is better than a wrong one: no generic skills, and the diploma stays as the posting put it.
    expect(skills).toEqual([]);
    expect(out.rewritten.markdown).toContain('- mbo niveau 3');
    expect(out.experienceInPlaceOfEducation).toBe(false);
  });
});

describe('a title that names the job first and the ward after it (#15)', () => {
  it('claims the job its opening words name', () => {
    const [top] = detectOccupations('Verpleegkundige Chirurgie GE (Meander Medisch Centrum)', '', taxonomy);
    expect(taxonomy.occupation(top!.id).nl).toBe('algemeen verpleegkundige');
    expect(top!.score).toBeGreaterThanOrEqual(CLAIM_AT);
  });
  it('claims nothing when the opening words name several jobs', () => {
    const [top] = detectOccupations('Data and Software Engineer for Urban Analytics', '', taxonomy);
    expect(top!.score).toBeLessThan(CLAIM_AT);
  });
});

describe('a job named in the text when the title names none (#15)', () => {
  it.each([
    // The job is the mention's first words, not the whole clause after the cue.
    ['Vacature', 'Voor ons team zoeken wij een ervaren systeembeheerder die het netwerk van de school beheert.', 'ict systeembeheerder'],
    // A mention that names the job twice, split like a title.
    ['Over de functie', 'Je werkt als Data Scientist/Machine Learning Engineer aan onze voorspellingsmodellen.', 'data scientist'],
  ])('%s + %s → %s', (title, text, expected) => {
    const [top] = detectOccupations(title, text, taxonomy);
    expect(label(top?.id)).toBe(expected);
    expect(top?.source).toBe('text');
    expect(top?.score).toBeGreaterThanOrEqual(CLAIM_AT);
  });
});

describe('a generic name that ESCO gives one specific occupation as an alternative label (#15)', () => {
  it('claims nothing for "vestigingsmanager" (facility manager\'s alternative label, the family name of ten other occupations)', () => {
    const { occupation } = claimOccupation(detectOccupations('Vestigingsmanager (m/v/x)', 'Je leidt een team van tien mensen.', taxonomy), taxonomy, 'nl');
    expect(occupation).toBeNull();
  });
  it.each([
    // A generic occupation may bear the family's name, and a label may shorten the occupation's own.
    ['Projectleider', 'projectmanager'],
    ['Schoonmaker', 'schoonmaker gebouwen'],
  ])('still claims %s → %s', (title, expected) => {
    const [top] = detectOccupations(title, '', taxonomy);
    expect(label(top?.id)).toBe(expected);
    expect(top?.score).toBeGreaterThanOrEqual(CLAIM_AT);
  });
});

describe('a title that names a family and a text that says which member (#15)', () => {
  it.each([
    ['Java developer (m/v/x)', 'Je schrijft software voor onze klanten in de zorg. Je werkt met Java en Spring.', 'software ontwikkelaar'],
    ['Productiemedewerker', 'Je werkt in onze fabriek van isolatiebuizen in ploegendienst.', 'productiemedewerker isolatiebuizen'],
  ])('%s + %s → %s', (title, text, expected) => {
    const [top] = detectOccupations(title, text, taxonomy);
    expect(label(top?.id)).toBe(expected);
    expect(top?.score).toBeGreaterThanOrEqual(CLAIM_AT);
  });

  it('claims nothing when the text completes the title into two labels', () => {
    const { occupation } = claimOccupation(detectOccupations('Developer', 'Je schrijft software en je bouwt websites voor het web.', taxonomy), taxonomy, 'nl');
    expect(occupation).toBeNull();
  });

  it('claims nothing from the title alone when it names only the family', () => {
    const [top] = detectOccupations('Productiemedewerker', '', taxonomy);
    expect(top!.score).toBeLessThan(CLAIM_AT);
  });
});

describe("the title's own words for the kind of job (#15)", () => {
  it.each([
    // A worker at an activity is its agent noun; English "-ing" and Dutch activity nouns alike.
    ['Medewerker art handling (m/v/x)', '', 'art handler'],
    ['Arbeider schoonmaak', '', 'schoonmaker gebouwen'],
    // … also in one word, and three title words a label writes as one (reading of untuned output).
    ['Sloopwerker / Grondwerker', '', 'sloper'],
    ['Social Media Marketeer', '', 'online marketeer'],
    // A Dutch label says "beheerder" where an English title says "manager" ("content beheerder").
    ['Content Manager', '', 'web content manager'],
    // The job a question in the text names.
    ['Vacature', 'Werken in een klein team.\nBen jij een ervaren kapper die van mensen houdt? Dan zoeken wij jou!', 'kapper'],
    // A junior title is not completed into the manager by a manager the text mentions.
    ['Stagiaire HR', 'Als stagiaire help je elke nieuwe medewerker op weg en ondersteun je de manager.', 'medewerker personeelszaken'],
    // An intern does the field's work: the field's "medewerker" where ESCO names one (reading of untuned output).
    ['Marketing Stagiair', 'Tijdens je stage ben je betrokken bij alle marketingactiviteiten.', 'marketingmedewerker'],
    ['Stagiaire HR', 'Je werkt in een klein team.', 'medewerker personeelszaken'],
  ])('%s → %s', (title, text, expected) => {
    const [top] = detectOccupations(title, text, taxonomy);
    expect(label(top?.id)).toBe(expected);
    expect(top?.score).toBeGreaterThanOrEqual(CLAIM_AT);
  });

  it('reads an expert as a specialist', () => {
    const [top] = detectOccupations('Social media expert', '', taxonomy);
    expect(['online community manager', 'manager digitale marketing']).toContain(label(top?.id));
    expect(top?.score).toBeGreaterThanOrEqual(CLAIM_AT);
  });

  it("lets the title's seniority break a tie only, not make a claim", () => {
    const [top] = detectOccupations('Junior HR', 'Je werkt in een klein team.', taxonomy);
    expect(label(top?.id)).not.toBe('hoofd personeelszaken');
    expect(top?.score).toBeLessThan(CLAIM_AT);
  });
});

describe('matching buffers kept between calls', () => {
  it('gives the same candidates whatever was matched before', () => {
    const title = 'Medewerker klantenservice (m/v/x)',
      text = 'Als medewerker klantenservice help je klanten aan de telefoon.';
    const first = detectOccupations(title, text, taxonomy);
    detectOccupations('Senior Java developer', 'Je bouwt software voor de zorg.', taxonomy);
    occupationsByName('Logistiek medewerker', taxonomy);
    expect(detectOccupations(title, text, taxonomy)).toEqual(first);
  });
});

describe('a list after "als" names things, not the job (reading of untuned output)', () => {
  it('does not take "begrippen als SEO, SEA, HTML en CTR" for a search engine optimisation expert', () => {
    const text = [
      'Wij zoeken een content manager.',
      '',
      'Wie zoeken wij',
      '- Je zet geen vraagtekens bij begrippen als SEO, SEA, HTML, ROI, en CTR',
      '- Je schrijft scherpe teksten',
    ].join('\n');
    const top = detectOccupations('Content Manager', text, taxonomy)[0];
    expect(label(top?.id)).not.toMatch(/search engine|zoekmachine/i);
  });
});
