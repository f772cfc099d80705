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
