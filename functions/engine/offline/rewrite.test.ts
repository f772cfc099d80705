import { describe, expect, it } from 'vitest';
import { spliceText } from '../../../shared/blocks';
import { ESCO_ATTRIBUTION } from '../../../shared/esco';
import { Translation } from '../../../shared/translation';
import { Vacancy } from '../../../shared/vacancy';
import { getTaxonomy } from '../../taxonomy';
import { translateOffline } from './translate';

const taxonomy = getTaxonomy();
/** The line that says experience counts instead, in any of the engine's wordings. */
const OR_EQUIVALENT = /geen diploma|maakt niet uit: in een opleiding|how you learned this/i;
const translate = (title: string, lines: string[], language: 'nl' | 'en' = 'nl') =>
  Translation.parse(
    translateOffline(Vacancy.parse({ isVacancy: true, title, employer: null, location: null, language, text: lines.join('\n'), source: 'text' }), taxonomy),
  );

const timmerman = [
  'salaris_min: 2900',
  'Bouwbedrijf Noord zoekt een timmerman voor renovatieprojecten.',
  '',
  'Wat ga je doen',
  '- Je plaatst kozijnen en deuren bij onze klanten.',
  '- Je overlegt met de uitvoerder over de planning.',
  '',
  'Wat vragen wij',
  '- mbo-diploma Timmeren niveau 3',
  '- Je bent stressbestendig',
  '- Rijbewijs B',
  '- VCA is een pré',
  '',
  'Wat bieden wij',
  '- Een vast contract en een bus van de zaak.',
  'Vragen? Bel Petra via 06-12345678.',
];

describe('rewrite in blocks', () => {
  const t = translate('Timmerman (m/v/x)', timmerman);
  const text = timmerman.join('\n');
  const blocks = t.rewritten.blocks;

  it('keeps every line that asks nothing word for word, in place, with its span', () => {
    for (const line of [
      'Bouwbedrijf Noord zoekt een timmerman voor renovatieprojecten.',
      '- Je plaatst kozijnen en deuren bij onze klanten.',
      '- Een vast contract en een bus van de zaak.',
      'Vragen? Bel Petra via 06-12345678.',
    ]) {
      const block = blocks.find((b) => b.source && text.slice(b.source.start, b.source.end) === line);
      expect(block?.kind, line).toBe('kept');
    }
    for (const b of blocks.filter((x) => x.kind === 'kept')) expect(b.source).toBeDefined();
    // The offer stays after the requirement block (now "Wat je meebrengt"), the tasks before it.
    const md = t.rewritten.markdown;
    expect(md.indexOf('kozijnen')).toBeLessThan(md.indexOf('Wat je meebrengt'));
    expect(md.indexOf('Wat je meebrengt')).toBeLessThan(md.indexOf('vast contract'));
  });

  it('changes requirement lines where they stand and ties them to their requirements', () => {
    const diploma = t.requirements.find((r) => /mbo-diploma/.test(r.text))!;
    const changed = blocks.find((b) => b.kind === 'changed' && b.requirementIds.includes(diploma.id));
    expect(changed?.source && text.slice(changed.source.start, changed.source.end)).toBe('- mbo-diploma Timmeren niveau 3');
    // The trait leaves the list for the person profile's section.
    const trait = t.requirements.find((r) => r.kind === 'trait')!;
    expect(blocks.find((b) => b.kind === 'changed' && b.requirementIds.includes(trait.id))?.markdown).toBe('');
    expect(blocks.some((b) => b.kind === 'added' && b.requirementIds.includes(trait.id))).toBe(true);
    // The plus stays a plus, in its own words.
    expect(t.rewritten.markdown).toContain('- VCA is een pré\n');
  });

  it('writes no title, no attribution and no metadata heading into the vacancy', () => {
    expect(t.rewritten.markdown).not.toContain(ESCO_ATTRIBUTION);
    expect(t.rewritten.markdown).not.toMatch(/^#+ .*salaris_min/m);
    expect(t.rewritten.markdown).not.toMatch(/^# Timmerman/m);
    expect(blocks.find((b) => b.markdown.includes('salaris_min'))?.role).toBe('meta');
  });

  it('renders the markdown from the blocks, and keeping every original gives the posting back byte for byte', () => {
    expect(spliceText(text, blocks, () => null)).toBe(text);
    for (const b of blocks.filter((x) => x.kind !== 'added')) expect(b.source!.end).toBeGreaterThan(b.source!.start);
  });

  it('never cuts words out of a sentence that asks more than the diploma', () => {
    const lines = ['Wat vragen wij', '- Je hebt een hbo-diploma bedrijfskunde en je werkt graag met SAP en Excel.', '- Je bent flexibel'];
    const mixed = translate('Inkoper', lines);
    const line = lines[1]!;
    const block = mixed.rewritten.blocks.find((b) => b.source && lines.join('\n').slice(b.source.start, b.source.end) === line);
    // Left as written (its review card still proposes the change), never a fragment.
    expect(block?.kind).toBe('kept');
    expect(mixed.rewritten.markdown).toContain(line.slice(2));
  });

  it('writes no skill for a diploma that another demand of the posting names already (reading of untuned output)', () => {
    const md = translate(
      'Data Scientist',
      ['Requirements', "- Master's degree in a quantitative field", '- Strong knowledge of statistics and machine learning'],
      'en',
    ).rewritten.markdown;
    expect(md).toContain('- You have strong knowledge of statistics and machine learning.');
    expect(md).not.toContain('You have knowledge of statistics.');
  });

  it("lets the posting's own tasks say what a diploma stood for when no skill can be named in its language", () => {
    // A task the posting writes to the reader ("Je maakt …") says it in the candidate's words.
    const lines = [
      'Wat ga je doen?',
      '- Je maakt calculaties voor onderhoudsprojecten.',
      '',
      'Wat vragen wij?',
      '- Een afgeronde mbo-opleiding',
      '- Goede beheersing van Excel',
    ];
    const t = translate('Xyzvakkracht', lines);
    expect(t.rewritten.markdown).toContain('- Je kunt calculaties voor onderhoudsprojecten maken.');
    // A task it cannot say as an ability points to the tasks instead.
    const pointed = translate('Xyzvakkracht', [
      'Wat ga je doen?',
      '- Je maakt deel uit van het calculatieteam.',
      '',
      'Wat vragen wij?',
      '- Een afgeronde mbo-opleiding',
      '- Goede beheersing van Excel',
    ]);
    expect(pointed.rewritten.markdown).toContain('- Je kunt het werk doen dat onder ‘Wat ga je doen?’ staat.');
    expect(t.rewritten.markdown).not.toContain('mbo-opleiding');
    // The kept demand as a sentence of the same list; "or equivalent" one plain sentence under it.
    expect(t.rewritten.markdown).toMatch(
      /### Wat je meebrengt\n\n- Je kunt calculaties voor onderhoudsprojecten maken\.\n- Je hebt een goede beheersing van Excel\.\n\nHoe je dit hebt geleerd, maakt niet uit: in een opleiding, in je werk of op een andere manier\.\n/,
    );
  });

  it('says experience counts instead only when no demanded diploma stays', () => {
    const kept = translate('Inkoper', ['Wat vragen wij', '- Je hebt een hbo-diploma bedrijfskunde en je werkt graag met SAP en Excel.']);
    expect(kept.rewritten.markdown).not.toMatch(OR_EQUIVALENT);
    expect(kept.experienceInPlaceOfEducation).toBe(false);
  });
});

describe('the legal chain', () => {
  it('keeps a generic diploma as the qualification the law ties to the job, never as skills', () => {
    const lines = ['Wat vragen wij', '- Een relevante opleiding met diploma', '- Je bent geduldig', '', 'Wat bieden wij', '- Kleine groepen'];
    const t = translate('Pedagogisch medewerker peutergroep', lines);
    const diploma = t.requirements.find((r) => /relevante opleiding/.test(r.text))!;
    expect(diploma.legal).toBe(true);
    expect(diploma.legalBasis?.citation).toMatch(/kinderopvang/i);
    expect(t.rewritten.markdown).toContain('Je hebt een relevante opleiding met diploma');
    expect(t.rewritten.markdown).not.toMatch(OR_EQUIVALENT);
    expect(t.experienceInPlaceOfEducation).toBe(false);
    // Skills may say what the training covers, but none stands in the vacancy in its place.
    const changed = t.rewritten.blocks.find((b) => b.requirementIds.includes(diploma.id) && b.kind === 'changed');
    expect(changed?.markdown ?? '').toBe('');
  });

  it('never publishes a line that denies the law as the law: it stays where it was, flagged, and the law is named from the table', () => {
    const lines = [
      'Wat vragen wij',
      '- Een diploma Verpleegkunde niveau 4',
      '- Let op: de BIG-registratie is voor deze functie niet meer nodig.',
      '- Je bent zorgzaam',
    ];
    const t = translate('Verpleegkundige (m/v/x)', lines);
    const denial = t.requirements.find((r) => /niet meer nodig/.test(r.text))!;
    expect(denial.legal).toBe(true);
    expect(t.warnings.map((w) => w.code)).toContain('legal-denied');
    const law = t.rewritten.markdown.slice(t.rewritten.markdown.indexOf('### Wat de wet vraagt'));
    expect(law).not.toMatch(/niet meer nodig/);
    expect(law).toMatch(/BIG-registratie als verpleegkundige[^\n]*Wet BIG/);
    expect(t.rewritten.blocks.find((b) => b.requirementIds.includes(denial.id) && b.source)?.kind).toBe('kept');
  });
});

describe("the law's line in plain words (EXEMPLARS principle 4; reading of untuned output)", () => {
  it('says "jo." and "v/h" in words and leaves the BWBR code to the panel', () => {
    const t = translate('Koelmonteur', ['Wat vragen wij', '- In het bezit van een F-gassen diploma', '- Rijbewijs B']);
    const md = t.rewritten.markdown;
    expect(md).toMatch(/Wettelijke basis: [^\n]*Besluit gefluoreerde broeikasgassen[^\n]* en art\. 10 Verordening/u);
    expect(md).not.toMatch(/\bjo\.|v\/h|BWBR/u);
  });
});

describe('a demanded level with the field it prefers (#15)', () => {
  const lines = [
    'Wat ga je doen',
    '- Je plaatst kozijnen en deuren bij onze klanten.',
    '',
    'Wat vragen wij',
    '- Je hebt mbo-niveau en bij voorkeur een diploma timmeren',
    '- Rijbewijs B',
  ];
  const t = translate('Timmerman', lines);

  it('leaves the text together: the preferred field goes with the level it qualifies', () => {
    const line = '- Je hebt mbo-niveau en bij voorkeur een diploma timmeren';
    const block = t.rewritten.blocks.find((b) => b.source && lines.join('\n').slice(b.source.start, b.source.end) === line)!;
    expect(block.kind).toBe('changed');
    expect(block.markdown).not.toMatch(/mbo-niveau|bij voorkeur/);
    expect(t.rewritten.markdown).toContain('- Rijbewijs B');
  });

  it('keeps the preferred field a plus: its skills are not demanded', () => {
    const plus = t.requirements.find((r) => /bij voorkeur/.test(r.text))!;
    expect(plus.mandatory).toBe(false);
    for (const s of t.skills.filter((x) => x.requirementIds.length === 1 && x.requirementIds[0] === plus.id)) expect(s.mustHave).toBe(false);
  });
});

describe('a level stands for the work the posting describes (#15, EXEMPLARS.md principle 7)', () => {
  const lines = [
    'Wat ga je doen',
    '- Het opstellen van offertes',
    '- Het bewaken van de planning',
    '- Contact met klanten',
    '',
    'Wat vragen wij',
    '- Hbo werk- en denkniveau',
    '- Rijbewijs B',
  ];
  const t = translate('Calculator', lines);

  it('replaces the level by the task lines as abilities, in the posting’s order, and keeps the task list', () => {
    const md = t.rewritten.markdown;
    expect(md).not.toContain('Hbo werk- en denkniveau');
    expect(md.indexOf('- Je kunt offertes opstellen.')).toBeGreaterThan(md.indexOf('Wat vragen wij'));
    expect(md.indexOf('- Je kunt offertes opstellen.')).toBeLessThan(md.indexOf('- Je kunt de planning bewaken.'));
    expect(md).toContain('- Het opstellen van offertes');
    expect(md).not.toContain('Je kunt contact met klanten');
  });
});

describe('a trait moves whole or stays (#16)', () => {
  const lines = ['Wat vragen wij', '- Je bent sociaal handig en je zorgt dat mensen zich gehoord voelen', '- Teamspeler is een pré', '- Rijbewijs B'];
  const t = translate('Examinator', lines);

  it('never takes a trait out of the text that the person profile does not hold', () => {
    const profile = [
      ...t.personProfile.motivation,
      ...t.personProfile.values,
      ...t.personProfile.workingStyle,
      ...t.personProfile.teamContribution,
      ...t.personProfile.learningNeeds,
    ].join(' ');
    for (const r of t.requirements.filter((x) => x.kind === 'trait')) {
      const inText = t.rewritten.markdown.includes(r.text.replace(/[.;]$/u, ''));
      const inProfile = profile.toLowerCase().includes(r.text.toLowerCase().slice(3, 20));
      expect(inText || inProfile, r.text).toBe(true);
    }
  });

  it('reads "sociaal handig" as a quality, not as a plus', () => {
    expect(t.requirements.find((r) => /sociaal handig/.test(r.text))?.mandatory).toBe(true);
  });
});

describe('"no diploma needed" never beside a qualification only a diploma opens (#16)', () => {
  const t = translate('Vakspecialist Nederlands', [
    'Als docent geef je les aan de onderbouw van onze school.',
    '',
    'Wat ga je doen',
    '- Het voorbereiden van lessen',
    '- Het begeleiden van leerlingen',
    '',
    'Wat vragen wij',
    '- Een afgeronde hbo-opleiding in de richting van communicatie',
    '- Je hebt een tweedegraads bevoegdheid Nederlands',
  ]);
  it('translates the diploma, keeps the qualification, and says nothing of experience instead', () => {
    expect(t.rewritten.markdown).toContain('- Je kunt lessen voorbereiden.');
    expect(t.requirements.find((r) => /bevoegdheid/.test(r.text))?.legal).toBe(true);
    expect(t.rewritten.markdown).not.toMatch(OR_EQUIVALENT);
  });
});

describe('no empty heading (#14)', () => {
  it('puts what replaced every line of a requirement section under the section’s own heading', () => {
    const t = translate('Vrachtwagenchauffeur', ['Wat ga je doen', '- Je rijdt naar klanten.', '', 'Wat vragen wij', '- Rijbewijs C', '- Code 95']);
    const md = t.rewritten.markdown;
    expect(md).not.toMatch(/### Wat vragen wij\s*\n\s*###/u);
    expect(md.indexOf('Rijbewijs C')).toBeGreaterThan(md.indexOf('### Wat vragen wij'));
  });
});

describe('a flattened English posting (#14, #15)', () => {
  const lines = [
    'What you will do',
    '- Prepare monthly reports for project controllers',
    '**What do we seek from you?**',
    "***Must-Haves**** Bachelor's degree in Finance or a related field",
    '* **2–4 years of relevant experience in a finance role.**',
    '* Fluent in English',
    '***Nice-to-Have****',
    '* Experience in a multinational',
  ];
  const t = Translation.parse(
    translateOffline(
      Vacancy.parse({ isVacancy: true, title: 'Junior Controller', employer: null, location: null, language: 'en', text: lines.join('\n'), source: 'text' }),
      taxonomy,
    ),
  );
  const md = t.rewritten.markdown;

  it('splits glued headings and shows them without their emphasis marks', () => {
    // The must-haves the rewrite changed are "What you bring", and the heading above them that said the same goes.
    expect(md).toContain('### What you bring');
    expect(md).not.toContain('Must-Haves');
    expect(md).not.toContain('What do we seek from you?');
    expect(md).toContain('### Nice-to-Have');
    expect(md).not.toMatch(/###\s*\*/u);
  });

  it('rewrites a year count set in bold, and says "experience counts" before the pluses, once', () => {
    expect(md).not.toMatch(/2–4 years/u);
    // The years said as the work "wherever you learned it": the line that says it for the diploma is not repeated.
    const anywhere = md.indexOf('wherever you learned it');
    expect(anywhere).toBeGreaterThan(md.indexOf('### What you bring'));
    expect(anywhere).toBeLessThan(md.indexOf('### Nice-to-Have'));
    expect(md).not.toContain('How you learned this does not matter');
    expect(t.experienceInPlaceOfEducation).toBe(true);
  });

  it('grounds no skill in one word that is only another skill’s alternative label ("controllers")', () => {
    expect(t.skills.map((s) => s.label)).not.toContain('robotic components');
  });
});

describe('"Je leert …" only for what the posting names (#15)', () => {
  it('promises nothing in the employer’s name that the posting does not mention', () => {
    const t = translate('Timmerman', timmerman);
    const learn = /### Wat je bij ons leert\n\n((?:- .*\n?)+)/u.exec(t.rewritten.markdown)?.[1] ?? '';
    const words = new Set(
      timmerman
        .join(' ')
        .toLowerCase()
        .split(/[^\p{L}]+/u),
    );
    for (const line of learn.split('\n').filter(Boolean)) {
      const content = line
        .replace(/^- Je leert (?:over )?/u, '')
        .replace(/\.$/u, '')
        .toLowerCase()
        .split(/[^\p{L}]+/u)
        .filter((w) => w.length > 3);
      expect(
        content.some((w) => words.has(w)),
        line,
      ).toBe(true);
    }
  });
});

describe('the posting’s own way past the diploma stays (#15)', () => {
  const lines = [
    'Wat ga je doen',
    '- Het analyseren van financiële data',
    '- Het opstellen van rapportages',
    '',
    'Wat vragen wij',
    '- hbo bachelor werk- en denkniveau*',
    '',
    '* Je hebt een diploma op hbo-niveau of je bent daaraan gelijkgesteld via EVC. Of je hebt minimaal twee jaar ervaring op dat niveau.',
  ];
  const t = translate('Financieel analist', lines);
  it('keeps the EVC route and the starred demand it explains', () => {
    expect(t.rewritten.markdown).toContain('gelijkgesteld via EVC');
    expect(t.rewritten.markdown).toContain('hbo bachelor werk- en denkniveau*');
  });
});

describe('the posting’s own "je kan" (#16)', () => {
  it('writes "Je kan" where the posting does, as Flemish postings do', () => {
    const t = translate('Bediende', [
      'Wat ga je doen',
      '- Het opstellen van offertes',
      '- Het opvolgen van bestellingen',
      '',
      'Wat verwachten we',
      '- Je hebt een bachelor diploma',
      '- Je kan vlot werken met Excel',
      '- Je kan zelfstandig werken',
    ]);
    expect(t.rewritten.markdown).toContain('- Je kan offertes opstellen.');
    expect(t.rewritten.markdown).not.toContain('Je kunt');
  });
});

describe('one structure: demands, then pluses, who you are, the law, practical matters (#16, EXEMPLARS principle 2)', () => {
  const lines = [
    'Wat ga je doen',
    '- Het opstellen van offertes',
    '- Het bewaken van de planning',
    '',
    'Wat vragen wij',
    '- Hbo werk- en denkniveau',
    '- Ervaring met Excel is een pré',
    '- Je bent stressbestendig',
    '- Je bent een teamspeler en hebt kennis van SAP',
    '- Je bent 32 uur per week beschikbaar',
    '',
    'Solliciteren? Mail naar jobs@voorbeeld.nl',
  ];
  const t = translate('Calculator', lines);
  const md = t.rewritten.markdown;

  it('puts a plus under "Mooi meegenomen" and a practical condition under "Praktisch", in their own words, in that order', () => {
    // The section says it is a plus: "is een pré" goes, and the noun phrase left is a sentence.
    expect(md).toContain('### Mooi meegenomen\n\n- Je hebt ervaring met Excel.\n');
    expect(md).toContain('### Praktisch\n\n- Je bent 32 uur per week beschikbaar');
    const order = ['### Wat je meebrengt', '### Mooi meegenomen', '### Wie je bent', '### Praktisch', 'Solliciteren?'].map((h) => md.indexOf(h));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('splits a list item of a quality and a demand: the demand stays a line of its own, the quality goes to "Wie je bent" (reading of untuned output)', () => {
    expect(md).toContain('- Je hebt kennis van SAP.');
    expect(md).not.toContain('teamspeler en hebt');
    expect(md).not.toMatch(/### Solliciteren/u);
    const who = md.slice(md.indexOf('### Wie je bent'), md.indexOf('### Praktisch'));
    expect(who).toContain('stressbestendig');
    expect(who).toContain('teamspeler');
    const profile = JSON.stringify(t.personProfile);
    expect(profile).toMatch(/teamspeler/u);
    expect(profile).not.toMatch(/SAP/u);
    expect(profile).toMatch(/stressbestendig/u);
  });
});

describe('a quality named as a noun phrase, a list item of its own (reading of untuned output)', () => {
  it('goes to "Wie je bent" as a sentence, not among the must-haves', () => {
    const md = translate('Contentmanager', [
      'Wat vragen wij?',
      '- Hbo-diploma communicatie',
      '- Een proactieve, enthousiasmerende en resultaatgerichte persoonlijkheid',
      '- Een zelfstandige werkhouding met oog voor de planning',
    ]).rewritten.markdown;
    const who = md.slice(md.indexOf('### Wie je bent'));
    expect(who).toContain('- Je hebt een proactieve, enthousiasmerende en resultaatgerichte persoonlijkheid.');
    expect(who).toContain('- Je hebt een zelfstandige werkhouding met oog voor de planning.');
    expect(md.slice(0, md.indexOf('### Wie je bent'))).not.toContain('persoonlijkheid');
  });
  it('says a singular English quality with its article', () => {
    const t = translate(
      'Data Analyst',
      [
        'Requirements',
        '- SQL',
        '- Analytical mindset with focus on performance and optimisation',
        '- Strong collaboration skills, especially with Sales teams',
      ],
      'en',
    );
    expect(t.rewritten.markdown).toContain('- You have an analytical mindset with focus on performance and optimisation.');
  });
});

describe('a residence demand (EXEMPLARS principle 11; reading of untuned output)', () => {
  it('becomes the need behind it, getting to the work, in the posting’s register', () => {
    const md = translate('Glazenwasser', ['Profiel', '- Rijbewijs B', '- Je bent klantvriendelijk', '- Woonachtig in de regio Utrecht']).rewritten.markdown;
    expect(md).toContain('- Je kunt vlot op je werk in Utrecht komen.');
    expect(md).not.toContain('Woonachtig');
  });
  it('says "Je woont in de omgeving van A, B en C" and a distance from the workplace as the way to work', () => {
    const md = translate('Developer', [
      'Profiel',
      '- Rijbewijs B',
      '- Je woont in de omgeving van Emmen, Almelo, Assen en Hoogeveen.',
      '- Je woont op maximaal 40 km reisafstand naar de examenlocatie.',
    ]).rewritten.markdown;
    expect(md).toContain('- Je kunt vlot op je werk in de regio Emmen, Almelo, Assen en Hoogeveen komen.');
    expect(md).toContain('- Je kunt vlot naar de examenlocatie komen.');
    expect(md).not.toContain('Je woont');
  });
  it('stays in its words when it says more than the place', () => {
    const md = translate('Engineer', ['Profiel', '- Rijbewijs B', '- Woonachtig in de regio Twente of bereid te verhuizen']).rewritten.markdown;
    expect(md).toContain('Je bent woonachtig in de regio Twente of bereid te verhuizen.');
  });
});

describe('a demand whose law Vaardig has not checked (reading of untuned output)', () => {
  it('stays where the posting put it, in its words: "Wat de wet vraagt" holds only what a statute asks', () => {
    const md = translate('Financieel analist', ['Wat vragen wij?', '- Hbo-diploma economie', '- Je hebt de Nederlandse nationaliteit.', '- Je bent nauwkeurig'])
      .rewritten.markdown;
    expect(md).not.toContain('Wat de wet vraagt');
    expect(md).toMatch(/### Wat je meebrengt\n\n(?:- .*\n)*- Je hebt de Nederlandse nationaliteit\./u);
  });
});

describe('a plus said in its own sentence beside a demand (#15)', () => {
  const licences = [
    'Wat neem je mee?',
    '- Minimaal tien jaar een B-rijbewijs. Een A-rijbewijs heeft een sterke pré.',
    '- Goede beheersing van de Nederlandse taal',
  ];
  it('moves the plus to "Mooi meegenomen" and keeps the demand word for word', () => {
    const t = translate('Accountmanager', licences);
    const md = t.rewritten.markdown;
    expect(md).toContain('- Minimaal tien jaar een B-rijbewijs.');
    expect(md).toContain('### Mooi meegenomen\n\n- Een A-rijbewijs heeft een sterke pré.');
    expect(md.indexOf('Een A-rijbewijs')).toBeGreaterThan(md.indexOf('Goede beheersing'));
  });
  it('splits at the legal boundary where the law asks the demand (a driving examiner: EXEMPLARS principle 5)', () => {
    const t = translate('Examinator', licences);
    const md = t.rewritten.markdown;
    expect(md).toContain('### Mooi meegenomen\n\n- Een A-rijbewijs heeft een sterke pré.');
    // (Ten years is the employer's demand beside the law's three: the line says so, reading of untuned output.)
    expect(md).toMatch(
      /### Wat de wet vraagt\n\n- Minimaal tien jaar een B-rijbewijs \(de wet vraagt ten minste 3 jaar; wat meer is, vraagt de werkgever\)\. Wettelijke basis: [^\n]*Richtlijn 2006\/126\/EG/u,
    );
    const asLaw = translate('Examinator', ['Wat neem je mee?', '- Minimaal drie jaar een B-rijbewijs.', '- Goede beheersing van de Nederlandse taal']);
    expect(asLaw.rewritten.markdown).toContain('- Minimaal drie jaar een B-rijbewijs. Wettelijke basis:');
    expect(md.match(/tien jaar een B-rijbewijs/gu)).toHaveLength(1);
  });
});

describe('a sentence that ends in ":" stays a line (#14)', () => {
  it('shows "We werken in Zuid-Holland voor:" as the posting wrote it, and "Wat vragen wij?" as a heading', () => {
    const t = translate('Calculator', [
      // (A block the rewrite leaves as it was keeps its heading.)
      'Wat vragen wij?',
      '- Je spreekt goed Nederlands.',
      '',
      'Voor wie wij werken',
      'We werken in Zuid-Holland voor:',
      'Woningcorporaties.',
    ]);
    expect(t.rewritten.markdown).toContain('\nWe werken in Zuid-Holland voor:\n');
    expect(t.rewritten.markdown).toMatch(/^### Wat vragen wij\?/mu);
  });
});

describe('a demanded diploma does not stay for what shares its sentence (#15, reading of untuned output)', () => {
  const tasks = ['Wat ga je doen?', '- Het opstellen van offertes', '- Het bewaken van de planning', ''];

  it('replaces the level and keeps the other demand in its own words, with its subject', () => {
    const t = translate('Calculator', [...tasks, 'Functie-eisen', 'Je hebt hbo-niveau en bent VCA-gecertificeerd.', 'Je spreekt goed Nederlands.']);
    const md = t.rewritten.markdown;
    expect(md).not.toContain('hbo-niveau');
    expect(md).toContain('- Je kunt offertes opstellen.');
    expect(md).toContain('- Je bent VCA-gecertificeerd. Dit kun je ook na je start bij ons halen.');
    expect(md).toContain('Je spreekt goed Nederlands.');
  });

  it('writes a list flattened into one line as the list it was, in its order, its lead-in replaced by the heading (EXEMPLARS 3)', () => {
    const t = translate('Calculator', [
      ...tasks,
      'Profiel',
      'Wie zoeken we? · Je hebt een hbo-diploma; · Je spreekt vloeiend Nederlands; · Je bent in het bezit van rijbewijs B.',
    ]);
    const md = t.rewritten.markdown;
    expect(md).not.toContain('hbo-diploma');
    expect(md).toMatch(/### Wat je meebrengt\n\n- Je kunt offertes opstellen\.\n- Je kunt de planning bewaken\.\n- Je spreekt vloeiend Nederlands\n/);
    // (A licence no law ties to the job is a practical condition, as in a list that was not flattened: principle 11.)
    expect(md).toMatch(/### Praktisch\n\n- Je bent in het bezit van rijbewijs B\./);
  });

  it('puts a plus of a flattened list under "Mooi meegenomen" (reading of untuned output)', () => {
    const md = translate('Calculator', [
      ...tasks,
      'Profiel',
      'Wie zoeken we? · Je hebt een hbo-diploma; · Je spreekt vloeiend Nederlands; · Ervaring met SAP is een sterke plus · Je bent in het bezit van rijbewijs B.',
    ]).rewritten.markdown;
    expect(md).toMatch(/### Mooi meegenomen\n\n- Je hebt ervaring met SAP\./);
    expect(md.slice(0, md.indexOf('### Mooi meegenomen'))).not.toContain('SAP');
  });

  it('reads a lead-in ending in ":" before a flattened list as the lead-in, not as part of the first item (reading of untuned output)', () => {
    const t = translate('Calculator', [
      ...tasks,
      'Profiel',
      'Voor deze job zijn we op zoek naar het volgend profiel: - Je hebt een hbo-diploma. - Je spreekt vloeiend Nederlands. - Je bent in het bezit van rijbewijs B.',
    ]);
    const md = t.rewritten.markdown;
    expect(md).not.toContain('hbo-diploma');
    expect(md).toMatch(/### Wat je meebrengt\n\n- Je kunt offertes opstellen\.\n- Je kunt de planning bewaken\.\n- Je spreekt vloeiend Nederlands/);
  });

  it('reads a common noun in a task as what the work is about, not as knowledge the diploma stood for', () => {
    const t = translate('Xyzmedewerker', [
      'Wat ga je doen?',
      '- Je werkt mee aan de uitbouw van onze database van klanten.',
      '',
      'Wat vragen wij?',
      '- Een afgeronde hbo-opleiding',
    ]);
    expect(t.skills.map((s) => s.label)).not.toContain('gegevensbank');
  });
});

describe('another country’s law in the published text (#16)', () => {
  it('stands in its own words under the law’s heading; the panel, not the vacancy, says Vaardig did not check it', () => {
    const lines = ['Requirements', '- US citizenship is required for this position.', '- Strong SQL skills'];
    const t = Translation.parse(
      translateOffline(
        Vacancy.parse({
          isVacancy: true,
          title: 'Data Analyst',
          employer: null,
          location: 'Austin, TX',
          language: 'en',
          text: lines.join('\n'),
          source: 'text',
        }),
        taxonomy,
      ),
    );
    const law = t.requirements.find((r) => r.text.includes('citizenship'));
    expect(law?.legalBasis?.verified).toBe(false);
    expect(t.rewritten.markdown).toContain('US citizenship is required for this position.');
    expect(t.rewritten.markdown).not.toMatch(/not verified|niet gecontroleerd/u);
  });
});

describe('a long "…:" line that speaks to the reader is a line, not a heading (reading of untuned output)', () => {
  it.each(['Afhankelijk van jouw voorkeur werk je binnen:', 'Neem vrijblijvend contact op met Anna via:', 'Met vragen kunt u contact opnemen met:'])(
    '%s',
    (lead) => {
      const t = translate('Docent', ['Over de functie', 'Je geeft les aan groep 7 en 8.', '', lead, '- het voortgezet onderwijs', '- het mbo']);
      expect(t.rewritten.markdown).not.toContain(`### ${lead}`);
      expect(t.rewritten.markdown).toContain(lead);
    },
  );

  it('keeps a question or a section name a heading', () => {
    const t = translate('Docent', ['Wat je in deze rol gaat doen:', '- Je geeft les aan groep 7 en 8.']);
    expect(t.rewritten.markdown).toContain('### Wat je in deze rol gaat doen:');
  });
});

describe('an item that goes on from its lead-in holds no sentence of its own (reading of untuned output)', () => {
  it('says the items of "Wij zoeken iemand:" as sentences, with what replaced the diploma, under "Wat je meebrengt"', () => {
    const t = translate('Calculator', [
      'Wat ga je doen?',
      '- Het opstellen van offertes',
      '- Het bewaken van de planning',
      '',
      'Wij zoeken iemand:',
      '- met een hbo-diploma',
      '- met een aangeboren nieuwsgierigheid',
      '- die zelfstandig werkt',
      '- die goed Nederlands spreekt',
    ]);
    const md = t.rewritten.markdown;
    expect(md).not.toContain('hbo-diploma');
    expect(md).not.toContain('Wij zoeken iemand');
    expect(md).toMatch(/### Wat je meebrengt\n\n- Je kunt offertes opstellen\.\n- Je kunt de planning bewaken\.\n- Je spreekt goed Nederlands\./);
    // (A quality that reads on from the lead-in is said under "Wie je bent", EXEMPLARS principle 2.)
    expect(md).toMatch(/### Wie je bent\n\n- Je werkt zelfstandig\.\n- Je hebt een aangeboren nieuwsgierigheid\./);
  });

  it('says a plus and a practical condition among those items as sentences in their own sections', () => {
    const md = translate('Marketeer', [
      'Wat ga je doen',
      '- Je schrijft teksten voor onze website.',
      '',
      'Wij zoeken iemand:',
      '- die zich goed kan uitdrukken in het Nederlands',
      '- met een rijbewijs B',
      '- en eventueel ervaring heeft met Google Analytics',
    ]).rewritten.markdown;
    expect(md).toMatch(/### Mooi meegenomen\n\n- Je hebt ervaring met Google Analytics\./);
    expect(md).toMatch(/### Praktisch\n\n- Je hebt een rijbewijs B\./);
    expect(md).not.toMatch(/eventueel/);
  });
});

describe('two demands that stood for the same skill (reading of untuned output)', () => {
  it('write it once, in a block that stands for both', () => {
    const t = translate('Software developer', [
      'Jouw profiel',
      '- Je hebt een hbo-diploma.',
      '- Je hebt een afgeronde opleiding informatica.',
      '- Je hebt kennis van PHP.',
    ]);
    const written = t.rewritten.markdown.split('\n').filter((l) => l.startsWith('- '));
    expect(new Set(written).size).toBe(written.length);
    for (const r of t.requirements.filter((x) => x.kind === 'diploma' || x.kind === 'education_level')) {
      expect(
        t.rewritten.blocks.some((b) => b.requirementIds.includes(r.id) && b.markdown.trim()),
        r.text,
      ).toBe(true);
    }
  });
});

describe('a Flemish posting that says neither "je kan" nor "je kunt" (#16)', () => {
  it('gets "je kan", as Flemish postings write it', () => {
    const lines = [
      'Functieomschrijving',
      '- Het opstellen van offertes',
      '- Het bewaken van de planning',
      '',
      'Profiel',
      '- Bachelor in de bouwkunde',
      '- Rijbewijs B is een troef',
      '',
      'Aanbod',
      '- Een vaste job met extralegale voordelen en maaltijdcheques.',
      'Solliciteer via VDAB.',
    ];
    const be = Translation.parse(
      translateOffline(
        Vacancy.parse({ isVacancy: true, title: 'Calculator', employer: null, location: 'Gent', language: 'nl', text: lines.join('\n'), source: 'text' }),
        taxonomy,
        { region: 'BE' },
      ),
    );
    expect(be.rewritten.markdown).toContain('- Je kan offertes opstellen.');
    const nl = Translation.parse(
      translateOffline(
        Vacancy.parse({ isVacancy: true, title: 'Calculator', employer: null, location: 'Zwolle', language: 'nl', text: lines.join('\n'), source: 'text' }),
        taxonomy,
        { region: 'NL' },
      ),
    );
    expect(nl.rewritten.markdown).toContain('- Je kunt offertes opstellen.');
  });
});

describe('a list of demands after the application part (reading of untuned output)', () => {
  it('keeps the new sections with the requirement block, not after "Interesse?"', () => {
    const t = translate('Analist', [
      'Wat ga je doen?',
      '- Het opstellen van analyses',
      '- Het bewaken van de planning',
      '',
      'Wie ben jij?',
      '- Je hebt een hbo-diploma.',
      '- Je bent stressbestendig.',
      '',
      'Interesse?',
      'Solliciteer uiterlijk 1 juni via de knop.',
      '',
      'Wat verder belangrijk is',
      '- Een betrouwbaarheidsonderzoek maakt deel uit van de selectieprocedure.',
      '- Je bent flexibel inzetbaar.',
    ]);
    const md = t.rewritten.markdown;
    expect(md.indexOf('### Wie je bent')).toBeGreaterThan(-1);
    expect(md.indexOf('### Wie je bent')).toBeLessThan(md.indexOf('Interesse?'));
  });
});

describe('a qualification the law lets one obtain within a period (reading of untuned output)', () => {
  it('says so, instead of "you can also obtain this after you are hired"', () => {
    const t = translate('Docent Nederlands', [
      'Wat we van jou vragen',
      '- Je beschikt over een tweedegraads bevoegdheid Nederlands.',
      '- Je bent minimaal 24 uur per week beschikbaar.',
    ]);
    const md = t.rewritten.markdown;
    expect(md).toContain('Heb je dit nog niet? Dan kun je beginnen als je het haalt binnen de termijn die de wet geeft');
    expect(md).not.toContain('na je aanstelling halen');
  });
});

describe('a heading with emphasis inside (reading of untuned output)', () => {
  it('is shown without marks it would leave unbalanced', () => {
    const t = translate('Accountmanager', ['## Wie zijn ***Phil & Flo***', 'Wij zijn een bureau.', '', 'Wat vragen wij', '- Je hebt rijbewijs B.']);
    expect(t.rewritten.markdown).toContain('## Wie zijn Phil & Flo\n');
  });
});

describe('a page with two vacancies (reading of untuned output)', () => {
  const lines = [
    'Marketing Stagiair',
    'Wijnhandel Noord',
    'Wij hebben twee vacatures.',
    '',
    'Chauffeur',
    'Wat wij vragen',
    '- Je bent representatief en klantvriendelijk.',
    '- Rijbewijs B is vereist.',
    '',
    'Marketing Stagiair',
    'Je helpt ons met de online communicatie.',
    'Wie wij zoeken',
    '- Je volgt een hbo-opleiding in marketing.',
    '- Je bent proactief.',
  ];
  const t = translate('Marketing Stagiair', lines);

  it('rewrites only the vacancy the title names, and says so', () => {
    expect(t.rewritten.markdown).toContain('Je bent representatief en klantvriendelijk.');
    expect(t.warnings.map((w) => w.code)).toContain('several-vacancies');
    expect(t.personProfile.workingStyle.join(' ')).not.toContain('representatief');
  });

  it("finds the occupation in the vacancy the title names, and the other one's law by its own job", () => {
    const page = translate('Marketing Stagiair', [...lines.slice(0, 5), 'Als chauffeur bezorg je onze wijnen bij klanten.', ...lines.slice(5)]);
    expect(page.occupation?.label).toBe('marketingmedewerker');
    expect((page.occupationCandidates ?? []).map((c) => c.label)).not.toContain('chauffeur');
    expect(page.requirements.find((r) => /Rijbewijs B/.test(r.text))?.legal).toBe(true);
  });

  it('is not set off by a footer that repeats the title after the only requirements', () => {
    const one = translate('Hovenier', [
      'Hovenier',
      'Tuinen Noord',
      '',
      'Omschrijving',
      '- Je legt terrassen aan.',
      '',
      'Profiel',
      '- Je bent klantvriendelijk.',
      '',
      'Vacature',
      'Hovenier',
    ]);
    expect(one.warnings.map((w) => w.code)).not.toContain('several-vacancies');
    expect(
      one.personProfile.workingStyle.concat(one.personProfile.values, one.personProfile.motivation, one.personProfile.teamContribution).join(' '),
    ).toContain('klantvriendelijk');
  });

  it("keeps the student's programme as the internship's condition", () => {
    expect(t.rewritten.markdown).toContain('Je volgt een hbo-opleiding in marketing.');
    expect(t.changes.find((c) => c.rule === 'education.enrolled')?.action).toBe('keep');
  });
});

describe('a closing line that calls to apply (exemplar voscon)', () => {
  it('stays whole, and the new sections come before it', () => {
    const t = translate('Tekenaar', [
      'Functie eisen zijn:',
      'Rijbewijs B',
      'VCA VOL is een pre',
      '',
      'U houdt van een no-nonsense mentaliteit, reageer dan direct;',
      'stuur uw CV naar Anna.',
    ]);
    const md = t.rewritten.markdown;
    expect(md).toContain('U houdt van een no-nonsense mentaliteit, reageer dan direct;');
    expect(md.indexOf('### Mooi meegenomen')).toBeLessThan(md.indexOf('U houdt van een no-nonsense mentaliteit'));
  });
});

describe('a lead-in that ends on the word its items complete (exemplar vb-content-manager)', () => {
  it('says the capitalised items of "Wij zoeken iemand die" as sentences under "Wat je meebrengt", with what replaced the diploma', () => {
    const t = translate('Calculator', [
      'Wat ga je doen?',
      '- Het opstellen van offertes',
      '- Het bewaken van de planning',
      '',
      'Wij zoeken iemand die',
      '- Een hbo-opleiding heeft gevolgd',
      '- Foutloos Nederlands spreekt',
      '- Scherpe teksten kan schrijven',
    ]);
    const md = t.rewritten.markdown;
    expect(md).toMatch(
      /### Wat je meebrengt\n\n- Je kunt offertes opstellen\.\n- Je kunt de planning bewaken\.\n- Je spreekt foutloos Nederlands\.\n- Je kunt scherpe teksten schrijven\./,
    );
    expect(md).not.toContain('Wij zoeken iemand die');
  });
});

describe('a list its lead-in introduces, with no heading (reading of untuned output)', () => {
  it('is a requirement block: its qualities move to "Wie je bent"', () => {
    const t = translate('Supportmedewerker', [
      'Voor ons supportteam zoeken we versterking. Verder herken jij je in de volgende punten:',
      '- Kennis van de Duitse taal',
      '- Affiniteit met software',
      '- Flexibele instelling',
      '- Telefonisch vaardig',
      '',
      'Solliciteer via de knop.',
    ]);
    const md = t.rewritten.markdown;
    expect(md).toContain('### Wie je bent');
    expect(md).not.toContain('- Flexibele instelling');
    expect(md).toContain('- Kennis van de Duitse taal');
  });
});

describe('a lead-in of the posting that goes on after the requirements, without a heading (reading of untuned output)', () => {
  it('keeps its list with it: the new sections come after that list, not between them', () => {
    const t = translate('Supportmedewerker', [
      'Voor ons supportteam zoeken we versterking.',
      '',
      'Als ideale kandidaat vind jij het leuk om klanten snel te helpen. Je bent proactief, vindingrijk en een teamplayer, verder herken jij je in de volgende punten:',
      '',
      '- Kennis van de Duitse taal',
      '- Vaardig in de Nederlandse taal',
      '- Affiniteit met software',
      '- Flexibele instelling',
      '- Je hebt een professionele houding',
      '',
      'En werk je graag nauwkeurig aan de volgende taken:',
      '',
      '- Het eerste aanspreekpunt zijn voor onze klanten',
      '- Snel afhandelen van vragen',
      '',
      'Herken jij je hierin? Solliciteer via de button.',
    ]);
    const md = t.rewritten.markdown;
    const lead = md.indexOf('En werk je graag nauwkeurig aan de volgende taken:');
    const profile = md.indexOf('### Wie je bent');
    expect(lead).toBeGreaterThan(0);
    expect(profile).toBeGreaterThan(md.indexOf('- Snel afhandelen van vragen'));
    expect(profile).toBeLessThan(md.indexOf('Herken jij je hierin?'));
  });
});

describe('a demand after a preferred field in brackets (reading of untuned output)', () => {
  it('stays a demand of its own, said to the reader, when the diploma before it is replaced', () => {
    const t = translate('Projectingenieur', [
      'Functieomschrijving',
      '- Je werkt technische oplossingen voor klantenprojecten uit.',
      '',
      'Profiel',
      '- Bachelorsdiploma (bij voorkeur in elektromechanica) met goede kennis van mechanica en elektriciteit.',
      '- Je bent een teamspeler',
    ]);
    const knowledge = t.requirements.find((r) => /^met goede kennis/.test(r.text))!;
    expect(knowledge.mandatory).toBe(true);
    expect(t.rewritten.markdown).toContain('- Je hebt goede kennis van mechanica en elektriciteit.');
    expect(t.rewritten.markdown).not.toMatch(/Bachelorsdiploma/);
  });
});

describe('the new sections stay with the demands (reading of untuned output)', () => {
  it('puts "Wie je bent" before a lead-in that opens the offer ("Wij bieden o.a:")', () => {
    const md = translate('Pedagogisch medewerker peutergroep', [
      'De Wolkenwagen zoekt een pedagogisch medewerker.',
      '',
      'Wij vragen van onze nieuwe collega:',
      '* Communicatieve vaardigheden',
      '* Plezier in zingen!',
      '* Vermogen om te kunnen werken in teamverband',
      '',
      'Wij bieden o.a:',
      '* Een kleinschalige werkplek',
      '* Kleine groepen',
      '',
      'Sollicitaties kun je mailen naar de directeur.',
    ]).rewritten.markdown;
    expect(md).toContain('### Wie je bent');
    expect(md.indexOf('### Wie je bent')).toBeLessThan(md.indexOf('Wij bieden o.a:'));
  });
});

describe('a quality that stays in a paragraph is not said twice (reading of untuned output)', () => {
  it('keeps it in the paragraph and in the person profile, not again under "Wie je bent"', () => {
    const t = translate('Teamleider', [
      'Functie-eisen',
      '- Je bent communicatief vaardig.',
      '',
      'Wat vinden wij nog meer belangrijk',
      'De teamleden verwachten een stimulerende teamleider. Je kunt goed omgaan met de platte structuur van het team en hebt gevoel voor de context waarbinnen het team werkt.',
    ]);
    const md = t.rewritten.markdown;
    expect(md.match(/platte structuur/g)).toHaveLength(1);
  });
});

describe('"Wie u bent" in the posting’s register, with its qualities only (reading of untuned output)', () => {
  const t = translate('3-D tekenaar', [
    'In deze functie bent u verantwoordelijk voor het maken van werkplaatstekeningen.',
    '',
    'Functie eisen zijn:',
    'Bekend met SolidWorks',
    'Zelfstandigheid en flexibiliteit',
    'Minimaal 3 jaar ervaring als tekenaar',
    'Rijbewijs B',
  ]);
  const md = t.rewritten.markdown;
  it('says the quality to "u" and adds no sentence of its own', () => {
    expect(md).toContain('### Wie u bent\n\n- U bent zelfstandig en flexibel.');
    expect(md).not.toMatch(/Voor ons telt/u);
    expect(t.personProfile.workingStyle).toEqual(['U bent zelfstandig en flexibel.']);
  });
  it('says the years as the work, to "u"', () => {
    expect(md).toContain('U kunt het werk van een tekenaar zelfstandig doen — waar u dat leerde, maakt niet uit.');
  });
});

describe('a lead-in keeps its words (reading of untuned output)', () => {
  it('leaves the sentence its list reads on from, quality and all', () => {
    const t = translate('Supportmedewerker', [
      'Je bent proactief, vindingrijk en een teamplayer, verder herken jij je in de volgende punten:',
      '* Vaardig in de Nederlandse taal',
      '* Telefonisch vaardig',
    ]);
    expect(t.rewritten.markdown).toContain('verder herken jij je in de volgende punten:');
    expect(JSON.stringify(t.personProfile)).toContain('teamspeler');
  });
});

describe('the field a demanded diploma prefers stays a plus (EXEMPLARS principle 9; reading of untuned output)', () => {
  it('"… bachelordiploma, bij voorkeur in elektromechanica" → "Een opleiding in elektromechanica" under "Mooi meegenomen"', () => {
    const t = translate('Projectingenieur', [
      'Wat ga je doen',
      '- Je maakt technische tekeningen',
      '- Je plant projecten',
      '',
      'Profiel',
      '- Je hebt een bachelordiploma, bij voorkeur in elektromechanica',
      '- Je bent nauwkeurig',
    ]);
    expect(t.rewritten.markdown).toMatch(/### Mooi meegenomen\n\n- Je hebt een opleiding in elektromechanica/u);
  });

  it('keeps "BS required, MS preferred in …" as a plus under "Nice to have" (reading of untuned output)', () => {
    const md = translate(
      'Data Scientist',
      [
        'What you will do',
        '- Build predictive models.',
        '',
        'Requirements',
        'BS required, MS preferred in related disciplines such as Statistics.',
        '- Experience with Python',
      ],
      'en',
    ).rewritten.markdown;
    expect(md).toMatch(/### Nice to have\n\n- MS in related disciplines such as Statistics\./u);
  });
});

describe('a task line of the posting before skills said only in their ESCO group’s words (reading of untuned output)', () => {
  it('"Opvragen van technische info bij de vaste leveranciers", not "Je kan mogelijkheden in kaart brengen"', () => {
    const t = translate('Aankoper', [
      'Functieomschrijving',
      'Je staat in voor de aankoop van technische onderdelen. Opvragen van technische info bij de vaste leveranciers.',
      '',
      'Profiel',
      '- Bachelor diploma.',
      '- Je spreekt vlot Nederlands en Frans.',
    ]);
    expect(t.rewritten.markdown).toContain('technische info bij de vaste leveranciers opvragen.');
    expect(t.rewritten.markdown).not.toContain('mogelijkheden in kaart brengen');
  });
});

describe('the key of a key–value line stays a line (reading of untuned output)', () => {
  it('"Niveau:" over "HBO BACHELOR" is no heading; "Vereisten:" is', () => {
    const md = translate('Financieel analist', ['Niveau:', 'HBO BACHELOR', '', 'Vereisten:', '- Je hebt kennis van SQL']).rewritten.markdown;
    expect(md).not.toContain('### Niveau');
    expect(md).toContain('Niveau:');
    expect(md).toContain('### Vereisten');
  });
});

describe('a heading’s underline the page kept as a line of its own (reading of untuned output)', () => {
  it('shows no row of "=" as text, and keeps the line above it', () => {
    const md = translate(
      'Material Coordinator',
      [
        'Material Coordinator',
        '==========================',
        '',
        'Eindhoven, Netherlands',
        '',
        '==========================',
        '',
        'Responsibilities',
        '- Plan the flow of materials',
      ],
      'en',
    ).rewritten.markdown;
    expect(md).not.toMatch(/^={3,}$/mu);
    expect(md).toContain('Eindhoven, Netherlands');
  });
});

describe('a diploma whose own alternative asks only the will to learn the trade (reading of untuned output)', () => {
  const lines = timmerman.map((l) =>
    l === '- mbo-diploma Timmeren niveau 3' ? '- mbo-diploma Timmeren niveau 3 of je hebt relevante werkervaring en staat open om het vak te leren' : l,
  );
  const t = translate('Timmerman (m/v/x)', lines);
  const diploma = t.requirements.find((r) => r.kind === 'diploma')!;

  it('gives way to that alternative in its words, not to skills needed from day one', () => {
    expect(t.rewritten.markdown).toContain('- Je hebt relevante werkervaring en staat open om het vak te leren.');
    expect(t.rewritten.markdown).not.toContain('mbo-diploma Timmeren');
    expect(t.skills.filter((s) => s.requirementIds.includes(diploma.id) && s.mustHave)).toEqual([]);
    expect(t.changes.find((c) => c.requirementId === diploma.id)?.reason).toMatch(/de wil om het vak te leren/);
  });
});

describe('a task line another demand already asks does not stand in for the diploma (reading of untuned output)', () => {
  it('leaves out "Je kunt volgens scrum- en agile-werkmethoden werken" beside "Je bent bekend met scrum- en agile-werkmethodieken"', () => {
    const t = translate('Software engineer', [
      'Wat ga je doen?',
      '- Je ondersteunt de architect bij technologische keuzes.',
      '- Je werkt volgens scrum- en agile-werkmethoden.',
      '- Je test de software van het team.',
      '',
      'Wat vragen wij?',
      '- Een afgeronde hbo-opleiding informatica',
      '- Je bent bekend met scrum- en agile-werkmethodieken.',
    ]);
    const bring = t.rewritten.markdown.slice(t.rewritten.markdown.indexOf('### Wat je meebrengt'));
    expect(bring).toContain('- Je kunt de architect bij technologische keuzes ondersteunen.\n- Je kunt de software van het team testen.\n');
    expect(bring).not.toContain('Je kunt volgens scrum');
    expect(bring).toContain('- Je bent bekend met scrum- en agile-werkmethodieken.');
  });
});

describe('a page flattened into one line is rewritten like any other (reading of untuned output)', () => {
  it('moves the qualities of its glued list to "Wie je bent" and keeps the law with its basis', () => {
    const page = [
      'Psychiater bij polikliniek Noord Vacatures Solliciteer op deze vacature Wij zoeken een psychiater voor 16 uur per week.',
      'Over de afdeling Bij de polikliniek worden angst- en stemmingsproblemen behandeld, kort en soms intensief.',
      'Wat ga je doen?Als psychiater ben je regiebehandelaar van het team en voer je farmacologische behandelingen uit.',
      'Wat breng je mee?Je bent BIG-geregistreerd als PsychiaterJe bent accuraat en stressbestendigJe hebt een goede beheersing van de Nederlandse taal',
      'Wie zijn wij? Noord is een organisatie voor specialistische zorg in de regio.',
    ].join('');
    const md = translate('Psychiater', [page]).rewritten.markdown;
    expect(md).toMatch(/### Wie je bent\n\n- Je bent accuraat en stressbestendig\.\n/u);
    expect(md).toMatch(/### Wat de wet vraagt\n\n- Je bent BIG-geregistreerd als Psychiater\. Wettelijke basis: [^\n]*Wet BIG/u);
    expect(md).toContain('### Wie zijn wij?');
  });
});

describe('"Wat je bij ons leert" from where the posting says the reader is trained (reading of untuned output)', () => {
  it('takes "Je start met een betaalde opleiding" from the first year, not only the offer', () => {
    const md = translate('Examinator', [
      'Jouw eerste jaar',
      'Je start met een betaalde opleiding van vier maanden. Daarnaast ondersteunt een coach je in je ontwikkeling.',
      '',
      'Wat vragen we?',
      '- Minimaal mbo 4 werk- en denkniveau',
      '- Je bent stressbestendig',
      '- Een opleiding tot rij-instructeur is een pré',
    ]).rewritten.markdown;
    expect(md).toContain(
      '### Wat je bij ons leert\n\n- Je start met een betaalde opleiding van vier maanden.\n- Daarnaast ondersteunt een coach je in je ontwikkeling.\n',
    );
  });
});

describe('a section that only names the checks the law asks is the procedure, not a block of demands (reading of untuned output)', () => {
  it('puts "Who you are" right after the demands, not after "Additional Information"', () => {
    const md = translate(
      'Material coordinator',
      [
        'Requirements',
        '- Experience in a warehouse',
        '- Knowledge of inventory control procedures',
        '- Strong organisational skills and high attention to detail',
        '',
        '**Additional Information**',
        '--------------------------',
        'The responsibilities listed are not exhaustive.',
        '**All job offers are subject to a valid VOG (Verklaring Omtrent Gedrag).** Failure to provide one may withdraw an offer.',
        'Acme conducts background checks on applicants for whom a conditional offer of employment has been made.',
      ],
      'en',
    ).rewritten.markdown;
    expect(md.indexOf('### Who you are')).toBeGreaterThan(md.indexOf('inventory control'));
    expect(md.indexOf('### Who you are')).toBeLessThan(md.indexOf('Additional Information'));
  });
});

describe('a list of demands with years said without a number, and a plus after a semicolon (reading of untuned output)', () => {
  const md = translate('Marketing specialist', [
    'Jouw profiel',
    '- Meerdere jaren relevante werkervaring in marketing',
    '- Goede beheersing van Duits, Nederlands en Engels; Turkse kennis is een pré',
    '- Goede kennis van MS Office',
  ]).rewritten.markdown;
  it('says the years as the competence', () => {
    expect(md).not.toContain('Meerdere jaren');
    expect(md).toMatch(/- Je kunt [^\n]*marketing[^\n]*maakt niet uit\./u);
  });
  it('says the demand before the plus as a sentence, without the semicolon', () => {
    expect(md).toContain('- Je hebt een goede beheersing van Duits, Nederlands en Engels.\n');
    expect(md).toMatch(/### Mooi meegenomen\n\n- Turkse kennis\./u);
  });
});

describe('a plus in brackets of its own after a demand (reading of untuned output)', () => {
  it('goes to "Mooi meegenomen"; the demand before it is said as a sentence', () => {
    const md = translate('Bezorger', ['Profiel', '- Perfect tweetalig EN/FR zijn (Nederlands is een pluspunt)', '- Stressbestendig zijn', '- Rijbewijs B'])
      .rewritten.markdown;
    expect(md).toContain('- Je bent perfect tweetalig EN/FR.\n');
    expect(md).toMatch(/### Mooi meegenomen\n\n- Nederlands is een pluspunt\./u);
  });
  it('stays where its brackets hold demands too: "(NL vloeiend, EN goed; FR/DE is plus)"', () => {
    const md = translate('Adviseur', ['Profiel', '- Sterk in stakeholdermanagement en communicatie (NL vloeiend, EN goed; FR/DE is plus)', '- Rijbewijs B'])
      .rewritten.markdown;
    expect(md).not.toContain('### Mooi meegenomen');
    expect(md).toContain('(NL vloeiend, EN goed; FR/DE is plus)');
  });
});

describe('two diplomas of one line and one task line (reading of untuned output)', () => {
  it('says the task once and points to no heading for the second diploma', () => {
    const md = translate('Kracht', [
      'Welke taken horen bij de functie',
      'Je bent verantwoordelijk voor het ontwikkelen van het interne systeem.',
      '',
      'Jouw specificaties',
      'Je hebt hbo werk- en denkniveau en je hebt een relevante opleiding gevolgd;',
      'Je hebt oog voor detail;',
    ]).rewritten.markdown;
    expect(md).toContain('### Wat je meebrengt\n\n- Je kunt het interne systeem ontwikkelen.\n\nHoe je dit hebt geleerd');
    expect(md).not.toContain('het werk doen dat onder');
  });
});

describe('"or equivalent" after the demands the diploma left (reading of untuned output)', () => {
  it('closes the list the diploma stood in, not a later section of other demands ("Overige vereisten")', () => {
    const md = translate('Timmerman', [
      'Wat ga je doen?',
      '- Je plaatst kozijnen en deuren bij onze klanten.',
      '- Je overlegt met de uitvoerder over de planning.',
      '',
      'Functie-eisen',
      'MBO Bouwkunde niveau 2',
      'Je bent in het bezit van VCA Basis',
      '',
      'Overige vereisten',
      'Bereidheid tot werken in een ziekenhuis',
    ]).rewritten.markdown;
    const equivalent = md.indexOf('Hoe je dit hebt geleerd');
    expect(equivalent).toBeGreaterThan(md.indexOf('VCA Basis'));
    expect(equivalent).toBeLessThan(md.indexOf('Overige vereisten'));
  });
});

describe('a year count said without its count (reading of untuned output)', () => {
  it('is a sentence that ends as one', () => {
    const md = translate('Developer', [
      'Jouw specificaties',
      'Je hebt hbo werk- en denkniveau;',
      'Je beschikt over een aantal jaren (drie tot vijf jaar) werkervaring in een soortgelijke functie;',
    ]).rewritten.markdown;
    expect(md).toContain('- Je beschikt over werkervaring in een soortgelijke functie.\n');
  });
});

describe('a lead-in that ends on the subject of its items (reading of untuned output)', () => {
  it('says each item with that subject, and goes on with the block under its next "En je:"', () => {
    const t = translate('Accountmanager', [
      '## Wat ga je doen?',
      'Je bezoekt klanten en maakt offertes.',
      '',
      '## Jij bent:',
      '* Een commercieel talent',
      '* Communicatief en energiek',
      '* Een echte aanpakker',
      '',
      '## En je:',
      '* Hebt minimaal 2 jaar ervaring als accountmanager',
      '* Neemt initiatief in het spotten van kansen',
      '* Beheerst de Nederlandse taal goed in woord en schrift',
      '',
      '## Wat bieden wij',
      'Een vast contract.',
    ]);
    const md = t.rewritten.markdown;
    expect(md).not.toMatch(/## (?:Jij bent|En je):/u);
    expect(md).toContain('- Je beheerst de Nederlandse taal goed in woord en schrift.');
    expect(md).not.toMatch(/^- (?:Neemt|Beheerst|Communicatief)/mu);
    expect([...t.personProfile.workingStyle, ...t.personProfile.teamContribution]).toContain('Je bent communicatief en energiek.');
  });
});

describe('a year count beside a plus in brackets (reading of untuned output)', () => {
  it('says the demand without its count and moves the plus: a range is a maximum, never kept (principle 8)', () => {
    const md = translate(
      'Marketing Executive',
      [
        'Responsibilities',
        '- Develop marketing plans.',
        '',
        'Requirements',
        '- 3-5 years of marketing experience (B2B preferred)',
        '- Fluent in English',
        '',
        'We offer',
        '- A good salary.',
      ],
      'en',
    ).rewritten.markdown;
    expect(md).not.toMatch(/3-5 years/u);
    expect(md).toMatch(/- You have [Mm]arketing experience\./u);
    expect(md).toMatch(/### Nice to have\n\n- B2B/u);
  });
});
