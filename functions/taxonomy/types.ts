/**
 * The compact taxonomy index built by `npm run data` into `.data/taxonomy.js`.
 * Arrays are indexed by integer ids; URIs are stored without their common prefix.
 */
export interface TaxonomyIndex {
  version: 1;
  versions: Record<string, string>;
  skills: {
    /** ESCO skill UUIDs (URI without "http://data.europa.eu/esco/skill/"), packed: 22 base64url characters each. */
    id: string;
    en: string[];
    /** Dutch preferred label, "" when unknown. */
    nl: string[];
    /** Index into groups, -1 when none or when the skill has a Dutch label. */
    group: number[];
    /** 0 knowledge, 1 skill/competence. */
    type: number[];
    /** 0 transversal, 1 cross-sector, 2 sector-specific, 3 occupation-specific. */
    reuse: number[];
    /**
     * Delta-encoded ids of skills that are one tool or one language (a programming language, an ICT
     * product, a language): what a course teaches, never a reason for a degree (issue #15).
     */
    narrow?: number[];
  };
  /** Dutch labels of ESCO skill groups (English where ESCO has no Dutch one). */
  groups: { nl: string[] };
  occupations: {
    /** Packed UUIDs like skills.id. */
    id: string;
    en: string[];
    nl: string[];
    /** Normalised alternative and hidden labels (English at most two words, Dutch three), "|"-separated. */
    alt: string[];
    /** Skill ids of the occupation's essential skills (ESCO relations pack). */
    essential: number[][];
    /** ISCO-08 unit group of each occupation, four digits per occupation ("0000" when unknown). */
    isco?: string;
  };
  /** Normalised skill label (nl and en preferred, short alternative labels) → skill id. */
  skillLabels: Record<string, number>;
  /** Named programmes and qualifications: MBO (crebo) and higher education (CROHO). */
  programmes: {
    name: string[];
    /** International (English) name when it differs, else "". */
    alt: string[];
    code: string[];
    /** "mbo" or the DUO level (e.g. "HBO-BA", "WO-MA"). */
    level: string[];
    eqf: number[];
    /** Occupation ids the programme leads to (matched at data time by label overlap). */
    occupations: number[][];
  };
}
