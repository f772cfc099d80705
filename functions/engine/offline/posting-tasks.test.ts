import { describe, expect, it } from 'vitest';
import { getTaxonomy } from '../../taxonomy';
import { extractRequirements } from './extract';
import { postingTasks } from './posting-tasks';
import { units } from './segment';

const tasksOf = (lines: string[]) => {
  const { units: parts, lines: all } = units(lines.join('\n'));
  return postingTasks(all, 0, extractRequirements(parts), 'nl', getTaxonomy()).taskAbilities;
};

describe('the tasks a posting says in a sentence before its demands (reading of untuned output)', () => {
  it('"… ben je verantwoordelijk voor het uitwerken van projecten en het maken van tekeningen", wrapped by the page', () => {
    expect(
      tasksOf([
        'Wij zijn een machinebouwer in Vlaardingen.',
        'In deze functie ben je verantwoordelijk voor het uitwerken van verschillende',
        'projecten en het maken van werkplaats tekeningen met stuklijsten.',
        '',
        'Functie eisen zijn:',
        'MTS werk/denkniveau',
      ]),
    ).toEqual(['Je kunt werkplaats tekeningen met stuklijsten maken.']);
  });
  it('takes nothing from a sentence that names no task', () => {
    expect(tasksOf(['Wij zijn een machinebouwer in Vlaardingen.', '', 'Functie eisen zijn:', 'MTS werk/denkniveau'])).toEqual([]);
  });
});

describe('a task sentence of two clauses (reading of untuned output)', () => {
  it('reads each clause as a task of its own, so that one the engine cannot say keeps the other', () => {
    expect(
      tasksOf([
        'Wat je gaat doen',
        '- Je ontwerpt visuele uitingen en zet deze uit op de juiste kanalen',
        '- Je plant de ritten en overlegt met de chauffeurs',
      ]),
    ).toEqual(['Je kunt visuele uitingen ontwerpen.', 'Je kunt de ritten plannen.']);
  });
  it('takes no clause that points back, and no preposition for a particle', () => {
    expect(
      tasksOf([
        'Wat je gaat doen',
        '- Je herkent verbetermogelijkheden en past deze ook toe',
        '- Je volgt markttrends en concurrentie op de voet en adviseert over de aanpak',
      ]),
    ).toEqual(['Je kunt verbetermogelijkheden herkennen.', 'Je kunt markttrends en concurrentie op de voet volgen.', 'Je kunt over de aanpak adviseren.']);
  });
  it('reads a comma before the next verb said to the reader as another task, and a list of nouns as none (reading of tune output)', () => {
    expect(tasksOf(['Wat je gaat doen', '- Je houdt het overzicht, analyseert resultaten en bewaakt patiënten tijdens onderzoeken'])).toEqual([
      'Je kunt het overzicht houden.',
      'Je kunt resultaten analyseren.',
      'Je kunt patiënten tijdens onderzoeken bewaken.',
    ]);
    expect(tasksOf(['Wat je gaat doen', '- Je bewaakt kwaliteit, budget en planning'])).toEqual(['Je kunt kwaliteit, budget en planning bewaken.']);
    // (Nor inside a clause of its own: what "dat" governs is no task of the reader's.)
    expect(tasksOf(['Wat je gaat doen', '- Je zorgt dat alles klopt, aanspreekt en blijft hangen']).join(' ')).not.toMatch(/hangen blijven/u);
  });
  it('cuts no clause from a verb that shares its object with the next (reading of untuned output)', () => {
    expect(tasksOf(['Wat je gaat doen', '- Je denkt mee over en ondersteunt bij campagnes, inclusief SEA-activiteiten;'])).toEqual([]);
  });
  it('leaves one clause with two verbs as it is', () => {
    expect(tasksOf(['Wat je gaat doen', '- Je controleert en waarborgt de kwaliteit van het merk'])).toEqual([
      'Je kunt de kwaliteit van het merk controleren en waarborgen.',
    ]);
  });
});

describe('the tasks a posting says in running text under its tasks heading (reading of untuned output)', () => {
  it('reads each clause of a sentence, and what the job will have the reader do', () => {
    expect(
      tasksOf([
        'Functie:',
        'Hiervoor werk je vooral aan eigen software, zal jij de API’s van derden implementeren en ga je aan de slag met SQL. Ook zal je met het team oplossingen bedenken en ontwerpen voor nieuwe functionaliteiten. Je zal deel uitmaken van een team dat bestaat uit zes developers.',
      ]),
    ).toEqual(['Je kunt de API’s van derden implementeren.', 'Je kunt met het team oplossingen bedenken en ontwerpen voor nieuwe functionaliteiten.']);
  });
  it('leaves two clauses that share their noun together', () => {
    expect(tasksOf(['Functie:', '- Samen met je collega’s implementeer je nieuwe en verbeter je bestaande functionaliteiten.'])).toEqual([]);
  });
});

describe('the task section a posting names as its tasks (reading of untuned output)', () => {
  const posting = [
    'Functieomschrijving',
    'Wij verlenen services aan de industrie.',
    '',
    'Welke taken horen bij een PHP developer',
    'Je bent (mede)verantwoordelijk voor het ontwikkelen van het interne softwaresysteem.',
    '',
    'Jouw specificaties',
    'Je hebt hbo werk- en denkniveau;',
  ];
  const { units: parts, lines: all } = units(posting.join('\n'));
  const got = postingTasks(all, 0, extractRequirements(parts), 'nl', getTaxonomy());
  it('is the one whose heading names the tasks, not the job description before it', () => {
    expect(got.tasksHeading).toBe('Welke taken horen bij een PHP developer');
  });
  it('reads "Je bent (mede)verantwoordelijk voor …" as a task', () => {
    expect(got.taskAbilities).toEqual(['Je kunt het interne softwaresysteem ontwikkelen.']);
  });
});
