import { describe, expect, it } from 'vitest';
import { lines, units } from './segment';

describe('lines', () => {
  it('splits a bold heading glued to its first sentence, so the offer does not run on in the requirements', () => {
    const text = 'Wat vragen wij\n- Je kent Excel\n**Wat bieden wij**Een vast contract en 25 vakantiedagen.';
    const out = lines(text);
    const heading = out.find((l) => l.text === '**Wat bieden wij**');
    expect(heading).toMatchObject({ heading: true, section: 'offer' });
    const offer = out.find((l) => l.text.startsWith('Een vast contract'))!;
    expect(offer.section).toBe('offer');
    expect(text.slice(offer.start, offer.end)).toBe(offer.text);
  });

  it('leaves bold words inside a sentence alone', () => {
    const out = lines('**Let op**: we werken ook in het weekend.');
    expect(out).toHaveLength(1);
  });

  it('makes every Markdown heading a heading, whatever it names', () => {
    const out = lines('Requirements\n- SQL\n## TU Delft\nThe university is large.');
    expect(out.find((l) => l.text === '## TU Delft')?.heading).toBe(true);
    expect(out.find((l) => l.text.startsWith('The university'))?.section).not.toBe('requirements');
  });
});

describe('units', () => {
  it('does not cut inside brackets', () => {
    const text = '- Verzorgende kwaliteiten (de kinderen; de speelomgeving; de maaltijden)\n- Rijbewijs B; VCA';
    const got = units(text).units.map((u) => u.text);
    expect(got).toEqual(['Verzorgende kwaliteiten (de kinderen; de speelomgeving; de maaltijden)', 'Rijbewijs B', 'VCA']);
  });

  it('splits a heading with three or four stars glued to its first item', () => {
    const out = lines('***Nice-to-Have**** Experience in a multinational');
    expect(out.map((l) => [l.text, l.section, l.heading])).toEqual([
      ['***Nice-to-Have****', 'preferred', true],
      ['Experience in a multinational', 'preferred', false],
    ]);
  });
});

describe('a flattened Flemish list (reading of untuned output)', () => {
  it('cuts where a degree runs into the quality before it, not after "minimaal"', () => {
    expect(units('Profiel\nGoede communicator en teamspeler Bachelorsdiploma in elektromechanica.').units.map((u) => u.text)).toEqual([
      'Goede communicator en teamspeler',
      'Bachelorsdiploma in elektromechanica.',
    ]);
    expect(units('Profiel\nJe hebt minimaal Bachelor niveau.').units.map((u) => u.text)).toEqual(['Je hebt minimaal Bachelor niveau.']);
  });
});

describe('a short line that opens with a section name and adds a call (reading of untuned output)', () => {
  it('starts that section: "Interesse? Neem contact op!" ends the requirements', () => {
    const out = lines('Wat vragen wij\n- Rijbewijs B\nInteresse? Neem contact op!\nBel Anna.');
    expect(out.find((l) => l.text.startsWith('Interesse?'))).toMatchObject({ heading: true, section: 'contact' });
    expect(out.find((l) => l.text === 'Bel Anna.')?.section).toBe('contact');
  });
});

describe('a sentence the page wrapped over lines (#16)', () => {
  it('is one unit, with its span exact, and two items of a list without marks stay two', () => {
    const text =
      'Wat ga je doen\nKortom, met onze machines, je ervaring en\nenergie zorg je voor een mooie tuin bij onze\nklanten.\n\nProfiel\nGoed Nederlands\naffiniteit met sport is een pré';
    const got = units(text).units;
    const wrapped = got.find((u) => u.text.startsWith('Kortom'))!;
    expect(wrapped.text.endsWith('klanten.')).toBe(true);
    expect(text.slice(wrapped.span.start, wrapped.span.end)).toBe(wrapped.text);
    expect(got.map((u) => u.text)).toContain('affiniteit met sport is een pré');
  });
});

describe('a sentence that says the tasks follow opens them (reading of untuned output)', () => {
  it('puts the list after "… aan de volgende taken:" in the tasks, heading or not', () => {
    const got = lines(
      ['Wat vragen wij', '- Je bent flexibel', '', 'En werk je graag nauwkeurig aan de volgende taken:', "- Delen van kennis en ervaring met collega's"].join(
        '\n',
      ),
    );
    expect(got.find((l) => l.text.startsWith('- Je bent'))?.section).toBe('requirements');
    expect(got.find((l) => l.text.startsWith('- Delen'))?.section).toBe('tasks');
  });
  it('leaves a line that asks what the tasks need in the requirements', () => {
    const got = lines(['Wat vragen wij', 'Voor de volgende taken heb je nodig:', '- Kennis van SAP'].join('\n'));
    expect(got.find((l) => l.text.startsWith('- Kennis'))?.section).toBe('requirements');
  });
});

describe('a Markdown heading inside the requirements stays a heading (#16)', () => {
  it('ends the requirements at "### Wie bieden:" (a typo the page still marked as a heading)', () => {
    const got = lines(
      ['### Wij zoeken iemand:', '- met een aangeboren nieuwsgierigheid', '### Wie bieden:', 'Een leuke werkplek met een jong team.'].join('\n'),
    );
    expect(got.find((l) => l.text.startsWith('### Wie bieden'))?.heading).toBe(true);
    expect(got.find((l) => l.text.startsWith('Een leuke'))?.section).not.toBe('requirements');
  });
});

describe('questions one after another are the hook, not headings (reading of untuned output)', () => {
  it('keeps "Wil jij werken als software engineer?" over "Heb jij ervaring met IT?" in the section before', () => {
    const got = lines(
      [
        'Functieomschrijving',
        'Wij verlenen services aan de industrie.',
        'Wil jij werken als software engineer?',
        'Heb jij ervaring met IT?',
        'Wij bouwen software voor fabrieken.',
      ].join('\n'),
    );
    expect(got.filter((l) => l.heading).map((l) => l.text)).toEqual(['Functieomschrijving']);
    expect(new Set(got.map((l) => l.section))).toEqual(new Set(['tasks']));
  });
  it('leaves a single question that opens a section a heading', () => {
    const got = lines(['Over ons', 'Wij zijn een bouwbedrijf.', '', 'Klaar voor de volgende stap?', 'Stuur je cv.'].join('\n'));
    expect(got.find((l) => l.text.startsWith('Klaar'))?.heading).toBe(true);
  });
});

describe('a short opener is a word of its own (reading of untuned output)', () => {
  it.each([
    'Je bent in het bezit van een Master Industriële Wetenschappen met optie automatisatie of gelijkwaardig.',
    'Je werkt vanuit kantoor Utrecht en soms thuis.',
  ])('does not split "%s" at a word that starts like "We" or "U"', (sentence) => {
    expect(units(`Profiel\n${sentence}`).units.map((u) => u.text)).toEqual([sentence]);
  });
});

describe('a flattened list of demands splits where an item opens (reading of untuned output)', () => {
  it('splits at "Vaardigheid in …"', () => {
    expect(
      units('Profiel\nErvaring met het plaatsen van keukens Vaardigheid in het lezen van bouwtekeningen In het bezit van rijbewijs B').units.map((u) => u.text),
    ).toEqual(['Ervaring met het plaatsen van keukens', 'Vaardigheid in het lezen van bouwtekeningen', 'In het bezit van rijbewijs B']);
  });
});

describe("the offer's items are no titles (reading of untuned output)", () => {
  it('keeps a short noun phrase after unmarked offer items in the offer', () => {
    const got = lines(
      ['Dit krijg je bij ons', 'iPad van de zaak', 'Opleidingsmogelijkheden voor persoonlijke ontwikkeling', 'Een uitdagende functie met vrijheid'].join('\n'),
    );
    expect(got.map((l) => [l.heading, l.section])).toEqual([
      [true, 'offer'],
      [false, 'offer'],
      [false, 'offer'],
      [false, 'offer'],
    ]);
  });

  it('still reads an unmarked line after bulleted offer items as a title', () => {
    const got = lines(
      ['Arbeidsvoorwaarden', '• Reiskostenvergoeding', '• Bereikbaarheidsvergoeding', 'Algemene informatie', 'Je werkt soms bij klanten.'].join('\n'),
    );
    expect(got.find((l) => l.text === 'Algemene informatie')?.heading).toBe(true);
  });
});

describe('competences listed a word or two each are items, not titles (reading of untuned output)', () => {
  it('keeps "Analyseren", "Netwerken" and "Plannen en organiseren" under "Competenties"', () => {
    const got = lines(
      [
        'Functie-eisen',
        'Je hebt wo-niveau.',
        'Competenties',
        'Analyseren',
        'Netwerken',
        'Plannen en organiseren',
        'Wat vinden wij nog meer belangrijk',
        'De teamleden verwachten een stimulerende teamleider.',
      ].join('\n'),
    );
    expect(got.filter((l) => l.heading).map((l) => l.text)).toEqual(['Functie-eisen', 'Competenties', 'Wat vinden wij nog meer belangrijk']);
    expect(got.find((l) => l.text === 'Plannen en organiseren')?.section).toBe('requirements');
  });

  it('still reads a short line under another requirements heading as a title ("Profielen die bij ons passen" / "Sloopwerker")', () => {
    const got = lines(['Profielen die bij ons passen', 'Sloopwerker', 'Ervaring met sloopwerkzaamheden'].join('\n'));
    expect(got.find((l) => l.text === 'Sloopwerker')?.heading).toBe(true);
  });

  it('reads a role the title names among others as a line of the demands, not a title that ends them (reading of untuned output)', () => {
    const text = ['Profielen die bij ons passen', 'Sloopwerker', 'Ervaring met sloopwerkzaamheden', 'Allround Medewerker', 'Rijbewijs B'].join('\n');
    const got = lines(text, 'Sloopwerker / Allround medewerker (open sollicitatie)');
    expect(got.filter((l) => l.heading).map((l) => l.text)).toEqual(['Profielen die bij ons passen']);
    expect(got.map((l) => l.section)).toEqual(Array(5).fill('requirements'));
    // (A title of one role is no list of roles: its name over a list still opens a section.)
    expect(lines(text, 'Sloopwerker').find((l) => l.text === 'Sloopwerker')?.heading).toBe(true);
  });
});

describe('a list mark glued to its text, as a page copied from a PDF writes it (reading of untuned output)', () => {
  it('reads "·Working knowledge of SAP" as a list item, and a hyphenated word as none', () => {
    const got = lines(['Requirements:', '·Working knowledge of SAP', '•Fluent in English', '-Ervaring met Excel'].join('\n'));
    expect(got.slice(1).map((l) => l.bullet)).toEqual([true, true, false]);
  });
});

describe('an initial is no pronoun that opens a sentence (reading of untuned output)', () => {
  it('keeps "U.S." inside its sentence, and "U" still opens one', () => {
    const got = (text: string) => units(text).units.map((u) => u.text);
    expect(got('Experience with data on the broader U.S. population. Strong SQL skills')).toEqual([
      'Experience with data on the broader U.S. population.',
      'Strong SQL skills',
    ]);
    expect(got('Een rijbewijs is nodig U bent flexibel')).toEqual(['Een rijbewijs is nodig', 'U bent flexibel']);
  });
});

describe('a page flattened into one line (reading of untuned output)', () => {
  const page = [
    'Psychiater bij polikliniek Noord Vacatures Solliciteer op deze vacature Wij zoeken een psychiater voor 16 uur per week.',
    'Over de afdeling Bij de polikliniek worden angst- en stemmingsproblemen behandeld, kort en soms intensief.',
    'Wat ga je doen?Als psychiater ben je regiebehandelaar van het team en voer je farmacologische behandelingen uit.',
    'Wat bieden wij jou?Een tijdelijke aanstelling van 16 uur per weekEen marktconform salaris in de AMS-schaal van de GGZ CAOEen dertiende maand (volledig)Het keuzesysteem Alflex',
    'Wat breng je mee?Je bent BIG-geregistreerd als PsychiaterJe bent een prettige collega met een heldere visieJe bent accuraat en stressbestendig',
    'Wie zijn wij? Noord is een organisatie voor specialistische zorg in de regio.',
  ].join('');
  it('is cut where its items and its sections’ questions were glued, each a line of its own section', () => {
    const got = lines(page);
    expect(got.filter((l) => l.heading).map((l) => [l.text, l.section])).toEqual([
      ['Wat ga je doen?', 'tasks'],
      ['Wat bieden wij jou?', 'offer'],
      ['Wat breng je mee?', 'requirements'],
      ['Wie zijn wij?', 'about'],
    ]);
    expect(got.filter((l) => l.section === 'offer' && !l.heading).map((l) => l.text)).toEqual([
      'Een tijdelijke aanstelling van 16 uur per week',
      'Een marktconform salaris in de AMS-schaal van de GGZ CAO',
      'Een dertiende maand (volledig)',
      'Het keuzesysteem Alflex',
    ]);
    expect(got.filter((l) => l.section === 'requirements' && !l.heading).map((l) => l.text)).toEqual([
      'Je bent BIG-geregistreerd als Psychiater',
      'Je bent een prettige collega met een heldere visie',
      'Je bent accuraat en stressbestendig',
    ]);
    expect(got.map((l) => page.slice(l.start, l.end))).toEqual(got.map((l) => l.text));
  });
  it('leaves a long line with a glued word or two as it is', () => {
    const long = `${'Je werkt in een team dat zorgt voor goede zorg. '.repeat(9)}Wij gebruiken PowerPoint en eBay.`;
    expect(lines(long)).toHaveLength(1);
  });
});

describe('a list item whose heading the page glued to it (reading of untuned output)', () => {
  it('keeps the rest of "***Nice-to-Have**** Experience in …" an item of the list below it', () => {
    const got = lines(['* Fluent in English', '***Nice-to-Have**** Experience in a multinational environment', '* Interpersonal skills.'].join('\n'));
    expect(got.map((l) => [l.text, l.heading, l.bullet])).toEqual([
      ['* Fluent in English', false, true],
      ['***Nice-to-Have****', true, false],
      ['Experience in a multinational environment', false, true],
      ['* Interpersonal skills.', false, true],
    ]);
  });
});
