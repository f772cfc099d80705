import type { Language } from '../../shared/locale';
import type { LearningForm } from '../../shared/translation';

export type OfferMode = 'online' | 'on-site' | 'hybrid' | 'work-based';

/** How an offer teaches a skill: how the link was made and how sure it is (0..1]. */
export interface SkillLink {
  /** ESCO skill UUID (the URI without SKILL_URI, shared/esco.ts). */
  skill: string;
  method: string;
  confidence: number;
}

/** One catalogue entry as importers produce it, the same shape in D1, SQL and memory. */
export interface OfferRecord {
  key: string;
  source: string;
  sourceId: string | null;
  titleNl: string;
  titleEn: string | null;
  provider: string | null;
  form: LearningForm;
  type: string;
  nlqf: number | null;
  eqf: number | null;
  studyLoad: number | null;
  studyLoadUnit: 'ects' | 'sbu' | 'hours' | null;
  durationMonths: number | null;
  costEur: number | null;
  mode: OfferMode | null;
  /** Fits next to a job: part-time, dual, BBL, work-based templates. */
  workBased: boolean;
  region: string | null;
  language: Language | null;
  url: string | null;
  description: string | null;
  /** Legal-table ids the qualification satisfies (MBO beroepsvereisten). */
  legalIds: string[];
  /** Templates only: skill-group selectors (see templates.ts), else null. */
  skillGroups: string[] | null;
  skills: SkillLink[];
}

/** An offer as the matcher sees it: the record without its links, plus a numeric id. */
export type Offer = Omit<OfferRecord, 'skills'> & { id: number };

/** A skill the candidate may lack. */
export interface GapSkill {
  /** ESCO skill UUID. */
  skill: string;
  label: string;
  weight: number;
  /** Stood for a diploma or education requirement (rather than a learnable skill). */
  fromDiploma: boolean;
  /** One tool or one language: a course or learning at work teaches it, never a degree. */
  narrow?: boolean;
}

/** Filters a caller may set; every one is optional. */
export interface MatchFilters {
  region?: string | null;
  language?: Language | null;
  minEqf?: number | null;
  maxEqf?: number | null;
  maxCostEur?: number | null;
  maxMonths?: number | null;
}

/** What the gap asks of the routes besides coverage. */
export interface GapNeeds {
  /** At least one formal route (a diploma requirement). */
  formal: boolean;
  /** The law requires a diploma: these legal-table ids (may be empty when unknown). */
  legal: Array<{ id: string; citation: string }>;
  /** Programme codes (CROHO, crebo) the posting names: preferred formal routes. */
  programmeCodes: string[];
  /** The programme names as the posting writes them (normalised): the same name is the same programme (#15). */
  programmeNames?: string[];
  /** EQF level the diploma asked for, when known. */
  eqf: number | null;
  /** An internship or a job for students: the candidate is in a programme already, so no formal route but the law's (#15). */
  forStudents?: boolean;
}

/** An offer with the gap skills it covers and how sure each link is. */
export interface Candidate {
  offer: Offer;
  /** The gap skills the offer's own links (or a template's skill groups) say it teaches. */
  covers: Map<string, number>;
  /** The programme the vacancy's diploma requirement names (same code or name): it leads to that diploma. */
  named?: boolean;
}

/** Where candidates come from: D1 in the Worker, memory in the CLI and in tests. */
export interface CatalogueSource {
  /** Offers linked to any of the gap skills, filtered, best-covering first (at most `limit`). */
  candidates(skills: string[], filters: MatchFilters, options: { limit: number; form?: 'formal' }): Promise<Candidate[]>;
  /** Formal offers a posting names (by CROHO code or crebo) or the law asks for (legal-table ids), with their gap links. */
  named(skills: string[], filters: MatchFilters, options: { sourceIds: string[]; legalIds: string[]; limit: number }): Promise<Candidate[]>;
  /** Offers that cover skill groups rather than single skills. */
  templates(): Promise<Offer[]>;
  /**
   * Read ahead what a later `candidates()` call with these arguments may need, so that it asks
   * its store for less (the D1 catalogue reads the skills' top lists along with the other
   * lookups). Optional: a source in memory has nothing to read.
   */
  prefetch?(skills: string[], filters: MatchFilters, form: 'any' | 'formal'): Promise<void>;
}
