/**
 * What the law asks of everyone in this job and the posting leaves out (a childcare VOG and the
 * Personenregister kinderopvang): added from Vaardig's legal table, as a legal requirement with its
 * law, and flagged on its card for the employer to confirm (EXEMPLARS principle 4).
 */
import type { Language, Region } from '../../../shared/locale';
import type { Change, Requirement } from '../../../shared/translation';
import { legalBasis, requiredOfEveryone } from '../../legal';
import { t } from './i18n';

export function addedByLaw(
  requirements: readonly Requirement[],
  job: string,
  region: Region | null,
  language: Language,
  ui: Language,
): { requirements: Requirement[]; changes: Change[] } {
  // Belgian law is not in the table; a Dutch statute is never added to a Belgian posting.
  if (region === 'BE') return { requirements: [], changes: [] };
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
  return { requirements: out, changes };
}
