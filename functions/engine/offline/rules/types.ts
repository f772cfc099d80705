/**
 * The offline engine's rules over one requirement: each is a pure function that reads the
 * requirement and the vacancy's context and returns what it decides, never changing either. The
 * registry (`index.ts`) applies them in order and assembles the translation's parts (#18).
 */
import type { Language, Region } from '../../../../shared/locale';
import type { Change, Requirement, Skill, Warning } from '../../../../shared/translation';
import type { LegalMatch } from '../../../legal';
import type { Taxonomy } from '../../../taxonomy';
import type { EducationLevel } from '../../../taxonomy/crosswalk';
import type { OccupationFoundIn } from '../education';

/** What every rule may know about the vacancy: fixed for the whole pass. */
export interface VacancyContext {
  taxonomy: Taxonomy;
  /** The posting's language: what is written into the vacancy. */
  language: Language;
  /** The interface's language: reasons and warnings (#17). */
  ui: Language;
  region: Region | null;
  text: string;
  /** The posting's own task lines, one a line. */
  tasks: string;
  /** The job its title names, as running text says it ("projectcontroller"), or null (`jobName`). */
  job: string | null;
  /** The occupations the engine is sure of, and the test for one (see `translateDiploma`). */
  sure: number[];
  sureOf: (occupation: number) => boolean;
  foundIn: ReadonlyMap<number, OccupationFoundIn>;
  /** The section a requirement stands in ("requirements", "tasks", …). */
  sectionOf: (r: Requirement) => string | undefined;
  /** What the law says of a requirement as the posting first wrote it (asked once per requirement). */
  legal: (r: Requirement) => LegalMatch | null;
}

/** The context with what earlier rules decided so far: read, never written. */
export interface RuleContext extends VacancyContext {
  warnings: readonly Warning[];
  rephrased: ReadonlyMap<string, string>;
}

/** What a rule decides for one requirement. */
export interface RuleResult {
  /** Fields of the requirement it sets; later rules see the requirement with them. */
  requirement?: Partial<Requirement>;
  changes?: Change[];
  /** Skills the requirement stands for (merged by URI with the vacancy's other skills). */
  skills?: Skill[];
  warnings?: Warning[];
  /** The requirement's new wording in the posting's language. */
  rephrased?: string;
  /** A legal requirement whose own line says it is not needed: kept in place, flagged. */
  denied?: boolean;
  /** The education level a diploma asks. */
  level?: EducationLevel;
  /** The requirement is settled: no later rule looks at it. */
  final?: boolean;
}

export interface Rule {
  name: string;
  /** What the rule decides, or null when it does not apply. */
  apply: (requirement: Readonly<Requirement>, context: RuleContext) => RuleResult | null;
}

export const isEducation = (r: Pick<Requirement, 'kind'>) => r.kind === 'diploma' || r.kind === 'education_level';

/** Sections that ask nothing of the candidate: the tasks, the offer, the company, the contact, the metadata. */
export const NOT_ASKED: ReadonlySet<string> = new Set(['tasks', 'offer', 'about', 'contact', 'meta']);
