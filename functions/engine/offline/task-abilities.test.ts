import { describe, expect, it } from 'vitest';
import { getTaxonomy } from '../../taxonomy';
import { taskAbility } from './task-abilities';

const taxonomy = getTaxonomy();

describe('a task line as what the candidate can do (#15)', () => {
  it.each([
    ['- Het opstellen van offertes;', 'Je kunt offertes opstellen.'],
    ['* Het bijhouden en/of controleren van administraties;', 'Je kunt administraties bijhouden en/of controleren.'],
    ['• Beheren van diverse mailboxen, waaronder de mailbox voor het mentoraat.', 'Je kunt diverse mailboxen beheren.'],
    ['Bestekken, inspectierapporten en tekeningen analyseren.', 'Je kunt bestekken, inspectierapporten en tekeningen analyseren.'],
    ['- Content ontwikkelen voor verschillende kanalen', 'Je kunt content ontwikkelen voor verschillende kanalen.'],
    [
      'Registreren, beheren en opvolgen van interne afkeuren, leveranciersafkeuren en klantenklachten.',
      'Je kunt interne afkeuren, leveranciersafkeuren en klantenklachten registreren, beheren en opvolgen.',
    ],
    // Action nouns in -ing are their verbs (reading of untuned output).
    ['Plaatsing en opvolging van bestellingen bij leveranciers.', 'Je kunt bestellingen bij leveranciers plaatsen en opvolgen.'],
    // A verb that takes its object with a preposition (reading of untuned output: "Je kunt de financiële administratie assisteren.").
    ['Assisteren van de financiële administratie', 'Je kunt bij de financiële administratie assisteren.'],
    ['- Verwerking van facturen', 'Je kunt facturen verwerken.'],
    // Brackets inside a word stay (reading of untuned output: "deredactie" was written).
    ['Je verzorgt de (eind)redactie van diverse publiciteitsuitingen;', 'Je kunt de (eind)redactie van diverse publiciteitsuitingen verzorgen.'],
    // A label, then its actions, each in the form the line gives it (reading of untuned output: these lines were dropped).
    [
      '* Secretariaat: Beheren van agenda’s, inplannen afspraken, afhandelen inkomende post;',
      'Je kunt agenda’s beheren, afspraken inplannen en inkomende post afhandelen.',
    ],
    ['- Personeel: Opmaken van contracten, verlof bijhouden, gesprekken voeren etc;', 'Je kunt contracten opmaken, verlof bijhouden en gesprekken voeren.'],
    // Its object before the verb, "van …" after it (reading of untuned output).
    ['Bestellingen opvolgen van A tot Z.', 'Je kunt bestellingen opvolgen van A tot Z.'],
  ])('%s → %s', (line, ability) => {
    expect(taskAbility(line, 'nl', taxonomy)).toBe(ability);
  });

  it.each([
    ['Je plant de ritten van de chauffeurs', 'Je kunt de ritten van de chauffeurs plannen.'],
    ['Stuurt offertes, onderhandelingen en contractbeheer aan', 'Je kunt offertes, onderhandelingen en contractbeheer aansturen.'],
    ['Je werkt nauw samen met het marketingteam', 'Je kunt nauw met het marketingteam samenwerken.'],
    ['In jouw rol als planner coördineer je de planning van de monteurs', 'Je kunt de planning van de monteurs coördineren.'],
  ])('%s → %s (a finite verb ESCO knows)', (line, ability) => {
    expect(taskAbility(line, 'nl', taxonomy)).toBe(ability);
  });

  it.each([
    'Je maakt deel uit van een team',
    'Rapporteert direct aan de directie',
    'Onderzoekt gemelde incidenten, lost deze op en doet verbetervoorstellen',
    // A second clause whose verb ESCO does not know is still a second clause.
    'Je plant de ritten en overlegt met de chauffeurs',
    'Opvolgen en analyseren van projectdossiers en bijsturen waar nodig',
    'Jij onderzoekt daarnaast het gedrag van de doelgroep en ontdekt waar kansen liggen',
    'Je neemt praktijkexamens af voor rijbewijzen',
    'Je plaatst kozijnen en deuren bij onze klanten.',
    'Detecteert en ontwikkelt projectkansen in lijn met strategie',
    'Er is ruimte om initiatief te nemen',
    'Goede afstemming met interne en externe stakeholders',
    'Het veiliger maken van data en informatie',
    'Nieuwe campagnes te initiëren en resultaten te optimaliseren',
    'Zich goed voorbereiden op nieuwe wetgeving',
    // A list whose items are not all actions, or whose verbs ESCO mostly does not know.
    'Administratie: Beheren van agenda’s, vergaderingen, post',
    'Taken: afhandelen van post, uitzetten van vacatures, aanvragen van verlof',
    'Nauwkeurig volgen van het leveringsplan',
  ])('%s names no ability of its own', (line) => {
    expect(taskAbility(line, 'nl', taxonomy)).toBeNull();
  });

  it('reads English task lines that start with an action', () => {
    expect(taskAbility('* Maintain accurate inventory records', 'en', taxonomy)).toBe('You can maintain accurate inventory records.');
    expect(taskAbility('The team builds dashboards', 'en', taxonomy)).toBeNull();
  });
});

describe('a second clause is not part of the ability', () => {
  it('refuses "… en past deze aan" rather than folding it into the object', () => {
    const a = taskAbility('Je bewaakt en installeert de centrale IT-infrastructuur en past deze aan in het datacentrum.', 'nl', getTaxonomy());
    expect(a ?? '').not.toContain('past deze aan');
  });
});

describe('a task said after an opening adverbial (Dutch inversion)', () => {
  it.each([
    ['Samen met externe bureaus ontwikkel jij complete marketingcampagnes.', 'Je kunt complete marketingcampagnes ontwikkelen.'],
    ['Daarnaast stuur je een klein team aan.', 'Je kunt een klein team aansturen.'],
    // (A sentence adverb after the verb links to what came before: it is not part of the ability.)
    ['Jij onderzoekt daarnaast het gedrag van klanten.', 'Je kunt het gedrag van klanten onderzoeken.'],
  ])('%s → %s', (line, ability) => {
    expect(taskAbility(line, 'nl', taxonomy)).toBe(ability);
  });
});

describe('items of a flattened list that run together', () => {
  it('makes no ability of two tasks glued into one line, nor of a noun phrase', () => {
    expect(taskAbility('Budgetopvolging van de lopende projecten Bewaken van de veiligheidsreglementering', 'nl', taxonomy)).toBeNull();
    expect(taskAbility('Budgetopvolging van de lopende projecten', 'nl', taxonomy)).toBeNull();
  });
});

describe('a second action at the end of the object', () => {
  it('makes no ability of "Opstellen van prijslijsten in excel en up-to-date houden"', () => {
    expect(taskAbility('Opstellen van prijslijsten in excel en up-to-date houden.', 'nl', taxonomy)).toBeNull();
    expect(taskAbility('Het bewaken van de planning en budgetten', 'nl', taxonomy)).toBe('Je kunt de planning en budgetten bewaken.');
  });
});

describe('two actions each with its object, and an aside in brackets', () => {
  it.each([
    ['Bewaken van de planning en voorkomen van vertragingen.', 'Je kunt de planning bewaken en vertragingen voorkomen.'],
    ['Bewaken van de voorraad aan de hand van voorraadsystemen (SAP en Excel).', 'Je kunt de voorraad aan de hand van voorraadsystemen bewaken.'],
  ])('%s → %s', (line, ability) => {
    expect(taskAbility(line, 'nl', taxonomy)).toBe(ability);
  });
});

describe('a list of actions in one task line', () => {
  it('says each action in its own place, not the first verb over the whole list', () => {
    const said = taskAbility('Ondersteuning: Beheren van dossiers, inplannen bezoeken, afhandelen klachten', 'nl', taxonomy);
    expect(said).toBe('Je kunt dossiers beheren, bezoeken inplannen en klachten afhandelen.');
  });
});

describe('a list item that opens on its verb, the reader after it (under "In jouw eerste maand:")', () => {
  it.each([
    ['- Ontwikkel je logische segmenten voor persoonlijke campagnes', 'Je kunt logische segmenten voor persoonlijke campagnes ontwikkelen.'],
    ['* Controleer je de e-maildatabase', 'Je kunt de e-maildatabase controleren.'],
    ['- Werk je samen met diverse stakeholders', 'Je kunt met diverse stakeholders samenwerken.'],
    // Clauses strung on: the first says one ability.
    ['- Analyseer je de huidige nieuwsbrieven en zoek je naar kansen voor nieuwe campagnes', 'Je kunt de huidige nieuwsbrieven analyseren.'],
    ['- Controleer je de e-maildatabase, regel je dat iedereen goed aangeschreven wordt', 'Je kunt de e-maildatabase controleren.'],
  ])('%s → %s', (line, ability) => {
    expect(taskAbility(line, 'nl', taxonomy)).toBe(ability);
  });
  it.each(['- Leer je alle ins en outs van onze systemen', '- Toon je eigenaarschap voor alle campagnes', '- Ben je verantwoordelijk voor de nieuwsbrieven'])(
    '%s is no ability',
    (line) => {
      expect(taskAbility(line, 'nl', taxonomy)).toBeNull();
    },
  );
});

describe('a separable verb written whole (the Dutch labels Vaardig has name few verbs)', () => {
  it('reads "Opvragen van …" as an action', () => {
    expect(taskAbility('Opvragen van technische info bij de vaste leveranciers.', 'nl', taxonomy)).toBe(
      'Je kunt technische info bij de vaste leveranciers opvragen.',
    );
  });
  it('never joins a preposition of the clause to its verb', () => {
    expect(taskAbility('Je ontwikkelt content voor verschillende kanalen', 'nl', taxonomy)).toBe('Je kunt content voor verschillende kanalen ontwikkelen.');
  });
});

describe('an English task that names several actions (reading of untuned output)', () => {
  it('reads from its first action', () => {
    expect(taskAbility('Develop, implement and optimise acquisition campaigns', 'en', taxonomy)).toBe(
      'You can develop, implement and optimise acquisition campaigns.',
    );
  });
  it('takes no line whose list names the work as nouns ("Design, development and analysis of …")', () => {
    expect(taskAbility('Design, development, validation and analysis of battery components', 'en', taxonomy)).toBeNull();
    expect(taskAbility('Design and development of new tools', 'en', taxonomy)).toBeNull();
  });
});

describe('a second clause with "bent" or "hebt" is no part of the ability (reading of untuned output)', () => {
  it('"Je verricht zware werkzaamheden en bent lid van het CHV-team"', () => {
    expect(taskAbility('Je verricht fysieke en soms lichamelijk zware werkzaamheden en bent lid van het CHV-team', 'nl', taxonomy)).toBeNull();
  });
});
