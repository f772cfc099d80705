import { describe, expect, it } from 'vitest';
import { extractRequirements } from './extract';
import { units } from './segment';

const extract = (text: string) => extractRequirements(units(text).units);

describe('working conditions in the offer are practical requirements', () => {
  it.each([
    ['Aanbod\nEen uitdagende functie met goede arbeidsvoorwaarden; Werkuren: 07u50 tot 16u30 Een marktconform salaris.', 'Werkuren:'],
    ['Aanbod\nJe werkt in een 40-uren week en wordt ingeschreven in de bouw.', '40-uren week'],
    ['Aanbod\nDag of 2 ploegen', '2 ploegen'],
  ])('%j', (text, phrase) => {
    const found = extract(text).filter((r) => r.kind === 'other');
    expect(found.some((r) => text.slice(r.span!.start, r.span!.end).includes(phrase))).toBe(true);
  });
});

describe('the person a posting looks for', () => {
  it.each([
    ['Wij zijn op zoek naar een gedreven administratief bediende voor een bedrijf te Lommel.', 'gedreven', 'trait'],
    ['Concreet zijn we dus op zoek naar een ervaren TP profiel die de materie beheerst.', 'ervaren', 'experience'],
  ])('%s', (text, phrase, kind) => {
    expect(extract(`Functie\n${text}`).find((r) => r.text.includes(phrase))?.kind).toBe(kind);
  });

  it('keeps a language name with its sign: "C#", "C++", ".NET" (reading of untuned output)', () => {
    const found = extract('Functie\nWe zijn op zoek naar een ervaren C# .NET developer die communicatief vaardig is.');
    expect(found.map((r) => r.text)).toContain('ervaren C# .NET developer');
  });
});

describe('what the posting says of the person it looks for', () => {
  it.each([
    ['Voor deze functie zoeken wij een ervaren Java developer die communicatief vaardig is.', 'die communicatief vaardig is'],
    [
      'The firm is looking for a **Junior Analyst** who is passionate about data quality and automation.',
      'who is passionate about data quality and automation',
    ],
    ['In Utrecht zijn we op zoek naar een kandidaat met interesse in een rol als teamleider.', 'met interesse in een rol als teamleider'],
    ['The studio is looking for dynamic, highly analytical data scientists to join.', 'dynamic, highly analytical data scientists'],
    ['Daarom zijn we op zoek naar jou, een ondernemend profiel, iemand die dit verhaal verder wil uitbouwen.', 'die dit verhaal verder wil uitbouwen'],
  ])('%s', (text, said) => {
    expect(extract(`Functie\nWe groeien hard in de regio. ${text}`).map((r) => r.text)).toContain(said);
  });

  it('reads "senior" in the role sought as the role, not a demand', () => {
    expect(extract('Over ons\nWe groeien hard. We are looking for a senior Ruby developer to expand our team.')).toEqual([]);
  });

  it.each([
    'Wij zoeken een monteur die ons team in Zwolle komt versterken.',
    'We are looking for a colleague who we can count on.',
    'Wij zoeken een chauffeur die vanaf maart begint.',
  ])('the role alone, or what the employer says of it, asks nothing: %s', (text) => {
    expect(extract(`Functie\nWe groeien hard in de regio. ${text}`)).toEqual([]);
  });
});

describe('how to apply asks nothing of the candidate (#16)', () => {
  it.each([
    'If you are interested in this position, please explain your motivation in your application letter.',
    'We vragen je om slechts 1 keer een sollicitatie in te sturen.',
    'Bekijk onze openstaande vacatures',
    'To read the full description and the list of requirements, click here.',
  ])('%s', (line) => {
    expect(extract(`Over ons\nWe zijn een klein team.\n\nProfiel\n- Je hebt ervaring met Excel.\n${line}`).map((r) => r.text)).toEqual([
      'Je hebt ervaring met Excel.',
    ]);
  });
});

describe('what a named organisation does asks nothing (#16)', () => {
  it.each([
    'Bureau S&P organiseert evenementen zoals symposia, lezingen en masterclasses.',
    'Diversiteit brengt andere inzichten die hard nodig zijn voor goed politiewerk.',
  ])('%s', (line) => {
    expect(extract(`Over de functie\n${line}`)).toEqual([]);
  });
});

describe('a question about the job or the team asks nothing of the reader (#16)', () => {
  it.each([
    ['Is dit iets voor jou?', false],
    ['Kom jij ons team in Zwolle versterken?', false],
    ['Do you believe that this is the job you are looking for?', false],
    ['Heb je geen last van hoogtevrees, affiniteit met techniek en wil je werken in een jong team?', true],
  ])('%s → %s', (question, asked) => {
    expect(extract(`Over de functie\nJe plaatst kozijnen bij klanten. ${question}`).length > 0).toBe(asked);
  });
});

describe('coordinated demands and their pluses (reading of untuned output)', () => {
  const got = (line: string) => extract(`Profiel\n- ${line}`).map((r) => [r.text, r.mandatory]);

  it('keeps "your background and experience" and "a combination of education and experience" one phrase', () => {
    expect(got('You can show how your background and experience relate to data engineering.')).toHaveLength(1);
    expect(got('A degree in statistics, or an equivalent combination of education and experience.')).toHaveLength(1);
  });

  it('keeps "kennis van en ervaring met X" one demand', () => {
    expect(got('Je hebt kennis van en ervaring met agile-methoden.')).toEqual([['Je hebt kennis van en ervaring met agile-methoden.', true]]);
  });

  it('splits a plus said after a demand with "en bij voorkeur"', () => {
    expect(got('Je hebt ervaring met het aansturen van professionals en bij voorkeur enkele jaren ervaring in het leiden van een team.')).toEqual([
      ['Je hebt ervaring met het aansturen van professionals', true],
      ['bij voorkeur enkele jaren ervaring in het leiden van een team.', false],
    ]);
  });

  it('splits "en eventueel Y" and a plus with its own subject in brackets off the demand (reading of untuned output)', () => {
    expect(got('Je spreekt vlot Nederlands en eventueel Frans.')).toEqual([
      ['Je spreekt vlot Nederlands', true],
      ['eventueel Frans.', false],
    ]);
    expect(got('Perfect tweetalig EN/FR zijn (Nederlands is een pluspunt)')).toEqual([
      ['Perfect tweetalig EN/FR zijn', true],
      ['Nederlands is een pluspunt', false],
    ]);
    expect(got('Professional proficiency in English (Dutch is an advantage)')).toEqual([
      ['Professional proficiency in English', true],
      ['Dutch is an advantage', false],
    ]);
    expect(got('Kennis van SAP (is een pré)')).toEqual([['Kennis van SAP (is een pré)', false]]);
    // (Reading of untuned output: the years were a plus because of their bracket.)
    expect(got('3-5 years of marketing experience (B2B preferred)')).toEqual([
      ['3-5 years of marketing experience', true],
      ['B2B preferred', false],
    ]);
    expect(got('Experience with SAP (preferred)')).toEqual([['Experience with SAP (preferred)', false]]);
  });

  it('reads "bij voorkeur kennis van X" after a level as knowledge, not as the diploma\'s field', () => {
    expect(extract('Wie ben jij?\nHBO werk- en denkniveau en bij voorkeur kennis van bouwmaterialen;').map((r) => r.kind)).toEqual([
      'education_level',
      'skill',
    ]);
  });

  it('splits a plus with its own subject after a comma, and keeps the demand before it a demand', () => {
    expect(got('Beheersing van de Nederlandse en Engelse taal in woord en geschrift, de Duitse taal is een pré')).toEqual([
      ['Beheersing van de Nederlandse en Engelse taal in woord en geschrift', true],
      ['de Duitse taal is een pré', false],
    ]);
  });

  it('says the plus a sentence ends on of everything it coordinates', () => {
    expect(got('Daarnaast is kennis van QML, scrum en Linux en ervaring met testen een pre.').every(([, mandatory]) => mandatory === false)).toBe(true);
  });

  it('reads a name as no demand, and a list of tools as one', () => {
    expect(extract('Functie\nMinisterie van Justitie en Veiligheid, Nederlands Forensisch Instituut')).toEqual([]);
    expect(got('(als pré Bitbucket, Jira, NodeJS, MySQL, Bootstrap)')).toHaveLength(1);
  });
});

describe('what the employer gives asks nothing (#16)', () => {
  it.each([
    'iPad van de zaak',
    'Op termijn kan je doorgroeien naar ploegbaas als dit je ambitie is',
    'Uiteraard gelden hiervoor passende toeslagen en compensatieregelingen',
  ])('%s', (line) => {
    expect(extract(`Profiel\n- Je hebt rijbewijs B.\n- ${line}`).map((r) => r.text)).toEqual(['Je hebt rijbewijs B.']);
  });
});

describe('sentences that go on about a check one demand (#16)', () => {
  it('makes one demand of the check, not three', () => {
    const got = extract(
      'Over de procedure\nAcme conducts background checks on applicants who receive an offer. Qualified applicants with a record will be considered. Background check results may lead to the withdrawal of an offer. The background check process follows all applicable laws.',
    );
    expect(got.map((r) => r.text)).toEqual(['Acme conducts background checks on applicants who receive an offer.']);
  });
});

describe('a sentence that refers back, or a heading without its mark (#16)', () => {
  it.each([
    'Dit moet je aantonen met je cv en een functiebeschrijving waarin het werk- en denkniveau staat.',
    'Welke taken horen bij een Hardware Engineer HBO WO',
    'Waar jouw profiel aan moet voldoen',
  ])('%s asks nothing new', (line) => {
    expect(extract(`Profiel\n- Je hebt rijbewijs B.\n${line}`).map((r) => r.text)).toEqual(['Je hebt rijbewijs B.']);
  });

  it('keeps a role said with "Deze functie" or "This role" a subject that may ask something', () => {
    expect(extract('Profiel\nThis role requires a driving licence.')).toHaveLength(1);
  });
});

describe('demands under the requirements that were read as something else (reading of untuned output)', () => {
  const asked = (lines: string[]) => extract(['Wat vragen wij', ...lines].join('\n')).map((r) => r.text);

  it('reads a lead-in that names what is asked as a demand, and a bare label or the employer asking as none', () => {
    expect(asked(['Experience using any of the following data:', '- EMR', '- claims data'])).toContain('Experience using any of the following data:');
    expect(asked(['Knowledge of:', '- SQL'])).not.toContain('Knowledge of:');
    expect(asked(['Kom je bij ons werken, dan vragen wij van jou dat je:', '- Rijbewijs B hebt'])).not.toContain(
      'Kom je bij ons werken, dan vragen wij van jou dat je:',
    );
    expect(asked(['Een ervaren collega met:', '- Rijbewijs B'])).not.toContain('Een ervaren collega met:');
  });

  it('reads a quality named as a label before what it means', () => {
    expect(asked(['• Flexibiliteit: Als chauffeur ben je onmisbaar in ons team'])).toContain('Flexibiliteit:');
  });

  it('keeps a short cheerful item, not a call to act', () => {
    expect(asked(['- Plezier in zingen!'])).toEqual(['Plezier in zingen!']);
    expect(asked(['- Ga de uitdaging aan!'])).toEqual([]);
  });

  it('is not put off by "we" in brackets or after the reader', () => {
    expect(asked(['- Een doorzetter (beetje cliché, we know)'])).toHaveLength(1);
    expect(asked(['- Je hebt een vlotte pen en jou kunnen we nooit betrappen op een taalfout'])).toHaveLength(1);
  });

  it('reads a skill in a compound ("schrijfvaardigheden"), where the reader can get to, and a requirement among the contact lines', () => {
    expect(asked(['Uitstekende schrijfvaardigheden en een scherp oog voor visuele content.'])).toHaveLength(1);
    expect(asked(['Je geraakt iedere dag in Sint-Truiden'])).toHaveLength(1);
    expect(extract('Contact\nDoing a PhD here requires English proficiency at a certain level.\nMail Anna for questions.')).toHaveLength(1);
  });

  it('reads experience in a compound ("rijervaring") and the person sought under the requirements', () => {
    expect(asked(['- Beroepsmatige rijervaring op de weg'])).toHaveLength(1);
    expect(asked(['Wij zijn op zoek naar een programmeur voor wie programmeren een passie is.'])).toContain('voor wie programmeren een passie is');
  });
});

describe('from the tune half: the workplace said in the passive, and a role in the work (#16)', () => {
  it('reads "Nieuwe ideeën en initiatieven worden altijd aangemoedigd" as the workplace, and a plus said in the passive as asked', () => {
    expect(extract('Wat vragen wij\n- Je kent Python.\n- Nieuwe ideeën en initiatieven worden altijd aangemoedigd.').map((r) => r.text)).toEqual([
      'Je kent Python.',
    ]);
    expect(extract('Wat vragen wij\n- Kennis van SAP wordt gewaardeerd.')).toHaveLength(1);
  });

  it('reads "Je hebt hierin niet alleen een uitvoerende rol" as the role', () => {
    expect(extract('Wat ga je doen?\nJe hebt hierin niet alleen een uitvoerende rol, je denkt ook mee.')).toEqual([]);
  });
});

describe('the close of a posting (exemplar voscon, #16)', () => {
  it('reads "Bent u toe aan een nieuwe uitdaging." as the hook and the acquisition line as the employer\'s', () => {
    expect(
      extract('Functie eisen zijn:\nRijbewijs B\nBent u toe aan een nieuwe uitdaging.\nAcquisitie in deze advertentie wordt NIET op prijs gesteld').map(
        (r) => r.text,
      ),
    ).toEqual(['Rijbewijs B']);
  });
});

describe('a programme the work is about is no demand (#16)', () => {
  it('reads the tasks of a study secretariat as tasks, and a diploma asked among them as a demand', () => {
    expect(extract('Wat ga je doen?\nAls medewerker van het secretariaat neem jij de ondersteuning van de masteropleiding geneeskunde op je.')).toEqual([]);
    expect(extract('Wat ga je doen?\nJe hebt een afgeronde masteropleiding geneeskunde.')).toHaveLength(1);
  });
});

describe('questions and marked lines that ask something of the reader', () => {
  it.each([
    ['Functie\nBen jij iemand die het overzicht bewaart en projecten tot in de details opvolgt?', true],
    ['Functie\nBen jij klaar om het verschil te maken in regio Kortrijk?', false],
    ['Functie\nAls medewerker ben jij degene die het verhaal naar buiten brengt.', false],
    ['Profiel\n· Je hebt een vlotte pen en weet complexe thema’s toegankelijk te maken, ook voor wie nog nooit van ons hoorde.', true],
  ])('%j → %s', (text, asked) => {
    expect(extract(text).length > 0).toBe(asked);
  });
});

describe('qualities and conditions named in the description', () => {
  it.each([
    ['Functie\nMet jouw scherpe commerciële blik draag je bij aan het vergroten van de merkbekendheid.', 'trait'],
    ['Functie\nJe woont in de omgeving van Enschede, Hengelo of Almelo.', 'other'],
  ])('%j → %s', (text, kind) => {
    expect(extract(text).map((r) => r.kind)).toContain(kind);
  });
});

describe('lines that ask nothing themselves', () => {
  it.each(['Profiel\nZowel jouw mogelijkheden, ervaring en opleiding spelen een rol.', 'Profiel\nGeen diploma?', 'Lexington, MA, US'])('%j', (text) => {
    expect(extract(text)).toEqual([]);
  });

  it('keeps a list of tools with a two-letter one', () => {
    expect(extract('Profiel\nKennis van Python, R').length).toBeGreaterThan(0);
  });
});

describe('who a sentence is about: the employer or a third party asks nothing (#16)', () => {
  it.each([
    'Functie\nAl vijftien jaar bouwen wij met veel plezier software voor tuincentra.',
    'Functie\nDan maken we graag kennis met je!',
    'Profiel\nDe tools zijn volledig cloudgebaseerd en worden dagelijks uitgebreid.',
    'Profiel\nGreenbyte is namelijk partner van drie grote leveranciers.',
    'About the role\nThe Graduate School provides an inspiring research environment with a mentor.',
  ])('%j', (text) => {
    expect(extract(text)).toEqual([]);
  });

  it.each([
    ['Profiel\nJe werkt met de systemen die wij dagelijks gebruiken, zoals SAP.', 'SAP'],
    ['Profiel\nVoor deze rol zoeken wij een zelfstandige collega met een positieve houding.', 'zelfstandige'],
    ['Profiel\nErvaring met Excel is een pré.', 'Excel'],
    ['Profiel\nEen rijbewijs B is vereist.', 'rijbewijs'],
  ])('keeps %j', (text, phrase) => {
    expect(extract(text).some((r) => r.text.includes(phrase))).toBe(true);
  });
});

describe('questions: a yes/no question for something the job needs, never an invitation (#16)', () => {
  it.each([
    ['Profiel\nHeb je vragen?', false],
    ['Profiel\nWie zoeken wij?', false],
    ['Functie\nBen je bijna klaar met je opleiding tot tandarts?', false],
    ['Profiel\nStaat jouw diploma er niet bij?', false],
    ['Functie\nBen jij een ervaren kok met passie voor streekproducten?', true],
    ['Profiel\nNauwkeurig, flexibel en stressbestendig?', true],
  ])('%j → %s', (text, asked) => {
    expect(extract(text).length > 0).toBe(asked);
  });
});

describe('list items glued together by flattened HTML (#16)', () => {
  it('splits them, and a glued heading opens its section', () => {
    const text = 'Over ons Wij maken fietsen.Wat vragen wij?Je hebt ervaring met lassenJe bent stressbestendigWat bieden wij?Een goed salaris';
    const found = extract(text).map((r) => text.slice(r.span!.start, r.span!.end));
    expect(found).toEqual(['Je hebt ervaring met lassen', 'Je bent stressbestendig']);
  });

  it('leaves product names written in camel case whole', () => {
    expect(extract('Profiel\nJe hebt kennis van PowerPoint en JavaScript.').map((r) => r.text)).toEqual(['Je hebt kennis van PowerPoint en JavaScript.']);
  });
});

describe('a list under an unknown heading takes the section its items say it is (#16)', () => {
  it('keeps the qualities in a list that asks', () => {
    const text = [
      'Dit neem je mee',
      '- Je hebt ervaring met voorraadbeheer',
      '- Je bent in het bezit van rijbewijs B',
      '- Een flexibele instelling',
      '- Altijd in voor een grap',
    ].join('\n');
    const found = extract(text).map((r) => r.text);
    expect(found).toContain('Altijd in voor een grap');
  });

  it('drops a requirement word among perks', () => {
    const text = [
      'Daar kijk je naar uit',
      '- Een eigen laptop',
      '- Ruimte voor eigen initiatief',
      '- Gratis lunch op vrijdag',
      '- Een reiskostenvergoeding',
    ].join('\n');
    expect(extract(text)).toEqual([]);
  });
});

describe('lines that ask nothing: a third person, an invitation to call, a link (#16)', () => {
  it.each([
    'Profiel\nHij/zij ondersteunt de collega’s van marketing.',
    'Profiel\nNeem dan toch contact op met ons.',
    'Profiel\nhttps://example.org/vacatures/123',
    'Profiel\nhttps://example.org/jobs/PhD-Position-Master-Bachelor-Degree/42',
  ])('%j', (text) => {
    expect(extract(text)).toEqual([]);
  });
});

describe('the organisation, its team and its offer named as a noun phrase are not qualities (#16)', () => {
  it.each([
    'Profiel\n- Een informele organisatie met korte lijnen.',
    'Profiel\n- Het ecosysteem van een grote partner',
    'Profiel\n- Weinig regels.',
    'Profiel\n- Een hecht team dat van aanpakken weet.',
    'Profiel\n- 28 vakantiedagen bij een volledige werkweek',
    'Profiel\n- Een aanstelling voor één jaar voor 32 uur per week',
  ])('%j', (text) => {
    expect(extract(text)).toEqual([]);
  });

  it.each([
    ['Profiel\n- Een echte team player met humor', 'team player'],
    ['Profiel\n- Ervaring in een internationale organisatie', 'Ervaring'],
    ['Profiel\n- Een flexibele instelling', 'instelling'],
    ['Profiel\n- Een organisatie van deze omvang kennen is een pré', 'organisatie'],
  ])('keeps %j', (text, phrase) => {
    expect(extract(text).some((r) => r.text.includes(phrase))).toBe(true);
  });
});

describe('what the job holds the reader responsible for and the closing hook ask nothing (#16)', () => {
  it.each([
    'Functie\nOp maandag ben je drie uur lang verantwoordelijk voor de kassa.',
    'Profiel\nDan ben jij wellicht de collega die ons team compleet maakt!',
  ])('%j', (text) => {
    expect(extract(text)).toEqual([]);
  });
});

describe('a job title with its gender mark is a title, whatever it adds (#16)', () => {
  it.each(['Vacature\nMagazijnmedewerker (m/v/x) – 38u/week – voltijds', 'Vacature\n(M/V - 40 uur per week)'])('%j', (text) => {
    expect(extract(text)).toEqual([]);
  });
});

describe('a definite subject is described, not asked, unless said to be needed (#16)', () => {
  it.each([
    'Functie\nDe bacheloropleiding verpleegkunde is vorig jaar vernieuwd en telt nu 400 studenten.',
    'Functie\nThe master programme has grown to 300 students since 2019.',
  ])('%j', (text) => {
    expect(extract(text)).toEqual([]);
  });

  it.each([
    ['Profiel\nHet diploma Verzorgende IG is noodzakelijk.', 'diploma'],
    ['Profiel\nDe opleiding tot kok is gewenst.', 'opleiding'],
  ])('keeps %j', (text, phrase) => {
    expect(extract(text).some((r) => r.text.includes(phrase))).toBe(true);
  });
});

describe('an institution named as the subject is described, not asked (#16)', () => {
  it.each([
    'About us\nNorthfield University of Applied Sciences is built on a long tradition.',
    'About us\nNorthfield University of Technology is a leading international university.',
  ])('%j', (text) => {
    expect(extract(text)).toEqual([]);
  });
});

describe('under the requirements, a long sentence said of the reader is asked (#16)', () => {
  it.each([
    'Profiel\n- Je vindt het belangrijk dat bezoekers zich bij ons welkom voelen en dat elke vraag, hoe klein ook, serieus genomen wordt',
    'Profiel\n- Je houdt daarbij het overzicht over alle lopende zaken, maar je verliest de details nooit helemaal uit het oog.',
  ])('%j', (text) => {
    expect(extract(text).length).toBeGreaterThan(0);
  });
});

describe('what follows from the job asks nothing (#16)', () => {
  it.each(['Profiel\n- Zo leer je elke dag iets nieuws over je vak.', 'Profiel\n- Of je nu een maand of tien jaar blijft, je hoort er meteen bij.'])(
    '%j',
    (text) => {
      expect(extract(text)).toEqual([]);
    },
  );

  it('keeps an education that follows', () => {
    expect(extract('Profiel\n- Zo heb je bijvoorbeeld een mbo-diploma niveau 4.').length).toBeGreaterThan(0);
  });
});

describe('the pay and how to apply are never asked (#16)', () => {
  it.each([
    'Profiel\n- 2.450 - 3.300 per maand',
    'Profiel\n- Een salaris tussen € 3.100 en € 4.200 bruto',
    'Profiel\nJe kunt reageren tot en met 12 mei.',
    'Profiel\nAcquisitie naar aanleiding van deze vacature wordt niet op prijs gesteld.',
    'Profiel\nMeer informatie over de organisatie vind je op onze site.',
  ])('%j', (text) => {
    expect(extract(text)).toEqual([]);
  });

  it('keeps acquisition as a skill', () => {
    expect(extract('Profiel\n- Je hebt ervaring met acquisitie.').length).toBe(1);
  });
});

describe('the reader’s place in the team is the job’s, not a quality (#16)', () => {
  it.each([
    'Profiel\n- Je maakt deel uit van een gedreven en hecht team.',
    'Profiel\n- Je komt terecht in een gezellig en gemotiveerd team.',
    'Profiel\n- Jij bent een belangrijke schakel in ons logistieke proces.',
    'Profiel\n- Je bent echt onderdeel van een enthousiast team',
    'Requirements\n- You will be part of a motivated team.',
  ])('%j', (text) => {
    expect(extract(text)).toEqual([]);
  });

  it('keeps a quality said of the reader', () => {
    expect(extract('Profiel\n- Je bent een echte teamspeler').length).toBe(1);
  });
});

describe('the law is never dropped: a legal demand is a requirement wherever it stands (#16)', () => {
  const texts = (lines: string[]) => extractRequirements(units(lines.join('\n')).units).map((r) => r.text);
  it('takes a demanded screening or permit from the offer and the closing lines', () => {
    const got = texts([
      'Wat wij bieden',
      '- Een goed salaris',
      '- Voor deze functie geldt dat er een veiligheidsonderzoek B moet worden opgestart.',
      'About the application',
      'We cannot provide visa sponsorship.',
    ]);
    expect(got).toContain('Voor deze functie geldt dat er een veiligheidsonderzoek B moet worden opgestart.');
    expect(got).toContain('We cannot provide visa sponsorship.');
    expect(got).not.toContain('Een goed salaris');
  });
  it('leaves a document the employer offers to pay for in the offer', () => {
    expect(texts(['Wat wij bieden', '- De kosten van je VOG worden vergoed'])).toEqual([]);
  });
});

describe('a plus is asked of the reader, however the sentence goes on (#15)', () => {
  const got = (lines: string[]) => extractRequirements(units(lines.join('\n')).units);
  it('keeps a plus sentence in the requirements, as a plus', () => {
    const reqs = got([
      'Wat vragen wij',
      'Je kunt goed plannen. Ervaring in een soortgelijke functie is mooi meegenomen, maar motivatie vinden wij minstens zo belangrijk.',
    ]);
    const plus = reqs.find((r) => /mooi meegenomen/.test(r.text));
    expect(plus?.mandatory).toBe(false);
  });
  it('takes a sentence that only states a plus', () => {
    const reqs = got(['Functie-eisen', 'Je spreekt Nederlands. In de buurt wonen is handig.']);
    expect(reqs.find((r) => /in de buurt/i.test(r.text))?.mandatory).toBe(false);
  });
});

describe('hours are a condition only when the job states them (#16)', () => {
  const texts = (lines: string[]) => extractRequirements(units(lines.join('\n')).units).map((r) => r.text);
  it('takes the hours the job has, not a possibility, leave or a paid course', () => {
    const got = texts(['Wat wij bieden', '- 32 uur per week', '- Ruim zes weken vakantie bij een fulltime dienstverband', '- Parttime werken is mogelijk']);
    expect(got).toEqual(['32 uur per week']);
  });
});

describe('a posting that names its requirements asks little in its opening lines (#16)', () => {
  const texts = (lines: string[]) => extractRequirements(units(lines.join('\n')).units).map((r) => r.text);
  it('reads the hook as no requirement, but a strong demand there still counts', () => {
    const got = texts([
      'Ben jij een .NET ontwikkelaar die graag zichzelf uitdaagt?',
      'Je hebt een hbo-diploma informatica.',
      '',
      'Wat vragen wij',
      '- Je bent leergierig',
    ]);
    expect(got).toEqual(['Je hebt een hbo-diploma informatica.', 'Je bent leergierig']);
  });
});

describe('a list of qualities in a posting without headings (#16)', () => {
  it('reads a list whose items mostly name what is asked as requirements', () => {
    const got = extractRequirements(
      units(
        [
          'Voor ons supportteam zoeken we versterking.',
          '- Kennis van de Duitse taal',
          '- Vaardig in de Nederlandse taal',
          '- Flexibele instelling',
          '- Telefonisch vaardig',
        ].join('\n'),
      ).units,
    ).map((r) => r.text);
    expect(got).toEqual(expect.arrayContaining(['Kennis van de Duitse taal', 'Vaardig in de Nederlandse taal', 'Flexibele instelling', 'Telefonisch vaardig']));
  });
});

describe('a school type on its own is where someone teaches, unless the requirements ask it (#16)', () => {
  const texts = (lines: string[]) => extractRequirements(units(lines.join('\n')).units).map((r) => r.text);
  it('reads a list of school types under a setting line as no requirement', () => {
    expect(texts(['Afhankelijk van jouw voorkeur werk je binnen:', '- VMBO', '- HAVO', '- VWO'])).toEqual([]);
  });
  it('still takes a level the requirements ask', () => {
    expect(texts(['Wat vragen wij', '- HBO', '- Rijbewijs B'])).toEqual(['HBO', 'Rijbewijs B']);
  });
});

describe('the role and the chances the job gives are no requirements (#16)', () => {
  const texts = (lines: string[]) => extractRequirements(units(lines.join('\n')).units).map((r) => r.text);
  it('reads "Je bent de schakel tussen …" and "Je hebt de mogelijkheid om …" as the job’s', () => {
    expect(
      texts([
        'Wat vragen wij',
        '- Je bent de schakel tussen alle afdelingen.',
        '- Je hebt, naast een scholingsbudget, de mogelijkheid om je wekelijks te scholen.',
        '- Je bent stressbestendig',
      ]),
    ).toEqual(['Je bent stressbestendig']);
  });
  it('keeps a chance that is a working condition', () => {
    expect(texts(['Wat vragen wij', '- Je hebt de mogelijkheid om de 16 uur op kantoor te werken'])).toHaveLength(1);
  });
});

describe('clauses that belong together stay together (#16)', () => {
  const texts = (line: string) => extractRequirements(units(`Wat vragen wij\n- ${line}`).units).map((r) => r.text);
  it('does not cut a range of years', () => {
    expect(texts('Heb je tussen de 2 en 5 jaar werkervaring?')).toHaveLength(1);
  });
  it('keeps the offer to obtain a certificate with the certificate', () => {
    const got = extractRequirements(units('Wat vragen wij\n- Je hebt een heftruckcertificaat en hebt anders de bereidheid dit te behalen').units);
    expect(got).toHaveLength(1);
    expect(got[0]!.alternativeOffered || /bereidheid/.test(got[0]!.text)).toBe(true);
  });
});

describe('a clause that refers back stays with the one it refers to (#16)', () => {
  it('keeps "en kunt dit goed overbrengen" with what "dit" is', () => {
    const got = extractRequirements(
      units('Wat vragen wij\n- Je bent enthousiast en kunt dit goed overbrengen\n- Je wilt graag meedenken en kan daarin creatief zijn').units,
    ).map((r) => r.text);
    expect(got).toEqual(['Je bent enthousiast en kunt dit goed overbrengen', 'Je wilt graag meedenken en kan daarin creatief zijn']);
  });
});

describe('pluses in Flemish and English wording (#15)', () => {
  it.each(['Affiniteit met motoren versterkt je kandidatuur.', 'Experience with Kafka strengthens your application.'])('%s is a plus', (line) => {
    const [r] = extractRequirements(units(`Wat vragen wij\n- Rijbewijs B\n- ${line}`).units).filter((x) => !/Rijbewijs/.test(x.text));
    expect(r?.mandatory).toBe(false);
  });
});

describe('a question cheered after is a plus (#15, EXEMPLARS principle 9)', () => {
  it('reads "Spreek je nog meer talen? Geweldig!" as a plus', () => {
    const reqs = extractRequirements(units('Wat vragen wij\n- Je spreekt Nederlands\nSpreek je nog meer talen? Geweldig!').units);
    expect(reqs.find((r) => /meer talen/.test(r.text))?.mandatory).toBe(false);
    expect(reqs.find((r) => /Nederlands/.test(r.text))?.mandatory).toBe(true);
  });
});

describe('a plus named as one, wherever it stands (#15)', () => {
  it('takes "… are desirable" as a plus and the essential clause after it as a demand', () => {
    const reqs = extractRequirements(
      units('About the project\nPractical experience of laboratory work is desirable, and the willingness to learn these skills is essential.').units,
    );
    expect(reqs.find((r) => /desirable/.test(r.text))?.mandatory).toBe(false);
    expect(reqs.find((r) => /willingness/.test(r.text))?.mandatory).toBe(true);
  });
});

describe('a step of the selection is asked of the candidate wherever it stands (#16)', () => {
  it('takes references and an assessment from the procedure section', () => {
    const got = extractRequirements(
      units(
        'Solliciteren\nStuur je cv naar jobs@voorbeeld.nl.\nHet inwinnen van referenties is onderdeel van de procedure.\nEen assessment maakt deel uit van het sollicitatieproces.',
      ).units,
    ).map((r) => [r.text, r.kind]);
    expect(got).toEqual([
      ['Het inwinnen van referenties is onderdeel van de procedure.', 'other'],
      ['Een assessment maakt deel uit van het sollicitatieproces.', 'other'],
    ]);
  });
});

describe('the items a lead-in that asks introduces (#16)', () => {
  const texts = (lines: string[]) => extractRequirements(units(lines.join('\n')).units).map((r) => r.text);
  it('reads product names under "heb je kennis van:" as what is asked, and stops at the next lead-in', () => {
    const got = texts([
      'Wij zoeken een beheerder. Daarnaast heb je kennis van:',
      '- Microsoft Windows Server',
      '- Microsoft IIS',
      'En werk je graag aan de volgende taken:',
      '- Omgevingen updaten',
      '- Performance monitoren',
    ]);
    expect(got).toEqual(expect.arrayContaining(['Microsoft Windows Server', 'Microsoft IIS']));
    expect(got).not.toContain('Omgevingen updaten');
  });
});

describe('a place in the team is no demand', () => {
  it('reads "Als waarnemend psychiater ben je een van de regiebehandelaren" as the role', () => {
    expect(extract('Over de functie\nAls waarnemend psychiater ben je een van de regiebehandelaren van het behandelteam.')).toEqual([]);
  });
});

describe('a flattened page glues a sentence to a word ending in capitals', () => {
  it('cuts "BIG-geregistreerd als PsychiaterJe bent een prettige collega" where the next sentence starts', () => {
    expect(extract('Profiel\nJe bent BIG-geregistreerd als PsychiaterJe bent een prettige collega.').map((r) => r.text)).toEqual([
      'Je bent BIG-geregistreerd als Psychiater',
      'Je bent een prettige collega.',
    ]);
  });
});

describe('a plus with its own subject after a demand, and a cheer (reading of untuned output)', () => {
  const reqs = (lines: string[]) => extractRequirements(units(lines.join('\n')).units);
  it('keeps "Minimaal 2 jaar werkervaring" a demand when "ervaring in de e-commerce is een pré" follows', () => {
    const got = reqs(['Wat vragen wij', '- Minimaal 2 jaar werkervaring in online marketing, ervaring in de e-commerce is een pré']);
    expect(got.map((r) => [r.text, r.mandatory])).toEqual([
      ['Minimaal 2 jaar werkervaring in online marketing', true],
      ['ervaring in de e-commerce is een pré', false],
    ]);
  });
  it('reads "Geweldig!" after a question as no requirement', () => {
    const got = reqs(['Wat vragen wij', '- Je spreekt goed Engels. Spreek je nog meer talen? Geweldig!']);
    expect(got.map((r) => r.text)).not.toContain('Geweldig!');
    expect(got.find((r) => /meer talen/.test(r.text))?.mandatory).toBe(false);
  });
});

describe("a page footer that lists the posting's categories (reading of untuned output)", () => {
  it('is no requirement', () => {
    const got = extractRequirements(
      units(['Functie-eisen', '- Je bent creatief', '', 'Geplaatst in Betaalde functie, Communicatie, Marketing, Social Media, Theater.'].join('\n')).units,
    );
    expect(got.map((r) => r.text)).toEqual(['Je bent creatief']);
  });
});

describe('the training the employer gives is no demand (reading of untuned output)', () => {
  it.each([
    'Je start met een betaalde fulltime opleiding van vier maanden.',
    'Je krijgt een uitgebreid inwerkprogramma van zes weken.',
    'You will start with a paid training programme of four months.',
  ])('%s', (line) => {
    expect(extract(`Jouw eerste jaar\n${line}`)).toEqual([]);
  });

  it('still reads a training the candidate must have followed as a demand', () => {
    expect(extract('Wat vragen wij\n- Je hebt een afgeronde opleiding tot verpleegkundige.').length).toBe(1);
  });
});

describe('the day told as a story is no demand (reading of untuned output)', () => {
  it.each([
    'Vervolgens heb je een overleg met de business controller voor de maandrapportage.',
    'Je schakelt dus voortdurend tussen inhoud, proces en advies.',
  ])('%s', (line) => {
    expect(extract(`Hoe ziet een dag van een projectcontroller eruit?\n${line}`)).toEqual([]);
  });
});

describe('a line that repeats the title names the job (#16)', () => {
  it('asks nothing with "Junior Communicatiemedewerker" under the title "Podiumkunst.net: Junior Communicatie-medewerker"', () => {
    const got = extractRequirements(
      units(['Wie zoeken wij?', 'Junior Communicatiemedewerker', '- Je bent creatief'].join('\n')).units,
      'Podiumkunst.net: Junior Communicatie-medewerker',
    ).map((r) => r.text);
    expect(got).toEqual(['Je bent creatief']);
  });
});

describe('what you will do is the job, not a demand (#16)', () => {
  it.each(['Daarnaast zul je intensief samenwerken met een collega grafisch vormgever.', 'Je gaat aan de gang en vraagt feedback.'])('%s', (line) => {
    expect(extract(`Wat vragen wij\n- ${line}`)).toEqual([]);
  });

  it('still reads a demand in the future tense that says it must', () => {
    expect(extract('Wat vragen wij\n- Je zult in het bezit moeten zijn van een geldig rijbewijs B.').length).toBe(1);
  });
});

describe('a company said by its name asks nothing (reading of untuned output)', () => {
  it.each([
    'Excellence AG German Engineering is een projectenorganisatie met vestigingen in Nederland, Duitsland en Oostenrijk.',
    'Acme Logistics is de marktleider in koeltransport.',
  ])('%s', (line) => {
    expect(extract(`Wat vragen wij\n- Je bent nauwkeurig.\n${line}`).map((r) => r.text)).toEqual(['Je bent nauwkeurig.']);
  });
});

describe('a condition of the job said as one is asked wherever it stands (#16)', () => {
  it('finds "… is een vereiste om deze functie uit te kunnen oefenen" in the offer', () => {
    const got = extract(
      'Wat bieden wij\nJe volgt een opleiding aan de academie. Het behalen van de opleiding is een vereiste om deze functie uit te kunnen oefenen.',
    ).map((r) => r.text);
    expect(got).toEqual(['Het behalen van de opleiding is een vereiste om deze functie uit te kunnen oefenen.']);
  });
});

describe('a task named by its verb works with the certificate it names (untuned output)', () => {
  it('asks for no certificate', () => {
    const text = 'Functieomschrijving\nOndersteunen bij afnames en keuringen, inclusief certificatenbeheer.\nIn het bezit van een VCA-certificaat.';
    expect(extract(text).map((r) => r.text)).toEqual(['In het bezit van een VCA-certificaat.']);
  });
});

describe('a flattened task list with "·" and "o" marks (reading of untuned output)', () => {
  const text =
    'Functieomschrijving\nJe taken · Je stelt een strategie op : o Je vertaalt die strategie naar een kalender; o Influencer marketing speelt een centrale rol in je strategie en je werkt mee aan onze database ; · Je werkt nauw samen met het marketingteam ; Je bouwt communities uit.\nProfiel\nJe hebt ervaring met social media.';
  it('reads no task as a requirement, and keeps no list mark in a unit', () => {
    expect(extract(text).map((r) => r.text)).toEqual(['Je hebt ervaring met social media.']);
  });
});

describe('what the job leaves to the reader is the offer (reading of untuned output)', () => {
  it('"Hierin heb je volledig de vrijheid om te experimenteren"', () => {
    expect(extract('Wat ga je doen?\nJe creëert content. Hierin heb je volledig de vrijheid om te experimenteren.')).toEqual([]);
  });
});

describe('the job said to the reader is no requirement (reading of untuned output)', () => {
  it.each([
    'Als koelmonteur heb je diverse werkzaamheden.',
    'Tijdens je stage ben je betrokken bij alle marketingactiviteiten.',
    'Van het maken van content tot het uitrollen van campagnes: jij bent betrokken bij het hele proces.',
    'Je hebt regelmatig contact met autobedrijven via de centrale mailbox.',
    'Als student bij ons ben je werkzaam in een klein professioneel team.',
    'Je bent toe aan de volgende stap in je werkzame leven als ontwikkelaar.',
    'Als chauffeur van onze wijnen ben jij onmisbaar in ons team.',
    "Ben je met z'n tweeën een hecht team.",
    'Samen met het team werk je aan grote eigen websites.',
    'Je bent samen met de account managers verantwoordelijke voor de klantmailing.',
  ])('%s', (line) => {
    expect(extract(`Wie zoeken wij?\n${line}`)).toEqual([]);
  });
  it('still reads a quality said after "Werk je bij ons, dan"', () => {
    expect(extract('Profiel\nWerk je bij ons, dan ben je een zelfstandige en flexibele professional.').length).toBe(1);
  });
});

describe('what the reader is told to do is no requirement (reading of untuned output)', () => {
  it.each([
    'Inspireer, motiveer en coach jouw teamleden zodat ze het beste uit zichzelf halen.',
    'Bouw mee aan sterke content en maak zichtbaar impact met jouw creativiteit.',
    'Discuss what interests you in this project and how your background and experience relate to it.',
  ])('%s', (line) => {
    expect(extract(`Wie zoeken wij?\n${line}`)).toEqual([]);
  });
  it('still reads an inverted demand: "Werk je graag nauwkeurig?"', () => {
    expect(extract('Wie zoeken wij?\nWerk je graag nauwkeurig en zelfstandig?').length).toBe(1);
  });
});

describe('a short verb names a task too (reading of untuned output)', () => {
  it('"Delen van kennis en ervaring met collega\'s" under the tasks', () => {
    expect(extract("Je werkt aan o.a. de volgende taken:\n* Delen van kennis en ervaring met collega's")).toEqual([]);
  });
});

describe('the company and the project are no demand (reading of untuned output)', () => {
  it('a line of the company section asks only when it says it is required', () => {
    expect(extract('Over ons\nWe werken met korte lijnen. En je denkt echt mee over een product.')).toEqual([]);
    expect(extract('Over ons\nWe werken met korte lijnen. Een VOG is verplicht.').length).toBe(1);
  });
  it('"In this project you have two main goals"', () => {
    expect(extract('The project\nIn this project you have two main goals.')).toEqual([]);
  });
});

describe('a lead-in that first asks something itself (reading of untuned output)', () => {
  it('reads what it asks, not the words that introduce the list', () => {
    const text = [
      'Je bent proactief, vindingrijk en een teamplayer, verder herken jij je in de volgende punten:',
      '* Vaardig in de Nederlandse taal',
      '',
      'En werk je graag nauwkeurig en accuraat aan o.a. de volgende taken:',
      '* Snel en adequaat afhandelen van vragen',
    ].join('\n');
    expect(extract(text).map((r) => r.text)).toEqual([
      'Je bent proactief, vindingrijk en een teamplayer',
      'Vaardig in de Nederlandse taal',
      'En werk je graag nauwkeurig en accuraat',
    ]);
  });
});

describe('a condition of the work is asked of the candidate (reading of untuned output)', () => {
  it.each([
    ['Omschrijving\n• Je werkt op hoogtes (ladders – hoogwerkers)', 'Je werkt op hoogtes (ladders – hoogwerkers)'],
    [
      'The role\nThe role involves working within cold and freezer storage environments.',
      'The role involves working within cold and freezer storage environments.',
    ],
  ])('%j', (text, said) => {
    expect(extract(text).map((r) => [r.text, r.kind])).toEqual([[said, 'other']]);
  });
  it('not one the job is said to be free of, nor a fragment that adds to the sentence before', () => {
    expect(extract('Functie\nJe werkt in een rustige omgeving met geen nachtdiensten.')).toEqual([]);
    expect(extract('Functie\nWij bouwen dakkapellen. En dat op grote hoogte.')).toEqual([]);
  });
});

describe('a question that asks the reader for a quality (reading of untuned output)', () => {
  it.each([
    'Hou jij van wijn en ben je nieuwsgierig naar het reilen en zeilen achter het inkopen?',
    'Ben jij een marketingstagiair die staat te popelen om nieuwe dingen te leren?',
  ])('%s', (line) => {
    expect(
      extract(`Functie\n${line}`)
        .map((r) => r.text)
        .join(' '),
    ).toMatch(/nieuwsgierig|popelen/u);
  });
  it('not an invitation: "Ben je nieuwsgierig naar de functie?"', () => {
    expect(extract('Functie\nBen je nieuwsgierig naar de functie?')).toEqual([]);
  });
});

describe('a company said by its name after an opening phrase (reading of untuned output)', () => {
  it('"Built on a strong foundation, Illumina has always prioritized openness …"', () => {
    expect(
      extract(
        'Additional Information\nBuilt on a strong foundation, Illumina has always prioritized openness, collaboration, and seeking alternative perspectives.',
      ),
    ).toEqual([]);
  });
});

describe('what the reader brings is asked (reading of untuned output)', () => {
  it('"Je neemt een uitstekend landelijk netwerk in zorg of overheid mee"', () => {
    expect(extract('Wat ga je doen?\nJe neemt een uitstekend landelijk netwerk in zorg of overheid mee of bent in staat deze op te bouwen.').length).toBe(1);
  });
});

describe('read on both halves: motivation said as energy, heavy work and on-call duty (#16)', () => {
  it.each([
    ['Klinkt dit als jouw volgende stap?\nKrijg je energie van bouwen, verbeteren en eigenaarschap nemen? Dan zit je hier op je plek.', 'trait'],
    ['Over de functie\nJe haalt energie uit het contact met klanten.', 'trait'],
    ['Functie\nEen aantal keer per maand verricht je een 24-uurs bereikbaarheids- en aanwezigheidsdienst.', 'other'],
  ])('%j', (text, kind) => {
    expect(extract(text).map((r) => r.kind)).toContain(kind);
  });
  it('keeps the heavy work and leaves the team it is done in', () => {
    expect(extract('Functie\nJe verricht fysieke en soms lichamelijk zware werkzaamheden en bent lid van het CHV-team.').map((r) => r.text)).toEqual([
      'Je verricht fysieke en soms lichamelijk zware werkzaamheden',
    ]);
  });
});

describe('who the job is for, the contract said first, energy among the tasks (both halves, #16)', () => {
  it.each([
    ['Over ons\nDeze functie is geschikt voor mensen met een paar jaar ervaring in de bouw.', 'experience'],
    ['Contact\nThis position is specifically for people at the start of their sales career.', 'other'],
    ['Aanbod\nDeeltijds of voltijds van maandag t/m vrijdag, met af en toe een zaterdag in de drukke maanden van het jaar om het team te helpen.', 'other'],
    ['Aanbod\nEen voltijdse, boeiende job in een klein team dat elke dag samen de klant centraal zet en elkaar helpt waar het kan.', 'other'],
    ['Wat ga je doen?\nJe krijgt energie van een volle agenda en houdt het overzicht.', 'trait'],
  ])('%j', (text, kind) => {
    expect(extract(text).map((r) => r.kind)).toContain(kind);
  });
  it.each([
    'Aanbod\nEen aantrekkelijke baan is dit voor jou, met een goed salaris en veel vrijheid in je werk.',
    'Wat ga je doen?\nJe houdt toezicht op de planning en de voorraad.',
  ])('%j asks nothing', (text) => {
    expect(extract(text)).toEqual([]);
  });
  it('"Het is voor jou geen probleem om …" asks it', () => {
    expect(extract('Over de functie\nHet is voor jou geen probleem om elke week een dag in onze vestiging in Zwolle te werken.').length).toBe(1);
  });
  it('a condition of the work in the opening lines is asked, also when the posting names its requirements', () => {
    const text =
      'We are a growing wholesaler in Tilburg. The role involves working in cold storage environments.\nRequirements\n- Experience with forklifts\n- Good English';
    expect(extract(text).map((r) => r.text)).toEqual(['The role involves working in cold storage environments.', 'Experience with forklifts', 'Good English']);
  });
  it("a page's menu of glued job titles is no contract", () => {
    const menu =
      'Aanbod\nDeeltijd medewerkerFamiliecoachGGZ AgoogGZ-coachVerpleegkundigeLeerling begeleider woonvormMedewerker receptieKok (m/v)Schoonmaker kantoorpandenTeamleider zorg en welzijnAfdelingshoofd techniekMonteur installatietechniekBeleidsadviseur duurzaamheid en nog veel meer functies';
    expect(extract(menu).filter((r) => r.text.startsWith('Deeltijd'))).toEqual([]);
  });
});

describe('a lead-in that first asks something, said subject first (tune half)', () => {
  it('"Je hebt een duidelijke visie en je weet het juiste resultaat te bereiken door:"', () => {
    const text =
      'Wat ga je doen?\nJe hebt een duidelijke visie en je weet het juiste resultaat te bereiken door:\n- Campagnes op te zetten\n- Budgetten te bewaken';
    expect(extract(text).map((r) => r.text)).toEqual(['Je hebt een duidelijke visie']);
  });
});

describe('"an asset" marks a plus, as "a plus" does (reading of untuned output)', () => {
  it.each([
    ['Requirements:\nWorking knowledge of insurance brokerage or sales workflows an asset.', false],
    ['Requirements:\nExperience as an asset manager in a bank.', true],
  ])('%j → mandatory %s', (text, mandatory) => {
    const found = extract(text);
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((r) => r.mandatory === mandatory)).toBe(true);
  });
});

describe('a name in camel case under a lead-in that asks (reading of untuned output)', () => {
  it('is asked like the items beside it, not read as a heading glued to its line', () => {
    const asked = extract(
      ['Wij zoeken een systeembeheerder.', '', 'Heb je kennis van en ervaring met:', '', '- Microsoft SQL', '- WebDeploy', '', 'Dan ben je welkom.'].join('\n'),
    ).map((r) => r.text);
    expect(asked).toContain('WebDeploy');
  });
});

describe('a demand and the statutory check it is for (principle 5; reading of untuned output)', () => {
  it("splits at the legal boundary: the check is the law's, the rest is not cited as that law", () => {
    const asked = extract(['Wat vragen wij', '- Je hebt de Nederlandse nationaliteit, in verband met het veiligheidsonderzoek A.'].join('\n'));
    expect(asked.map((r) => r.text)).toEqual(['Je hebt de Nederlandse nationaliteit', 'in verband met het veiligheidsonderzoek A.']);
  });
});
