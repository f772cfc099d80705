/**
 * What the law asks of everyone in this job and the posting leaves out (a childcare VOG and the
 * Personenregister kinderopvang): added from Vaardig's legal table, as a legal requirement with its
 * law, and flagged on its card for the employer to confirm (EXEMPLARS principle 4).
 */
import { dutchRules, type Language, type Region } from '../../../shared/locale';
import type { Change, Requirement } from '../../../shared/translation';
import { LEGAL_REQUIREMENTS, legalBasis, requiredOfEveryone } from '../../legal';
import { t } from './i18n';

export function addedByLaw(
  requirements: readonly Requirement[],
  job: string,
  region: Region | null,
  language: Language,
  ui: Language,
  /** The posting's text: a chain it completes itself needs no line. */
  text = '',
): { requirements: Requirement[]; changes: Change[] } {
  // Belgian and other countries' law is not in the table; a Dutch statute is added to no posting outside the Netherlands.
  if (!dutchRules(region)) return { requirements: [], changes: [] };
  const named = new Set(requirements.flatMap((r) => (r.legal && r.legalBasis ? [r.legalBasis.id] : [])));
  const added = requiredOfEveryone(job).filter((entry) => !named.has(entry.id));
  const out: Requirement[] = added.map((entry, i) => ({
    id: `r${requirements.length + i + 1}`,
    text: entry.name[language],
    kind: 'licence',
    mandatory: true,
    legal: true,
    legalBasis: legalBasis(entry, language),
    alternativeOffered: false,
    span: null,
  }));
  const changes: Change[] = out.map((r) => ({
    requirementId: r.id,
    action: 'keep-legal',
    rule: 'legal.added-from-table',
    concept: null,
    span: null,
    reason: t(
      ui,
      `Toegevoegd uit Vaardigs wettelijke tabel: de vacature noemt dit niet, maar de wet vraagt het van iedereen in deze functie (${r.legalBasis!.citation}). Laat de werkgever dit bevestigen.`,
      `Added from Vaardig's legal table: the posting does not say it, but the law asks it of everyone in this job (${r.legalBasis!.citation}). Have the employer confirm it.`,
    ),
  }));
  const chain = chainCompleted([...requirements, ...out], text, language, ui);
  const registration = registrationCompleted([...requirements, ...out, ...chain.requirements], text, language, ui);
  return {
    requirements: [...out, ...chain.requirements, ...registration.requirements],
    changes: [...changes, ...chain.changes, ...registration.changes],
  };
}

/**
 * The registration a diploma is asked for, when the posting names the diploma and not the register
 * (EXEMPLARS principle 4, exemplar 1: "Je staat als verpleegkundige in het BIG-register"): the
 * table's diploma entry says which registration it opens (`dependsOn`).
 */
function registrationCompleted(
  requirements: readonly Requirement[],
  text: string,
  language: Language,
  ui: Language,
): { requirements: Requirement[]; changes: Change[] } {
  const named = new Set(requirements.flatMap((r) => (r.legal && r.legalBasis ? [r.legalBasis.id] : [])));
  const opened = [...named].flatMap((id) => LEGAL_REQUIREMENTS.find((e) => e.id === id)?.dependsOn ?? []);
  const missing = LEGAL_REQUIREMENTS.filter((e) => opened.includes(e.id) && !named.has(e.id) && !namesItself(e, text));
  const out = missing.map((entry, i): Requirement => {
    const profession = entry.profession?.[language] ?? entry.name[language];
    const name = /BIG/.test(entry.name.nl)
      ? t(language, `Je staat als ${profession} in het BIG-register`, `You are registered as a ${profession} in the BIG register`)
      : entry.name[language];
    return {
      id: `r${requirements.length + i + 1}`,
      text: name,
      kind: 'licence',
      mandatory: true,
      legal: true,
      legalBasis: { ...legalBasis(entry, language), name },
      alternativeOffered: false,
      span: null,
    };
  });
  const changes = out.map((r) =>
    chainCard(
      r,
      t(
        ui,
        `Aangevuld uit Vaardigs wettelijke tabel: het diploma dat de vacature vraagt, geeft toegang tot deze registratie, en de wet vraagt die om het werk te doen (${r.legalBasis!.citation}); de vacature noemt haar niet. Laat de werkgever dit bevestigen.`,
        `Completed from Vaardig's legal table: the diploma the posting asks for opens this registration, which the law asks to do the work (${r.legalBasis!.citation}); the posting does not name it. Have the employer confirm it.`,
      ),
    ),
  );
  return { requirements: out, changes };
}

/** The card of a requirement a legal chain adds from the table: kept as the law's, with why. */
const chainCard = (r: Requirement, reason: string): Change => ({
  requirementId: r.id,
  action: 'keep-legal',
  rule: 'legal.chain-from-table',
  concept: null,
  span: null,
  reason,
});

/** The posting names the document itself somewhere: a pattern of the table's that its own name matches ("BIG"). */
function namesItself(entry: (typeof LEGAL_REQUIREMENTS)[number], text: string): boolean {
  return entry.documentPatterns.some((p) => new RegExp(p, 'i').test(entry.name.nl) && new RegExp(p, 'i').test(text));
}

/**
 * The rest of a legal chain the posting leaves half-done (EXEMPLARS principle 4): a teaching
 * qualification whose law also asks a certificate of conduct before the appointment ("Bevoegdheid
 * leraar voortgezet onderwijs + VOG", art. 33 en 36 WVO), when the posting names no VOG.
 */
function chainCompleted(
  requirements: readonly Requirement[],
  text: string,
  language: Language,
  ui: Language,
): { requirements: Requirement[]; changes: Change[] } {
  if (VOG.test(text)) return { requirements: [], changes: [] };
  const entry = LEGAL_REQUIREMENTS.find((e) => /\+\s*VOG\b/.test(e.name.nl) && requirements.some((r) => r.legal && r.span && r.legalBasis?.id === e.id));
  if (!entry) return { requirements: [], changes: [] };
  const name = t(language, 'Je hebt een Verklaring Omtrent het Gedrag (VOG)', 'You hold a certificate of conduct (VOG)');
  const r: Requirement = {
    id: `r${requirements.length + 1}`,
    text: name,
    kind: 'certificate',
    mandatory: true,
    legal: true,
    // (Never after hiring: the school asks it before the appointment.)
    legalBasis: { ...legalBasis(entry, language), name, obtainableAfterHiring: false, obtainableCode: 'no_before_start' },
    alternativeOffered: false,
    span: null,
  };
  const change = chainCard(
    r,
    t(
      ui,
      `Aangevuld uit Vaardigs wettelijke tabel: naast de bevoegdheid vraagt de wet een VOG vóór de benoeming (${entry.citation}); de vacature noemt die niet. Laat de werkgever dit bevestigen.`,
      `Completed from Vaardig's legal table: besides the qualification, the law asks a certificate of conduct before the appointment (${entry.citation}); the posting does not name it. Have the employer confirm it.`,
    ),
  );
  return { requirements: [r], changes: [change] };
}
const VOG = /(?<![A-Za-zÀ-ÖØ-öø-ɏ])(?:VOG|verklaring omtrent (?:het )?gedrag|certificate of conduct)(?![A-Za-zÀ-ÖØ-öø-ɏ])/i;
