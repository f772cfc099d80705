import { describe, expect, it } from 'vitest';
import { Translation } from '../../../shared/translation';
import { Vacancy } from '../../../shared/vacancy';
import { getTaxonomy } from '../../taxonomy';
import { asSentence, withoutPlusMark } from './rewrite-block';
import { register } from './rewrite-register';
import { translateOffline } from './translate';

const je = register('Je werkt bij ons.', 'nl');
const u = register('U werkt bij ons en uw collega helpt u.', 'nl');
const en = register('You work with us.', 'en');

describe('a kept demand said as a noun phrase becomes a sentence in the posting’s register', () => {
  it.each([
    ['Kennis van C en C++', je, 'nl', 'Je hebt kennis van C en C++.'],
    ['Sterke technische kennis van schilderwerk.', je, 'nl', 'Je hebt sterke technische kennis van schilderwerk.'],
    ['Goede beheersing van Excel', je, 'nl', 'Je hebt een goede beheersing van Excel.'],
    ['Aantoonbare werkervaring in de zorg;', je, 'nl', 'Je hebt aantoonbare werkervaring in de zorg.'],
    ['Affiniteit met techniek', je, 'nl', 'Je hebt affiniteit met techniek.'],
    ['In het bezit van een rijbewijs B;', je, 'nl', 'Je bent in het bezit van een rijbewijs B.'],
    ['Vermogen om in een team te werken', je, 'nl', 'Je hebt het vermogen om in een team te werken.'],
    ['Communicatieve vaardigheden', je, 'nl', 'Je hebt communicatieve vaardigheden.'],
    ['Ervaring met SAP', u, 'nl', 'U heeft ervaring met SAP.'],
    ['Bekend met Scrum', u, 'nl', 'U bent bekend met Scrum.'],
    ['Experience with SQL', en, 'en', 'You have experience with SQL.'],
    ['Fluent in English', en, 'en', 'You are fluent in English.'],
    ['Deep understanding of healthcare coding', en, 'en', 'You have a deep understanding of healthcare coding.'],
    ['Affinity with working in teams', en, 'en', 'You have an affinity with working in teams.'],
    // (Reading of untuned output: the forms most often left as fragments.)
    ['Goed communicatief vaardig in het Nederlands en Engels', je, 'nl', 'Je bent goed communicatief vaardig in het Nederlands en Engels.'],
    ['Aantoonbare ervaring en kennis van conservering', je, 'nl', 'Je hebt aantoonbare ervaring en kennis van conservering.'],
    ['Experience maintaining code repositories in git', en, 'en', 'You have experience maintaining code repositories in git.'],
    ['Excellent written and verbal communication skills', en, 'en', 'You have excellent written and verbal communication skills.'],
    ['Python and R skills', en, 'en', 'You have Python and R skills.'],
    ['-Ability to summarize results', en, 'en', 'You have the ability to summarize results.'],
    // (Reading of untuned output, second round: coordinated adjectives, a readiness, an attitude, "kunnen".)
    [
      'Uitstekende mondelinge en schriftelijke vaardigheden in de Nederlandse taal',
      je,
      'nl',
      'Je hebt uitstekende mondelinge en schriftelijke vaardigheden in de Nederlandse taal.',
    ],
    [
      'Communicatieve vaardigheden en een goede beheersing van het Engels',
      je,
      'nl',
      'Je hebt communicatieve vaardigheden en een goede beheersing van het Engels.',
    ],
    ['Een goede beheersing van het Frans', u, 'nl', 'U heeft een goede beheersing van het Frans.'],
    ['Bereidheid om bij te leren', u, 'nl', 'U bent bereid om bij te leren.'],
    ['Zelfstandige werkhouding met oog voor veiligheid', je, 'nl', 'Je hebt een zelfstandige werkhouding met oog voor veiligheid.'],
    ['Sterk in communicatie en stressbestendig', je, 'nl', 'Je bent sterk in communicatie en stressbestendig.'],
    ['Procesmatig kunnen denken en handelen', je, 'nl', 'Je kunt procesmatig denken en handelen.'],
    ['Strong analytical skills, able to solve problems quickly', en, 'en', 'You have strong analytical skills, able to solve problems quickly.'],
    ['A good command of English (oral and written)', en, 'en', 'You have a good command of English (oral and written).'],
    ['Expertise in R and Python', en, 'en', 'You have expertise in R and Python.'],
    ['Advanced competency in SAP HANA', en, 'en', 'You have advanced competency in SAP HANA.'],
    ['Demonstrated ability in machine learning', en, 'en', 'You have a demonstrated ability in machine learning.'],
    ['Expert in data modeling', en, 'en', 'You are expert in data modeling.'],
    ['Must be able to manage multiple priorities and projects.', en, 'en', 'You are able to manage multiple priorities and projects.'],
    ['Experience leading/managing contract manufacturers', en, 'en', 'You have experience leading/managing contract manufacturers.'],
    [
      'Related Contract Manufacturing or Business Operations experience',
      en,
      'en',
      'You have related Contract Manufacturing or Business Operations experience.',
    ],
    ['Previous experience with SAP', en, 'en', 'You have previous experience with SAP.'],
    ['Must have strong consulting skills', en, 'en', 'You have strong consulting skills.'],
    ['Analytical mindset with good problem-solving skills', en, 'en', 'You have an analytical mindset with good problem-solving skills.'],
    ['Een energieke leider met ervaring in de verkoop', je, 'nl', 'Je bent een energieke leider met ervaring in de verkoop.'],
    ['Een diploma Verpleegkunde', je, 'nl', 'Je hebt een diploma Verpleegkunde.'],
    ['Diploma mbo niveau 3 Pedagogisch Werk', u, 'nl', 'U heeft een diploma mbo niveau 3 Pedagogisch Werk.'],
    ['Reeds in bezit van een VCA-attest', je, 'nl', 'Je bent reeds in bezit van een VCA-attest.'],
    ['In het bezit van eigen vervoer', je, 'nl', 'Je hebt eigen vervoer.'],
    ['Fulltime beschikbaar', je, 'nl', 'Je bent fulltime beschikbaar.'],
    ['Breed inzetbaar in verschillende disciplines', je, 'nl', 'Je bent breed inzetbaar in verschillende disciplines.'],
    ['Fysiek in goede conditie', je, 'nl', 'Je bent fysiek in goede conditie.'],
    ['Stressbestendig zijn', je, 'nl', 'Je bent stressbestendig.'],
    ['VCA certificaat (of bereidheid om te behalen)', je, 'nl', 'Je hebt een VCA certificaat of je bent bereid het te behalen.'],
    ['Rijbewijs C (of bereid dit te halen)', u, 'nl', 'U heeft een rijbewijs C of u bent bereid het te halen.'],
    ['Een rijbewijs B hebben', u, 'nl', 'U heeft een rijbewijs B.'],
    [
      'Zelfstandige en gestructureerde werkstijl met een hands-on mentaliteit',
      je,
      'nl',
      'Je hebt een zelfstandige en gestructureerde werkstijl met een hands-on mentaliteit.',
    ],
    ['Het is van belang dat je goed Nederlands spreekt', je, 'nl', 'Je spreekt goed Nederlands.'],
    ['Beheersing van de Duitse taal in woord en geschrift', je, 'nl', 'Je beheerst de Duitse taal in woord en geschrift.'],
    ['Vaardigheid in het lezen van technische tekeningen', je, 'nl', 'Je bent vaardig in het lezen van technische tekeningen.'],
    ['Beschikken over een geldig rijbewijs B', je, 'nl', 'Je beschikt over een geldig rijbewijs B.'],
    // An idiom said plainly (principle 12; reading of untuned output).
    ['SEO en SEA hebben voor jou geen geheimen.', je, 'nl', 'Je kent SEO en SEA goed.'],
    ['Standaard kantoorpakketten kennen geen geheimen voor u', u, 'nl', 'U kent standaard kantoorpakketten goed.'],
    // (An aside with a verb of its own is no clause of the line.)
    [
      'Affinity with working in teams (the working language is English)',
      en,
      'en',
      'You have an affinity with working in teams (the working language is English).',
    ],
    // (Reading of untuned output: emphasis, an article of the posting's own, a skill with what it bears on.)
    ['Strong **SQL skills and understanding of data models**', en, 'en', 'You have strong **SQL skills and understanding of data models**.'],
    ['The ability to work with both teams and stakeholders', en, 'en', 'You have the ability to work with both teams and stakeholders.'],
    ['A structured and analytical mindset', en, 'en', 'You have a structured and analytical mindset.'],
    // (Two demands in one line, each a sentence of its own.)
    ['Strong analytical skills. Familiar with Excel and SQL.', en, 'en', 'You have strong analytical skills. You are familiar with Excel and SQL.'],
  ] as const)('%s', (line, you, lang, sentence) => {
    expect(asSentence(line, you, lang)).toBe(sentence);
  });

  it.each([
    'Minimaal tien jaar een B-rijbewijs.',
    'Rijbewijs B',
    '(Enige) ervaring met Photoshop',
    'Eventueel ervaren met regeltechniek',
    'Je spreekt goed Nederlands',
    // A clause already: "Je hebt ervaring met WordPress is een vereiste" would be no sentence.
    'Ervaring met WordPress is een vereiste',
    'Een rijbewijs B met aanhangwagen',
    'Wie wij zijn',
  ])('leaves "%s" as it is', (line) => {
    expect(asSentence(line, je, 'nl')).toBeNull();
  });
  it('leaves an English demand said with its own verb as it is, other than "must have" / "must be able to"', () => {
    expect(asSentence('Should have strong communication skills, verbal and written', en, 'en')).toBeNull();
    // (Nor a "must" that goes on with another bare verb.)
    expect(asSentence('Applicant must have a dynamic skill set, be willing to work with new technologies', en, 'en')).toBeNull();
  });
});

describe('a plus in "Mooi meegenomen" without the marker the section says anyway', () => {
  it.each([
    ['Daarnaast is kennis van QML en Linux een pre.', 'nl', 'Kennis van QML en Linux.'],
    ['Ervaring met SAP is een pré', 'nl', 'Ervaring met SAP.'],
    ['Bij voorkeur enkele jaren werkervaring, maar dit is geen must', 'nl', 'Enkele jaren werkervaring, maar dit is geen must.'],
    ['Kennis van Frans is een troef.', 'nl', 'Kennis van Frans.'],
    ['Experience with Docker is a plus', 'en', 'Experience with Docker.'],
    // (An English plus mark without its verb, reading of untuned output.)
    ['Experience with healthcare data preferred', 'en', 'Experience with healthcare data.'],
    ['Working knowledge of SAP an asset.', 'en', 'Working knowledge of SAP.'],
    ['Eventueel ervaring met regeltechniek', 'nl', 'Ervaring met regeltechniek.'],
    ['Affiniteit met motoren, versterkt je kandidatuur.', 'nl', 'Affiniteit met motoren.'],
    // (A condition with a verb the sentence can say: reading of untuned output.)
    ['Indien je kennis hebt van lassen is dit een dikke plus', 'nl', 'Je hebt kennis van lassen.'],
    ['Als u ervaring heeft met SAP, is dat een pré', 'nl', 'U heeft ervaring met SAP.'],
  ] as const)('%s', (line, lang, bare) => {
    expect(withoutPlusMark(line, lang)).toBe(bare);
  });

  it.each([
    'Bij voorkeur heb je ervaring met SAP.',
    'Als je Google kent, is dat een pré.',
    'Een A-rijbewijs heeft een sterke pré.',
    'Bij voorkeur met ervaring in de bouw',
    'Je hebt relevante opleidingen (Microsoft, VMware), certificering is een pré',
    'VCA is een pré',
  ])('leaves "%s" as it is', (line) => {
    expect(withoutPlusMark(line, 'nl')).toBe(line);
  });
});

const taxonomy = getTaxonomy();
const translate = (title: string, lines: string[], language: 'nl' | 'en' = 'nl') =>
  Translation.parse(
    translateOffline(Vacancy.parse({ isVacancy: true, title, employer: null, location: null, language, text: lines.join('\n'), source: 'text' }), taxonomy),
  );

describe('the requirement block the rewrite changed reads as one block (EXEMPLARS.md, principles 1–3, 6, 9)', () => {
  const tasks = ['Wat ga je doen?', '- Je ontwikkelt software voor machines.', '- Je test nieuwe functies.', ''];
  const offer = ['', 'Wat bieden wij', '- Een vast contract.'];

  it('names it "Wat je meebrengt", makes its kept demands sentences of one list, and says "or equivalent" once, plainly, last', () => {
    const t = translate('Software engineer', [
      ...tasks,
      'Functie-eisen',
      '- Je hebt een afgeronde hbo-opleiding Informatica',
      '- Kennis van C en C++',
      '- Je werkt graag in een team.',
      '- Daarnaast is kennis van Linux een pre.',
      ...offer,
    ]);
    const md = t.rewritten.markdown;
    expect(md).not.toContain('Functie-eisen');
    expect(md).toMatch(
      /### Wat je meebrengt\n\n(?:- Je kunt .*\n)+- Je hebt kennis van C en C\+\+\.\n\nHoe je dit hebt geleerd, maakt niet uit: in een opleiding, in je werk of op een andere manier\.\n\n### Mooi meegenomen\n\n- Je hebt kennis van Linux\.\n/u,
    );
    // Tasks and offer stay word for word.
    expect(md).toContain('### Wat ga je doen?\n\n- Je ontwikkelt software voor machines.\n- Je test nieuwe functies.');
    expect(md).toContain('### Wat bieden wij\n\n- Een vast contract.');
    // A block it left as written, or only moved a practical condition out of, keeps its heading and words.
    for (const block of [
      ['Wat vragen wij?', '- Kennis van C en C++', '- Je spreekt goed Nederlands.'],
      ['Wat vragen wij?', '- Kennis van C en C++', '- Je bent 32 uur per week beschikbaar'],
    ]) {
      const own = translate('Engineer', [...tasks, ...block, ...offer]).rewritten.markdown;
      expect(own).toContain('### Wat vragen wij?\n\n- Kennis van C en C++\n');
      expect(own).not.toContain('Wat je meebrengt');
    }
  });

  it('makes plain lines under the heading items of the list', () => {
    const t = translate('Calculator', [
      'Wat ga je doen?',
      '- Je maakt calculaties voor onderhoudsprojecten.',
      '',
      'Wat breng je mee?',
      '- Een afgeronde mbo-opleiding Bouwkunde',
      '',
      'Ervaring met calculatiesoftware.',
      '',
      'Goede beheersing van Excel.',
      '',
      'Wat bieden wij?',
      'Een goed salaris.',
    ]);
    expect(t.rewritten.markdown).toContain(
      '### Wat je meebrengt\n\n- Je kunt calculaties voor onderhoudsprojecten maken.\n- Je hebt ervaring met calculatiesoftware.\n- Je hebt een goede beheersing van Excel.\n\nHoe je dit hebt geleerd',
    );
    expect(t.rewritten.markdown).toContain('### Wat bieden wij?\n\nEen goed salaris.');
  });

  it('writes "What you bring" in an English posting, at the level of its heading', () => {
    const t = translate(
      'Developer',
      [
        '#### What you will do',
        '- You write software for machines.',
        '',
        '#### Requirements',
        "- A bachelor's degree in Computer Science",
        '- Experience with SQL',
        '',
        '#### What we offer',
        '- A permanent contract.',
      ],
      'en',
    );
    const md = t.rewritten.markdown;
    expect(md).not.toContain('Requirements');
    expect(md).toMatch(/#### What you bring\n\n(?:- .*\n)*- You have experience with SQL\.\n\nHow you learned this does not matter/u);
  });

  it('says what it wrote for prose far from the block in the block’s list, once, under one "Wat je meebrengt"', () => {
    const md = translate('Software engineer', [
      ...tasks,
      'Functie-eisen',
      '- Je hebt een afgeronde hbo-opleiding Informatica',
      '- Kennis van C en C++',
      ...offer,
      '',
      'Over ons',
      'Wij bouwen machines. Voor deze functie heb je een afgeronde mbo-opleiding Elektrotechniek nodig.',
      '',
      'Solliciteren',
      'Stuur je cv naar jobs@voorbeeld.nl.',
    ]).rewritten.markdown;
    expect(md.match(/Wat je meebrengt/gu)).toHaveLength(1);
    expect(md).toMatch(/- Je hebt kennis van C en C\+\+\.\n(?:- .*\n)*\nHoe je dit hebt geleerd[^\n]*\n\n### Wat bieden wij/u);
    expect(md).toContain('### Over ons\n\nWij bouwen machines.\n\n### Solliciteren');
  });

  it('leaves a line that runs on from its own lead-in as prose, whole', () => {
    const md = translate('Communicatiemedewerker', [
      ...tasks,
      'Profiel',
      'We zoeken iemand die: Graag schrijft en communicatief sterk is. Gestructureerd te werk gaat. Je hebt een afgeronde hbo-opleiding Informatica. Kennis van InDesign is een plus.',
      ...offer,
    ]).rewritten.markdown;
    expect(md).toContain('We zoeken iemand die: Graag schrijft en communicatief sterk is. Gestructureerd te werk gaat. Kennis van InDesign is een plus.');
    expect(md).not.toContain('- Gestructureerd te werk gaat.');
  });

  /** A calculator's posting whose "Wij zoeken iemand die" block has `quality` as its second item. */
  const someoneWho = (quality: string) =>
    translate('Calculator', [
      '#### Wat ga je doen?',
      '- Het opstellen van offertes',
      '- Het bewaken van de planning',
      '',
      '#### Wij zoeken iemand die',
      '- een hbo-diploma heeft',
      `- ${quality}`,
      '- zelfstandig werkt',
      '',
      '#### Wat bieden wij',
      '- Een vast contract.',
    ]).rewritten.markdown;
  it('rewrites a block whose items go on from its heading as one, each item a sentence of its own (EXEMPLARS 5)', () => {
    const md = someoneWho('een aangeboren nieuwsgierigheid heeft');
    expect(md).toContain('#### Wat je meebrengt\n\n- Je kunt offertes opstellen.\n- Je kunt de planning bewaken.\n- Je werkt zelfstandig.');
    // (The quality is said under "Wie je bent", EXEMPLARS principle 2.)
    expect(md).toContain('#### Wie je bent\n\n- Je hebt een aangeboren nieuwsgierigheid.');
    expect(md).not.toContain('iemand die');
  });
  it('moves no item the profile would say with a verb it does not know ("… en humor niet schuwt")', () => {
    const md = someoneWho('scherpe teksten kan schrijven en humor niet schuwt');
    expect(md).toContain('- Je kunt scherpe teksten schrijven en je schuwt humor niet.');
    expect(md).not.toContain('humor niet schuwt.');
  });
  it('keeps such a block, at the new sections’ level, when one of its items does not read as a clause', () => {
    const md = someoneWho('een aangeboren nieuwsgierigheid');
    expect(md).toContain(
      '#### Wij zoeken iemand die\n\n- een aangeboren nieuwsgierigheid\n- zelfstandig werkt\n\n#### Wat je meebrengt\n\n- Je kunt offertes opstellen.',
    );
  });

  it('leaves the lines after a lead-in of the block’s own in their words, and "or equivalent" never under a licence', () => {
    const md = translate('Calculator', [
      'Wat ga je doen?',
      '- Je maakt calculaties voor onderhoudsprojecten.',
      '',
      'Wat breng je mee?',
      '- Een afgeronde mbo-opleiding Bouwkunde',
      'Een ervaren collega met:',
      '- Ervaring met calculatiesoftware',
      '- Een VCA-certificaat',
      '',
      'Wat bieden wij?',
      'Een goed salaris.',
    ]).rewritten.markdown;
    expect(md).toContain('Een ervaren collega met:\n\n- Ervaring met calculatiesoftware\n\nHoe je dit hebt geleerd');
    expect(md).not.toContain('Je hebt ervaring met calculatiesoftware');
    expect(md).toMatch(/Hoe je dit hebt geleerd[^\n]*\n\n- Een VCA-certificaat/u);
  });

  /** A management assistant's posting whose demands end with `last`. */
  const assistant = (...last: string[]) =>
    translate('Managementassistent', [
      'Wat ga je doen?',
      '- Je plant afspraken voor de directie.',
      '',
      'Wat vragen wij?',
      '- Een afgeronde mbo-opleiding Secretariaat',
      ...last,
    ]).rewritten.markdown;
  it('puts "or equivalent" above a condition at the end of the list too', () => {
    expect(assistant('- Ervaring met Excel', '- Liefst fulltime beschikbaar')).toMatch(/Hoe je dit hebt geleerd[^\n]*\n\n- Liefst fulltime beschikbaar/u);
  });

  it('says a condition under "Praktisch" to the reader', () => {
    expect(assistant('- Fulltime beschikbaar')).toContain('### Praktisch\n\n- Je bent fulltime beschikbaar.');
  });

  it('writes in the posting’s "u"', () => {
    const t = translate('Calculator', [
      'Wat gaat u doen?',
      '- U ontwikkelt software voor machines.',
      '',
      'Wat vragen wij van u?',
      '- U heeft een afgeronde hbo-opleiding Informatica',
      '- Ervaring met calculatiesoftware',
      '- Zelfstandigheid en flexibiliteit',
      '',
      'Uw collega helpt u graag.',
    ]);
    expect(t.rewritten.markdown).toMatch(/### Wat u meebrengt\n\n(?:- .*\n)*- U heeft ervaring met calculatiesoftware\.\n/u);
    // So does the person profile beside it (reading of untuned output: it said "je").
    expect(t.personProfile.workingStyle).toEqual(['U bent zelfstandig en flexibel.']);
    expect(t.personProfile.summary).toMatch(/^Voor ons telt wie u bent: .*hoe u werkt\.$/u);
  });
});

describe('a quality the reading found among the demands is said under "Wie je bent" (reading of untuned output)', () => {
  const t = translate('Software engineer', [
    'Wat ga je doen?',
    '- Je ontwikkelt software voor machines.',
    '',
    'Wat vragen wij?',
    '- Een afgeronde hbo-opleiding Informatica',
    '- Je bent bekend met versiebeheer;',
    '- Analytisch vermogen en de drive om elke dag kwaliteit te leveren aan alle klanten',
    '- Geen antecedenten op het gebied van verkeersovertredingen en verkeersregels',
    '',
    'Communicatie:',
    '- Helder schrijven en creatief meedenken over campagnes',
    '',
    'Wat bieden wij',
    '- Een vast contract.',
  ]);
  const md = t.rewritten.markdown;
  const bring = md.slice(md.indexOf('### Wat je meebrengt'), md.indexOf('### Wie je bent'));
  const who = md.slice(md.indexOf('### Wie je bent'), md.indexOf('### Wat bieden wij'));

  it('moves a line of its own that names a quality, not left as a must-have, and the profile holds it', () => {
    expect(who).toContain('- Analytisch vermogen en de drive om elke dag kwaliteit te leveren aan alle klanten.');
    expect(bring).not.toContain('Analytisch vermogen');
    expect(Object.values(t.personProfile).flat().join('\n')).toContain('Analytisch vermogen en de drive');
  });

  it('leaves an absence asked and a line under a lead-in of its own where they were', () => {
    expect(bring).toContain('- Geen antecedenten op het gebied van verkeersovertredingen en verkeersregels');
    expect(md).toContain('Communicatie:\n\n- Helder schrijven en creatief meedenken over campagnes');
    expect(who).not.toMatch(/antecedenten|Helder schrijven/u);
  });

  it('ends a kept line that opens with its subject as a sentence', () => {
    expect(bring).toContain('- Je bent bekend met versiebeheer.\n');
  });
});

describe('a sentence the next one refers back to stays in the prose (reading of untuned output)', () => {
  it('keeps "… netwerker." before "Daarnaast vind je …", and does not say that quality again under "Wie je bent"', () => {
    const md = translate('Accountmanager', [
      'Wat ga je doen?',
      '- Je verkoopt software aan scholen.',
      '',
      '## Functieprofiel',
      '',
      'Je hebt interesse in software voor het onderwijs. Je bent verantwoordelijk voor nieuwe klanten.',
      '',
      'Je bent gedreven, resultaatgericht en een echte netwerker. Daarnaast vind je het geen probleem om veel te reizen.',
      '',
      'Wat bieden wij',
      '- Een vast contract.',
    ]).rewritten.markdown;
    expect(md).toContain('\n\nJe bent gedreven, resultaatgericht en een echte netwerker. Daarnaast vind je het geen probleem om veel te reizen.\n');
    expect(md.slice(md.indexOf('## Wie je bent'))).not.toContain('netwerker');
    // (A sentence nothing refers back to still leaves for the profile.)
    expect(md).toContain('## Wie je bent\n\n- Je hebt interesse in software voor het onderwijs.');
  });

  it('keeps the question that "Dan …" answers', () => {
    const md = translate('Calculator', [
      'Wat ga je doen?',
      '- Je maakt calculaties voor onderhoudsprojecten.',
      '',
      'Wie zoeken we?',
      'Krijg je energie van bouwen en verbeteren? Dan zit je hier op je plek.',
      '- Je hebt kennis van bouwkunde.',
    ]).rewritten.markdown;
    expect(md).toContain('Krijg je energie van bouwen en verbeteren? Dan zit je hier op je plek.');
  });
});

describe('a plus said as the last clause of a demand goes to "Mooi meegenomen" (reading of untuned output)', () => {
  it('splits "Goede kennis van Excel; ervaring met SAP is een troef." and leaves a field that hangs from its demand', () => {
    const md = translate('Calculator', [
      'Wat ga je doen?',
      '- Je maakt calculaties voor projecten.',
      '',
      'Wat vragen wij?',
      '- Een afgeronde mbo-opleiding Bouwkunde',
      '- Goede kennis van Excel; ervaring met SAP is een troef.',
      '- Ervaring met calculaties, bij voorkeur in de utiliteitsbouw',
      '',
      'Wat bieden wij',
      '- Een vast contract.',
    ]).rewritten.markdown;
    const bring = md.slice(md.indexOf('### Wat je meebrengt'), md.indexOf('### Mooi meegenomen'));
    expect(bring).toContain('- Je hebt goede kennis van Excel.\n');
    expect(bring).not.toContain('SAP');
    expect(md).toContain('### Mooi meegenomen\n\n- Je hebt ervaring met SAP.');
    expect(md).toContain('Ervaring met calculaties, bij voorkeur in de utiliteitsbouw');
  });

  it('splits it in a paragraph of demands too: the demand stays, the plus goes', () => {
    const md = translate('Calculator', [
      'Wat ga je doen?',
      '- Je maakt calculaties voor projecten.',
      '',
      'Profiel',
      'Een afgeronde mbo-opleiding Bouwkunde. Goede kennis van Excel; ervaring met SAP is een troef. Nauwkeurig en zelfstandig.',
      '',
      'Wat bieden wij',
      '- Een vast contract.',
    ]).rewritten.markdown;
    const bring = md.slice(md.indexOf('### Wat je meebrengt'), md.indexOf('### Mooi meegenomen'));
    expect(bring).toContain('- Je hebt goede kennis van Excel.\n');
    expect(bring).not.toContain('SAP');
    expect(md).toContain('### Mooi meegenomen\n\n- Je hebt ervaring met SAP.');
  });
});

describe('a list under "Who are we looking for?" and its own lead-in (reading of untuned output)', () => {
  it('is the block the candidate brings: the lead-in goes, each demand is said as a sentence', () => {
    const md = translate(
      'Data Engineer',
      [
        '**What you will do?**',
        '',
        '* Design, develop, and maintain ETL pipelines.',
        '',
        '**Who are we looking for?**',
        '',
        '**We are looking for someone who has:**',
        '',
        '* A **Bachelor’s degree** in Computer Science or a related field',
        '* **3 years of experience** in data engineering',
        '* Experience with **Azure Data Factory**',
        '',
        '**Working at Acme**',
        '* We offer a good salary.',
      ],
      'en',
    ).rewritten.markdown;
    expect(md).toContain('### What you bring');
    expect(md).not.toContain('looking for someone who has');
    expect(md).toContain('- You have experience with **Azure Data Factory**.');
  });
});

describe("the posting's own section of pluses after its demands (reading of untuned output)", () => {
  it('takes the pluses the rewrite moved: no second heading of pluses', () => {
    const md = translate(
      'Data Engineer',
      [
        'Responsibilities',
        '- Build data pipelines.',
        '',
        'Qualifications',
        '- 5 years of experience as ETL developer',
        '- Experience with SQL Server',
        '- Experience in working with healthcare data preferred',
        '',
        'Preferred Qualifications:',
        '- Experience with Hadoop',
        '- Experience with Spark',
        '',
        'About Acme',
        'Acme builds software.',
      ],
      'en',
    ).rewritten.markdown;
    expect(md).not.toContain('### Nice to have');
    expect(md).toMatch(
      /### Preferred Qualifications:\n\n- Experience with Hadoop\n- Experience with Spark\n- You have experience in working with healthcare data\./u,
    );
  });
});

describe('a paragraph of demands under its own question (reading of output)', () => {
  it('drops the question the new heading says and gives each demand its item', () => {
    const md = translate('Webredacteur', [
      'Wat ga je doen?',
      '- Je schrijft artikelen voor de website.',
      '',
      'Profiel',
      'Wie zoeken we? Een afgeronde hbo-opleiding Journalistiek. Ervaring met het opzetten van campagnes. Uitstekende schrijfvaardigheden.',
      '',
      'Aanbod',
      'Een vast contract.',
    ]).rewritten.markdown;
    expect(md).not.toContain('Wie zoeken we?');
    expect(md).toContain('- Je hebt ervaring met het opzetten van campagnes.\n- Je hebt uitstekende schrijfvaardigheden.');
  });

  it('gives each demand its item when a later sentence opens its examples with a colon', () => {
    const md = translate('Aankoper', [
      'Taken',
      'Je vraagt technische info op bij leveranciers.',
      '',
      'Profiel',
      'Bachelor diploma. Je spreekt vlot Nederlands en Frans. Je hebt ervaring met ERP systemen. Je kan vlot overweg met Excel: draaitabellen, grafieken.',
      '',
      'Aanbod',
      'Een vaste job.',
    ]).rewritten.markdown;
    expect(md).toContain(
      '- Je spreekt vlot Nederlands en Frans.\n- Je hebt ervaring met ERP systemen.\n- Je kan vlot overweg met Excel: draaitabellen, grafieken.',
    );
  });

  it('leaves a question put to the reader the prose it was', () => {
    const md = translate('Marketing medewerker', [
      'Dit ga je doen',
      '- Content ontwikkelen voor verschillende kanalen;',
      '',
      'Functie-eisen',
      'Weet jij wat je doet en waarom, en kun je schakelen tussen strategie en uitvoering? Dan ben jij de aanvulling op het team!',
      '- Je beheerst de Nederlandse taal uitstekend;',
      '- Je hebt ervaring in een soortgelijke functie;',
      '',
      'Arbeidsvoorwaarden',
      'Een vast contract.',
    ]).rewritten.markdown;
    expect(md).toContain('\n\nWeet jij wat je doet');
    expect(md).not.toContain('- Weet jij');
    expect(md).toContain('- Je kunt het werk van een marketing medewerker zelfstandig doen');
  });
});

describe('a list the page glued into one line is rewritten as the list it was (reading of untuned output)', () => {
  it('says each requirement the reading found as an item: the years as the work, the others as sentences', () => {
    const md = translate('Plaatser interieur', [
      'Taken',
      'Je plaatst binnendeuren en trappen bij klanten thuis.',
      '',
      'Profiel',
      'Minimaal 5 jaar ervaring als plaatser interieur Kennis van het lezen van technische tekeningen In het bezit van rijbewijs B',
      '',
      'Aanbod',
      'Een vast contract.',
    ]).rewritten.markdown;
    expect(md).toContain(
      '### Wat je meebrengt\n\n- Je kunt het werk van een plaatser interieur zelfstandig doen — waar je dat leerde, maakt niet uit.\n- Je hebt kennis van het lezen van technische tekeningen.\n',
    );
    expect(md).toContain('### Praktisch\n\n- Je bent in het bezit van rijbewijs B.');
    expect(md).not.toMatch(/5 jaar/u);
  });
});

describe('what is kept beside a replaced diploma is said to the reader (reading of untuned output)', () => {
  it('says "ervaring in een soortgelijke rol" as a sentence once the master beside it gave way', () => {
    const md = translate('Projectleider', [
      'Taken',
      'Je stuurt werven aan en organiseert werfvergaderingen.',
      '',
      'Profiel',
      'Master bouwkunde en ervaring in een soortgelijke rol Sterk in communicatie en stressbestendig',
      '',
      'Aanbod',
      'Een vast contract.',
    ]).rewritten.markdown;
    expect(md).toContain('- Je kunt het werk van een projectleider zelfstandig doen — waar je dat leerde, maakt niet uit.');
    expect(md).not.toMatch(/^- Ervaring in/mu);
  });
});

describe('a plus that shared its line with a replaced level goes to "Mooi meegenomen" (reading of untuned output)', () => {
  it('moves "bij voorkeur kennis van bouwmaterialen" out of the must-haves', () => {
    const md = translate('Vestigingsmanager', [
      'Jouw missie',
      '- Je analyseert de markt en zet gerichte acties op.',
      '- Je coacht je team.',
      '',
      'Wie ben jij?',
      'HBO werk- en denkniveau en bij voorkeur kennis van hout-, plaat- of bouwmaterialen;',
      'Je bent klantgericht.',
    ]).rewritten.markdown;
    expect(md).toMatch(/### Mooi meegenomen\n\n- Je hebt kennis van hout-, plaat- of bouwmaterialen\./u);
    expect(md.split('### Mooi meegenomen')[0]).not.toMatch(/bij voorkeur/iu);
  });
});

describe('"Wat je bij ons leert" says how the posting’s own offer lets the reader learn (exemplar comparison)', () => {
  const md = translate('Pedagogisch medewerker', [
    'Wat ga je doen?',
    '- Je begeleidt peuters in de groep.',
    '',
    'Wat vragen wij?',
    '- Een mbo-diploma pedagogisch werk',
    '- Je bent geduldig',
    '',
    'Wat bieden wij?',
    '- Coaching en werkbegeleiding',
    '- Je wordt goed ingewerkt door een ervaren collega.',
    '- Een salaris afhankelijk van opleiding en ervaring',
    '- Een vitaliteitsaanbod met yoga-trainingen',
    '- Na een inwerkperiode veel ruimte voor eigen initiatief',
    '- Tijdens de opleiding word je aangesteld als ambtenaar in opleiding.',
  ]).rewritten.markdown;
  it('says a noun phrase of the offer as what the reader gets, and a sentence as it is', () => {
    expect(md).toMatch(/### Wat je bij ons leert\n\n- Je krijgt coaching en werkbegeleiding\.\n- Je wordt goed ingewerkt door een ervaren collega\./u);
  });
  it('takes no pay or wellbeing line that names a course', () => {
    const learn = md.split('### Wat je bij ons leert')[1]!.split('###')[0]!;
    expect(learn).not.toMatch(/salaris|yoga/u);
  });
  it('takes no line about what comes after the learning, nor about one’s appointment', () => {
    const learn = md.split('### Wat je bij ons leert')[1]!.split('###')[0]!;
    expect(learn).not.toMatch(/initiatief|aangesteld/u);
  });
  it('leaves the offer itself as it was', () => {
    expect(md).toMatch(/### Wat bieden wij\?\n\n- Coaching en werkbegeleiding\n/u);
  });
});

describe('a numbered line outside the block keeps its number and no bullet (exemplar comparison)', () => {
  it('writes "1. Het eerste contact", not "- 1. Het eerste contact"', () => {
    const md = translate('Verpleegkundige', [
      'Wat vragen wij?',
      '- Een mbo-diploma verpleegkunde',
      '',
      'De sollicitatieprocedure',
      '1. Het eerste contact',
      '2. Kennismaken en een dagdeel meelopen',
    ]).rewritten.markdown;
    expect(md).toMatch(/^1\. Het eerste contact$/mu);
    expect(md).not.toMatch(/- \d\. /u);
  });
});

describe('the sentences after a label that names the demands stand on their own (reading of untuned output)', () => {
  it('writes "Gezocht profiel: … Goede beheersing van … Kennis van SAP is een plus. …" as items, the plus under "Mooi meegenomen"', () => {
    const md = translate('Aankoper', [
      'Functieomschrijving',
      '- Je plaatst bestellingen bij leveranciers en volgt ze op.',
      '',
      'Profiel',
      'Gezocht profiel: Bachelor in de richting van inkoop of logistiek. Goede beheersing van het Engels. Kennis van SAP is een plus. Procesmatig kunnen denken en handelen.',
      '',
      'Aanbod',
      'Een vast contract.',
    ]).rewritten.markdown;
    expect(md).toMatch(/### Wat je meebrengt\n\n[^#]*- Je hebt een goede beheersing van het Engels\.\n- Je kunt procesmatig denken en handelen\./u);
    expect(md).toMatch(/### Mooi meegenomen\n\n- Je hebt kennis van SAP\./u);
  });
});

describe('pluses and practical conditions are said to the reader too (reading of untuned output)', () => {
  const md = translate('Koelmonteur', [
    'Wat ga je doen?',
    '- Je onderhoudt koelinstallaties bij klanten.',
    '',
    'Wat vragen wij?',
    '- Mbo-diploma koeltechniek',
    '- Eventueel ervaren met regeltechniek rond klimaatsystemen',
    '- In het bezit van eigen vervoer',
  ]).rewritten.markdown;
  it('moves an item that opens with "Eventueel" to "Mooi meegenomen" as a sentence', () => {
    expect(md).toMatch(/### Mooi meegenomen\n\n- Je bent ervaren met regeltechniek rond klimaatsystemen\./u);
  });
  it('says a practical condition as a sentence', () => {
    expect(md).toMatch(/### Praktisch\n\n- Je hebt eigen vervoer\./u);
  });
});

describe('a year count left out, the experience is said to the reader (reading of untuned output)', () => {
  it('writes "You have practical experience with Python" for "3+ years\' practical experience with Python"', () => {
    const md = translate(
      'Data Scientist',
      [
        'Responsibilities:',
        'Build models for our sales team.',
        '',
        'Requirements:',
        "3+ years' practical experience with Python and SQL.",
        'Strong SQL skills.',
      ],
      'en',
    ).rewritten.markdown;
    expect(md).toContain('- You have practical experience with Python and SQL.');
  });
});

describe('the block’s own lead-in goes with its heading (reading of untuned output)', () => {
  it('drops "Formal Education Required:" once the block is "What you bring"', () => {
    const t = translate(
      'Data Analyst',
      [
        'Responsibilities',
        '- Build dashboards for the sales team',
        '',
        'Qualifications',
        'Formal Education Required:',
        "- Bachelor's degree in Statistics",
        '- Strong SQL skills',
        '',
        'Benefits',
        '- A pension plan',
      ],
      'en',
    );
    expect(t.rewritten.markdown).toMatch(/### What you bring\n\n- You /u);
    expect(t.rewritten.markdown).not.toContain('Formal Education Required');
  });

  it('drops "Wie zoeken we?" that opened a list the page flattened into one line', () => {
    const md = translate('Calculator', [
      'Wat ga je doen?',
      '- Je maakt calculaties voor projecten.',
      '',
      'Profiel',
      'Wie zoeken we? - Je hebt een bachelor in de bouwkunde. - Je spreekt vlot Nederlands. - Je bent nauwkeurig.',
      '',
      'Aanbod',
      'Een vast contract.',
    ]).rewritten.markdown;
    expect(md).toMatch(/### Wat je meebrengt\n\n- Je kunt /u);
    expect(md).not.toContain('Wie zoeken we?');
  });

  it('drops the lead-in that ends the line a quality left, and keeps the sentence before it (exemplar 1)', () => {
    const md = translate('Verpleegkundige', [
      'Wat ga je doen?',
      'Je houdt het overzicht, analyseert resultaten en bewaakt patiënten tijdens onderzoeken.',
      '',
      'Wat vragen wij van jou?',
      'Jij bent een betrokken collega. Met jouw expertise maken we samen het verschil! Wat we van jou vragen?',
      '- Een diploma Verpleegkunde met specialisatie SEH of IC',
    ]).rewritten.markdown;
    expect(md).toContain('Met jouw expertise maken we samen het verschil!');
    expect(md).not.toContain('Wat we van jou vragen?');
  });
});

describe('the block whose demands were replaced is the one renamed (reading of untuned output)', () => {
  it('renames "Must-haves", not the person block before it whose only change is a quality moved to the profile', () => {
    const md = translate(
      'Junior Controller',
      [
        'What you will do',
        '- Prepare monthly reports for the finance team.',
        '',
        'Who you are',
        'You are curious and eager to learn.',
        '',
        'Must-haves',
        "- Bachelor's degree in Finance",
        '- Understanding of accounting principles',
        '- Fluent in English',
      ],
      'en',
    ).rewritten.markdown;
    expect(md).toMatch(/### Who you are\n/u);
    expect(md).toMatch(/### What you bring\n\n[^#]*fluent in English/iu);
    expect(md).not.toMatch(/### Must-haves/u);
  });
});
