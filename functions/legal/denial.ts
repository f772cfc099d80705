/**
 * Whether a sentence denies or softens a legal requirement: "de BIG-registratie is niet meer nodig",
 * "Geen diploma? Ervaring telt ook." beside a diploma the law ties to the job. Shared by the
 * offline engine (a posting's own denial is never published as the law) and the Claude guard
 * (a model's denial is removed).
 */
import type { Requirement } from '../../shared/translation';
import legalTable from './requirements.json';

interface LegalEntry {
  id: string;
  kind?: string;
  documentPatterns?: string[];
  dependsOn?: string;
  diplomaRequired?: boolean;
}
const TABLE = legalTable as LegalEntry[];
export const patternsById = new Map(TABLE.map((entry) => [entry.id, entry.documentPatterns ?? []]));
const kindById = new Map(TABLE.map((entry) => [entry.id, entry.kind ?? '']));
/** Registrations a diploma leads to: denying "the diploma" denies them too (BIG art. 3). */
const needsDiploma = new Set(TABLE.filter((entry) => entry.diplomaRequired && entry.dependsOn).map((entry) => entry.dependsOn!));

export const compile = (pattern: string): RegExp | null => {
  try {
    return new RegExp(pattern, 'gi');
  } catch {
    return null;
  }
};

const DIPLOMA = /\b(?:diploma(?:'s)?|vakdiploma|opleiding(?:en)?|opleidingstitel|bevoegdheid|kwalificatie|degree|qualification)\b/gi;
const REGISTRATION = /(?:registratie|inschrijving|geregistreerd|registration|registered)\b/gi;
/** A denial or a softening just before the term: "geen (geldige) BIG-registratie", "without a degree", "in plaats van een diploma". */
const BEFORE =
  /\b(?:geen|zonder|no|without|in plaats van|instead of|hoeft\s+(?:je\s+|u\s+)?(?:geen|niet)|hoef\s+je\s+(?:geen|niet)|(?:don't|do not|doesn't|does not|won't|will not)\s+(?:need|require)|not\s+need)\s+(?:[A-Za-zÀ-ÖØ-öø-ɏ'’-]+\s+){0,3}$/i;
/** …or after it, in the same sentence: "is niet nodig", "is een pré", "of gelijkwaardige ervaring". */
const AFTER =
  /^[^.!?]{0,60}?(?:\b(?:niet|geen|not|no longer|not a)\s+(?:meer\s+|langer\s+)?(?:nodig|vereist|vereiste|verplicht|noodzakelijk|eis|van toepassing|required|requirement|needed|necessary|mandatory)\b|\bis\s+een\s+pr[eé]|\bpluspunt|\boptione(?:el|le)\b|\boptional\b|\ba plus\b|\bnice to have\b|\bpreferred\b|\bgewenst\b|\bmooi meegenomen\b|\b(?:of|or)\s+(?:gelijkwaardige\s+|equivalent\s+|vergelijkbare\s+|relevante\s+|relevant\s+)?(?:ervaring|experience)\b)/i;
/** What keeps the law: "zonder BIG-registratie mag je niet werken", "you cannot work without it". */
const AFFIRMS = /\b(?:kun|kan|kunt|mag|mogen)\s+(?:je\s+|u\s+|jij\s+)?niet\b|\bcannot\b|\bcan't\b|\bnot allowed\b|\bmay not\b|\bniet zonder\b|\bnot without\b/i;

/** The words that name a legal requirement in a sentence: its table patterns, and what it stands for. */
function terms(requirement: Requirement): RegExp[] {
  const basis = requirement.legalBasis!;
  const out = (patternsById.get(basis.id) ?? []).map(compile).filter((re): re is RegExp => re !== null);
  if (basis.diplomaRequired || needsDiploma.has(basis.id) || requirement.kind === 'diploma' || requirement.kind === 'education_level') out.push(DIPLOMA);
  if (/regist/.test(kindById.get(basis.id) ?? '')) out.push(REGISTRATION);
  return out;
}

/** Legal requirements of Dutch law the rules confirmed and the job cannot do without. */
const binding = (requirements: Requirement[]) => requirements.filter((r) => r.legal && r.mandatory && r.legalBasis && r.legalBasis.verified !== false);

/** Whether a sentence says a binding legal requirement is not needed, optional or replaceable. */
export function denies(sentence: string, requirements: Requirement[]): boolean {
  if (AFFIRMS.test(sentence)) return false;
  return binding(requirements).some((requirement) =>
    terms(requirement).some((term) => {
      for (const match of sentence.matchAll(new RegExp(term.source, 'gi'))) {
        const at = match.index ?? 0;
        if (BEFORE.test(sentence.slice(Math.max(0, at - 60), at)) || AFTER.test(sentence.slice(at + match[0].length))) return true;
      }
      return false;
    }),
  );
}
