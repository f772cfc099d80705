/**
 * Guard (#6): the law is never dropped. Legal requirements the offline rules find are re-imposed
 * on Claude's answer with their legal basis; what the model calls legal without a rule to back
 * it is not flagged legal; and the rewritten text must still name every legal requirement.
 */
import type { Change, Requirement, Translation, Warning } from '../../../shared/schemas';
import legalTable from '../../legal/requirements.json';
import { sameRequirement } from './spans';

const REMOVED_ON_LEGAL = new Set<Change['action']>(['translate', 'move-to-profile', 'drop-wording']);
const patternsById = new Map((legalTable as Array<{ id: string; documentPatterns?: string[] }>).map((entry) => [entry.id, entry.documentPatterns ?? []]));

const TEXT = {
  nl: { heading: 'Wettelijke eisen', after: 'Kan na indiensttreding worden behaald.', before: 'Nodig vóór de start.', back: 'Wettelijk verplicht; het model liet deze eis weg en Vaardig zette hem terug.', unconfirmed: 'Het model noemde dit wettelijk verplicht, maar Vaardigs tabel met wettelijke eisen bevestigt dat niet.', inText: 'De herschreven vacature noemde deze wettelijke eis niet; Vaardig heeft hem toegevoegd.' },
  en: { heading: 'Legal requirements', after: 'Can be obtained after hiring.', before: 'Needed before the start.', back: 'Required by law; the model left it out and Vaardig put it back.', unconfirmed: 'The model called this legally required, but Vaardig’s table of legal requirements does not confirm it.', inText: 'The rewritten vacancy did not name this legal requirement; Vaardig added it.' },
};

function mentioned(requirement: Requirement, markdown: string): boolean {
  const text = markdown.toLowerCase();
  if (text.includes(requirement.text.toLowerCase().trim())) return true;
  const basis = requirement.legalBasis;
  if (!basis) return false;
  if (text.includes(basis.name.toLowerCase()) || text.includes(basis.citation.toLowerCase())) return true;
  return (patternsById.get(basis.id) ?? []).some((pattern) => {
    try {
      return new RegExp(pattern, 'i').test(markdown);
    } catch {
      return false;
    }
  });
}

export function guardLegal(translation: Translation, offline: Translation): Translation {
  const t = TEXT[translation.language];
  const requirements = translation.requirements.map((requirement) => ({ ...requirement }));
  let changes = [...translation.changes];
  const warnings: Warning[] = [...translation.warnings];
  const confirmed = new Set<string>();
  const usedIds = new Set(requirements.map((requirement) => requirement.id));

  for (const rule of offline.requirements.filter((requirement) => requirement.legal)) {
    // A model requirement that already carries another rule's basis (two laws merged into one line) stays with it.
    let matches = requirements.filter((requirement) => sameRequirement(requirement, rule) && (!confirmed.has(requirement.id) || requirement.legalBasis?.id === rule.legalBasis?.id));
    const likely = matches.filter((requirement) => requirement.legal || requirement.kind === 'licence' || requirement.kind === 'certificate');
    if (likely.length) matches = likely;
    if (matches.length === 0) {
      const id = usedIds.has(rule.id) ? `offline-${rule.id}` : rule.id;
      usedIds.add(id);
      requirements.push({ ...rule, id });
      confirmed.add(id);
      changes.push({ requirementId: id, action: 'keep-legal', rule: 'guard.legal', concept: rule.legalBasis?.id ?? null, span: rule.span, reason: `${t.back} ${rule.legalBasis?.citation ?? ''}`.trim() });
      warnings.push({ code: 'claude.legal-reimposed', message: `${rule.text}: ${t.back}`, span: rule.span });
      continue;
    }
    for (const match of matches) {
      Object.assign(match, { legal: true, legalBasis: rule.legalBasis, mandatory: match.mandatory || rule.mandatory });
      confirmed.add(match.id);
    }
  }

  for (const requirement of requirements) {
    if (!requirement.legal || confirmed.has(requirement.id)) continue;
    requirement.legal = false;
    warnings.push({ code: 'claude.legal-unconfirmed', message: `${requirement.text}: ${t.unconfirmed}`, span: requirement.span });
  }

  const legal = requirements.filter((requirement) => requirement.legal);
  const legalIds = new Set(legal.map((requirement) => requirement.id));
  changes = changes.filter((change) => !(change.requirementId && legalIds.has(change.requirementId) && REMOVED_ON_LEGAL.has(change.action)));
  for (const requirement of legal) {
    if (changes.some((change) => change.requirementId === requirement.id && change.action === 'keep-legal')) continue;
    changes.push({ requirementId: requirement.id, action: 'keep-legal', rule: 'guard.legal', concept: requirement.legalBasis?.id ?? null, span: requirement.span, reason: requirement.legalBasis?.citation ?? t.back });
  }

  let markdown = translation.rewritten.markdown;
  const missing = legal.filter((requirement) => !mentioned(requirement, markdown));
  if (missing.length) {
    const lines = missing.map((r) => `- ${r.text}${r.legalBasis ? ` (${r.legalBasis.citation}). ${r.legalBasis.obtainableAfterHiring ? t.after : t.before}` : ''}`);
    markdown = `${markdown.trimEnd()}\n\n## ${t.heading}\n${lines.join('\n')}\n`;
    for (const r of missing) warnings.push({ code: 'claude.legal-restored-in-text', message: `${r.text}: ${t.inText}`, span: r.span });
  }

  return { ...translation, requirements, changes, warnings, rewritten: { ...translation.rewritten, markdown } };
}
