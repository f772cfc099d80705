import { describe, expect, it } from 'vitest';
import { anyOf, LEGAL_REQUIREMENTS, legalBasis, matchLegal } from '.';
import { jurisdictionOf } from './jurisdiction';

describe('legal table', () => {
  it('holds statutory entries with a citation and the four non-statutory demands', () => {
    expect(LEGAL_REQUIREMENTS.length).toBeGreaterThanOrEqual(80);
    for (const e of LEGAL_REQUIREMENTS.filter((x) => x.statutory)) expect(e.citation).toMatch(/\S/);
    expect(LEGAL_REQUIREMENTS.filter((e) => !e.statutory).map((e) => e.id)).toEqual(expect.arrayContaining(['nl.arbo.vca', 'nl.arbo.bhv']));
  });

  it.each([
    ['rijbewijs C', 'Vrachtwagenchauffeur', 'nl.transport.rijbewijs', true],
    ['rijbewijs B', 'Software developer', 'nl.transport.rijbewijs', false],
    ['Code 95', 'Chauffeur', 'nl.transport.code95', true],
    ['BIG-registratie', 'Verpleegkundige', 'nl.zorg.big.verpleegkundige', true],
    ['VOG', 'Pedagogisch medewerker kinderopvang', 'nl.kinderopvang.vog_personenregister', true],
    ['VCA-certificaat', 'Timmerman', 'nl.arbo.vca', false],
    ['BHV', 'Receptionist', 'nl.arbo.bhv', false],
  ])('%s for %s → %s (statutory %s)', (requirement, job, id, statutory) => {
    const match = matchLegal(requirement, job);
    expect(match?.entry.id).toBe(id);
    expect(match?.statutory).toBe(statutory);
  });

  it('shows no law beside a VOG that several laws require, each of other jobs (reading of untuned output)', () => {
    expect(matchLegal('Het aanleveren van een VOG is onderdeel van de selectieprocedure.', 'Examinator\nJe neemt rijexamens af.')).toBeNull();
    expect(matchLegal('Een VOG is verplicht.', 'Pedagogisch medewerker\nJe werkt in de kinderopvang.')?.entry.id).toBe('nl.kinderopvang.vog_personenregister');
  });
});

// Invented fixtures, one per rule of #16 ("never translate away what the law asks").
describe('the legal chain: diplomas the law ties to the job', () => {
  it.each([
    ['Afgeronde opleiding tot verpleegkundige (mbo 4 of hbo)', 'Verpleegkundige longziekten', 'nl.zorg.big.verpleegkundige.diploma'],
    ['Een diploma verpleegkunde', 'Wijkverpleegkundige', 'nl.zorg.big.verpleegkundige.diploma'],
    ['Je bent gediplomeerd hbo-verpleegkundige', 'Zorgcoördinator\nAls verpleegkundige stuur je het team aan.', 'nl.zorg.big.verpleegkundige.diploma'],
    ['Afgeronde studie geneeskunde', 'Arts-assistent niet in opleiding (ANIOS)', 'nl.zorg.big.arts.diploma'],
    ['Diploma fysiotherapie', 'Fysiotherapeut eerstelijn', 'nl.zorg.big.fysiotherapeut.diploma'],
    ['Diploma Verzorgende IG (niveau 3)', 'Verzorgende IG thuiszorg', 'nl.zorg.big34.verzorgende_ig'],
    [
      'Een mbo-diploma pedagogisch werk niveau 3 dat voldoet aan de cao kinderopvang',
      'Pedagogisch medewerker kinderdagverblijf',
      'nl.kinderopvang.beroepskwalificatie',
    ],
    ['Je bent een gediplomeerde beveiliger', 'Beveiliger evenementenhal', 'nl.beveiliging.beveiliger'],
    ['Diploma Beveiliging niveau 2', 'Objectbeveiliger', 'nl.beveiliging.beveiliger'],
    ['Je hebt een tweedegraads onderwijsbevoegdheid', 'Docent aardrijkskunde vmbo', 'nl.onderwijs.vo.leraar'],
    ['Je hebt je pabo-diploma op zak', 'Groepsleerkracht basisschool', 'nl.onderwijs.po.leraar'],
    ['Wft-diploma Hypothecair krediet', 'Hypotheekadviseur', 'nl.financieel.wft'],
  ])('%s (%s) → %s, diploma required', (requirement, job, id) => {
    const match = matchLegal(requirement, job);
    expect(match?.entry.id).toBe(id);
    expect(match?.statutory).toBe(true);
    expect(match?.diplomaRequired).toBe(true);
    expect(match?.entry.citation).toMatch(/\S/);
  });

  it('a diploma-chain entry names the registration it leads to and its law', () => {
    const basis = legalBasis(matchLegal('Diploma verpleegkunde', 'Verpleegkundige')!.entry, 'nl');
    expect(basis).toMatchObject({
      id: 'nl.zorg.big.verpleegkundige.diploma',
      bwbr: 'BWBR0006251',
      diplomaRequired: true,
      dependsOn: 'nl.zorg.big.verpleegkundige',
      profession: 'verpleegkundige',
      verified: true,
      obtainableAfterHiring: false,
    });
  });

  it('only when the role fits: a nursing diploma in a job that is not nursing is no legal demand', () => {
    expect(matchLegal('Diploma verpleegkunde', 'Verkoopmedewerker medische hulpmiddelen')).toBeNull();
  });
});

describe('role fit: the entry must fit the profession', () => {
  it('a VIG posting\'s BIG line is the art. 34 title, not "BIG-registratie als arts"', () => {
    const match = matchLegal(
      'Je hebt een BIG-registratie',
      'Verzorgende IG psychogeriatrie\nJe werkt nauw samen met de arts en de specialist ouderengeneeskunde.',
    );
    expect(match?.entry.id).toBe('nl.zorg.big34.verzorgende_ig');
    expect(match?.entry.id).not.toBe('nl.zorg.big.arts');
  });
  it("a psychiatrist is an arts: the BIG line of a psychiatrist's posting is the arts register", () => {
    expect(matchLegal('BIG-registratie', 'Psychiater volwassenen')).toMatchObject({ entry: { id: 'nl.zorg.big.arts' }, statutory: true, fit: 'title' });
    expect(matchLegal('Registratie als psychiater', 'Psychiater volwassenen')).toMatchObject({ entry: { id: 'nl.zorg.big.specialisten' }, statutory: true });
  });
  it('naming the profession is not asking its register: "Ben jij een enthousiaste psychiater" is no legal demand', () => {
    expect(matchLegal('Ben jij een enthousiaste psychiater', 'Psychiater volwassenen')).toBeNull();
    expect(matchLegal('Als waarnemend psychiater ben je regiebehandelaar', 'Psychiater volwassenen')).toBeNull();
  });
  it('a generic title lets the opening text name the profession', () => {
    expect(matchLegal('BIG-registratie', 'Medewerker zorg\nAls verpleegkundige werk je op de afdeling cardiologie.')?.entry.id).toBe(
      'nl.zorg.big.verpleegkundige',
    );
  });
});

describe('driving licences are needed before the first trip', () => {
  it('rijbewijs B for a bezorger: statutory, needed before start, no word about C/CE training', () => {
    const match = matchLegal('Rijbewijs B', 'Bezorger maaltijden');
    expect(match?.entry.id).toBe('nl.transport.rijbewijs');
    expect(match?.statutory).toBe(true);
    const basis = legalBasis(match!.entry, 'nl');
    expect(basis.obtainableAfterHiring).toBe(false);
    expect(basis.obtainableDetail).not.toMatch(/\bC\/?CE\b|na aanname/);
  });
});

describe("another country's law: kept verbatim, marked unverified", () => {
  it.each([
    ['US citizenship is required for this role', 'Systems Engineer\nLocated in Huntsville, AL.', 'foreign.citizenship', 'US'],
    ['Must hold an active TS/SCI clearance', 'Intelligence Analyst', 'foreign.security_clearance', 'US'],
    ['Ability to obtain a security clearance', 'Field Engineer\nSeattle, WA', 'foreign.security_clearance', 'US'],
    ['You have the legal right to work in the UK', 'Care Assistant\nManchester', 'foreign.right_to_work', 'GB'],
    ['Candidates must be authorized to work in the United States', 'Product Designer', 'foreign.right_to_work', 'US'],
    ['Offer contingent on a background check', 'Teller\nPhoenix, AZ', 'foreign.background_check', 'US'],
    ['This employer participates in E-Verify', 'Cook', 'foreign.e_verify', 'US'],
    ['Must pass a pre-employment drug test', 'Forklift Operator\nMemphis, TN', 'foreign.drug_test', 'US'],
  ])('%s → %s (%s)', (requirement, job, id, jurisdiction) => {
    const match = matchLegal(requirement, job);
    expect(match).toMatchObject({ entry: { id }, statutory: true, foreign: true, verified: false, jurisdiction });
    expect(legalBasis(match!.entry, 'nl')).toMatchObject({ verified: false, label: 'wettelijk, niet gecontroleerd', bwbr: null });
    expect(legalBasis(match!.entry, 'en').label).toBe('legal, not verified');
  });
  it('"able to work independently" is not a right to work', () => {
    expect(matchLegal('You are able to work independently', 'Data Analyst\nDenver, CO')).toBeNull();
  });
  it('in a Dutch posting, the right to work is the Wet arbeid vreemdelingen', () => {
    for (const [requirement, job] of [
      ['Je hebt een geldige werkvergunning', 'Orderpicker\nVoor ons magazijn in Venlo zoeken wij een collega.'],
      ['You are permitted to work in the Netherlands', 'Software Engineer\nAmsterdam'],
    ] as const) {
      expect(matchLegal(requirement, job), requirement).toMatchObject({
        entry: { id: 'nl.arbeid.wav_tewerkstelling', bwbr: 'BWBR0007149' },
        statutory: true,
        foreign: false,
        verified: true,
      });
    }
  });
  it('reads the country from the requirement first, then the job', () => {
    expect(jurisdictionOf('British citizenship', 'Analyst\nAmsterdam')).toBe('GB');
    expect(jurisdictionOf('right to work', 'Analyst\nLondon')).toBe('GB');
    expect(jurisdictionOf('Je hebt een werkvergunning', 'Analist')).toBe('NL');
    expect(jurisdictionOf('right to work', 'Analyst')).toBe('unknown');
  });
});

describe('statutory minimum ages', () => {
  it('16 to serve in a bar (Alcoholwet art. 24 lid 3)', () => {
    expect(matchLegal('Je bent minimaal 16 jaar', 'Barmedewerker strandpaviljoen')).toMatchObject({
      entry: { id: 'nl.horeca.alcohol_minimumleeftijd', bwbr: 'BWBR0002458', minimumAge: 16 },
      statutory: true,
    });
  });
  it('under 16 only light work (Arbeidstijdenwet art. 3:2)', () => {
    expect(matchLegal('Je bent minimaal 15 jaar', 'Vakkenvuller')).toMatchObject({
      entry: { id: 'nl.arbeidstijden.minimumleeftijd', bwbr: 'BWBR0007671' },
      statutory: true,
    });
  });
  it("18 for a supermarket till is not the law (the buyer's age is)", () => {
    expect(matchLegal('Je bent 18 jaar of ouder i.v.m. de verkoop van alcohol', 'Caissière supermarkt')).toBeNull();
  });
});

describe('anyOf', () => {
  // The fast prefilter must answer exactly as one plain union of the patterns would.
  const patterns = LEGAL_REQUIREMENTS.flatMap((e) => [...e.documentPatterns, ...e.rolePatterns]);
  const union = new RegExp(patterns.map((p) => `(?:${p})`).join('|'), 'i');
  const fast = anyOf(patterns);
  const texts = [
    ...LEGAL_REQUIREMENTS.flatMap((e) => [e.name.nl, e.name.en, ...e.roles, e.appliesWhen, e.rephrase]),
    'US citizenship',
    'TS/SCI clearance',
    'right to work in the UK',
    'diploma verpleegkunde',
    'gediplomeerde beveiliger',
    'minimaal 16 jaar',
    'Je hebt een BIG-registratie',
    'PA in het ziekenhuis',
    'PA',
    'big data',
    'Ervaring met Python',
    'rijbewijs',
    'bevoegdheid',
    '',
  ];
  it.each([
    ['a|b(c|d)|[|]\\|x', ['ab', 'bd', '|', 'x', 'y']],
    ['\\bfoo|bar', ['foo', 'xfoo', 'xbar']],
    ['Ab|ac|a?d|\\bAe|\\bAf|9x', ['AB', 'ac', 'd', 'ae', 'xaf', '9X', 'a']],
  ])('splits %s at its top-level "|" only', (pattern, samples) => {
    const test = anyOf([pattern]);
    for (const s of samples) expect(test(s)).toBe(new RegExp(pattern, 'i').test(s));
  });
  it('answers as the plain union on every name, role and phrase of the table', () => {
    for (const text of texts) expect(fast(text), text).toBe(union.test(text));
  });
});

describe('a role the law names only in its setting (#16)', () => {
  it.each([
    // A driving examiner meets a "rijinstructeur": no school's instructeur, so the school's VOG rule is no law here.
    ['Een VOG is onderdeel van de selectie', 'Examinator rijexamens\nJe praat met de rijinstructeur van de kandidaat.', false],
    ['Je hebt een VOG', 'Instructeur techniek\nOp onze school help je leerlingen in het practicumlokaal.', true],
    ['Je levert een VOG aan', 'Administratief medewerker\nJe werkt op het kantoor van een transportbedrijf.', false],
    ['Je levert een VOG aan', 'Administratief medewerker basisschool\nJe ondersteunt de directie van onze school.', true],
  ])('%s (%s) → statutory %s', (requirement, job, statutory) => {
    expect(matchLegal(requirement, job)?.statutory ?? false).toBe(statutory);
  });
});

describe('a driving examiner: the licence and the initial qualification the EU directive asks (reading of untuned output)', () => {
  it.each([
    ['Minimaal tien jaar een B-rijbewijs handgeschakeld', 'nl.transport.rijexaminator.rijbewijs', false],
    ['Omdat de opleiding een verplicht onderdeel is bij deze functie kun je geen verlof opnemen.', 'nl.transport.rijexaminator.opleiding', true],
  ])('%s → %s', (requirement, id, afterHiring) => {
    const match = matchLegal(requirement, 'Examinator in Utrecht\nJe neemt praktijkexamens af voor rijbewijzen.');
    expect(match).toMatchObject({ entry: { id, obtainable: { afterHiring } }, statutory: true });
    expect(match!.entry.citation).toMatch(/Richtlijn 2006\/126\/EG/);
  });
  it('is no law for other jobs', () => {
    expect(matchLegal('Rijbewijs B', 'Bezorger\nJe bezorgt pakketten in de regio.')?.entry.id).toBe('nl.transport.rijbewijs');
    expect(matchLegal('Omdat de opleiding verplicht is, start je in september.', 'Monteur\nJe onderhoudt installaties.')).toBeNull();
  });
});

describe('a Dutch demand whose law Vaardig has not checked (#16)', () => {
  it.each([
    ['Je hebt de Nederlandse nationaliteit (dit mag ook je tweede nationaliteit zijn).', 'nl.onbekend.nationaliteit'],
    ['Een betrouwbaarheids- en omgevingsonderzoek maken deel uit van de selectieprocedure.', 'nl.onbekend.betrouwbaarheidsonderzoek'],
  ])('keeps "%s" as law, not verified', (requirement, id) => {
    const match = matchLegal(requirement, 'Financieel analist\nPolitie');
    expect(match).toMatchObject({ entry: { id }, statutory: true, foreign: false, verified: false });
    expect(legalBasis(match!.entry, 'nl')).toMatchObject({ verified: false, label: 'wettelijk, niet gecontroleerd', bwbr: null, url: null });
  });
  it('yields to an entry that cites its law', () => {
    expect(
      matchLegal('Je hebt de Nederlandse nationaliteit, in verband met het veiligheidsonderzoek A.', 'Netwerkbeheerder\nOpenbaar Ministerie'),
    ).toMatchObject({ entry: { id: 'nl.overheid.vgb_vertrouwensfunctie' }, verified: true });
  });
});
