/**
 * Guard (#6, #14): the law is never dropped. Legal requirements the offline rules find are
 * re-imposed on Claude's answer with their legal basis; a diploma the law ties to the job stays
 * mandatory; what the model calls legal without a rule to back it is not flagged legal. In the
 * text, a sentence the model wrote that denies or softens a legal requirement goes ("Geen diploma
 * nodig, geen registratie nodig." above a BIG line), and every legal requirement is still named:
 * the rules' line comes back where the model dropped it.
 */
import type { Block, Change, PersonProfile, Requirement, Translation, Warning } from '../../../shared/translation';
import { compile, denies, patternsById } from '../../legal/denial';
import { fromDraft, rewriteModel, type Piece, type TextContext } from './blocks';
import { dropSentences } from './sentences';
import { sameRequirement } from './spans';

const REMOVED_ON_LEGAL = new Set<Change['action']>(['translate', 'move-to-profile', 'drop-wording']);

const TEXT = {
  nl: {
    denied: 'Het model schreef dat een wettelijke eis niet nodig of optioneel is; Vaardig heeft die zin verwijderd',
    heading: 'Wettelijke eisen',
    after: 'Kan na indiensttreding worden behaald.',
    before: 'Nodig vóór de start.',
    back: 'Wettelijk verplicht; het model liet deze eis weg en Vaardig zette hem terug.',
    unconfirmed: 'Het model noemde dit wettelijk verplicht, maar Vaardigs tabel met wettelijke eisen bevestigt dat niet.',
    inText: 'De herschreven vacature noemde deze wettelijke eis niet; Vaardig heeft hem toegevoegd.',
  },
  en: {
    denied: 'The model wrote that a legal requirement is not needed or optional; Vaardig removed that sentence',
    heading: 'Legal requirements',
    after: 'Can be obtained after hiring.',
    before: 'Needed before the start.',
    back: 'Required by law; the model left it out and Vaardig put it back.',
    unconfirmed: 'The model called this legally required, but Vaardig’s table of legal requirements does not confirm it.',
    inText: 'The rewritten vacancy did not name this legal requirement; Vaardig added it.',
  },
};

function mentioned(requirement: Requirement, markdown: string): boolean {
  const text = markdown.toLowerCase();
  if (text.includes(requirement.text.toLowerCase().trim())) return true;
  const basis = requirement.legalBasis;
  if (!basis) return false;
  if (text.includes(basis.name.toLowerCase())) return true;
  // A law's name ("Wet BIG") in a citation names the law, not the requirement.
  const own = [basis.citation, basis.law]
    .filter(Boolean)
    .reduce((out, cite) => out.split(cite).join(' '), markdown)
    .replace(/\b(?:Wet|Besluit|Act)\s+\p{Lu}[\p{L}-]*/gu, ' ');
  return (patternsById.get(basis.id) ?? []).some((pattern) => compile(pattern)?.test(own) ?? false);
}

function cleanProfile(profile: PersonProfile, requirements: Requirement[]): { profile: PersonProfile; dropped: number } {
  let dropped = 0;
  const clean = (text: string) => {
    const out = dropSentences(text, (sentence) => denies(sentence, requirements));
    dropped += out.dropped.length;
    return out.markdown;
  };
  const list = (items: string[]) => items.map(clean).filter((item) => item.trim());
  return {
    profile: {
      summary: clean(profile.summary),
      motivation: list(profile.motivation),
      values: list(profile.values),
      workingStyle: list(profile.workingStyle),
      teamContribution: list(profile.teamContribution),
      learningNeeds: list(profile.learningNeeds),
    },
    dropped,
  };
}

/**
 * The requirements: legal ones re-imposed with their basis, the law's diplomas mandatory, the person profile without denials.
 * Long: each legal requirement of the rules checked against the model's in one pass, with its
 * card, warning and profile fix.
 */
export function guardLegal(translation: Translation, offline: Translation): Translation {
  const t = TEXT[translation.language];
  const requirements = translation.requirements.map((requirement) => ({ ...requirement }));
  let changes = [...translation.changes];
  const warnings: Warning[] = [...translation.warnings];
  const confirmed = new Set<string>();
  const usedIds = new Set(requirements.map((requirement) => requirement.id));

  for (const rule of offline.requirements.filter((requirement) => requirement.legal)) {
    // A model requirement that already carries another rule's basis (two laws merged into one line) stays with it.
    let matches = requirements.filter(
      (requirement) => sameRequirement(requirement, rule) && (!confirmed.has(requirement.id) || requirement.legalBasis?.id === rule.legalBasis?.id),
    );
    const likely = matches.filter((requirement) => requirement.legal || requirement.kind === 'licence' || requirement.kind === 'certificate');
    if (likely.length) matches = likely;
    if (matches.length === 0) {
      const id = usedIds.has(rule.id) ? `offline-${rule.id}` : rule.id;
      usedIds.add(id);
      requirements.push({ ...rule, id });
      confirmed.add(id);
      changes.push({
        requirementId: id,
        action: 'keep-legal',
        rule: 'guard.legal',
        concept: rule.legalBasis?.id ?? null,
        span: rule.span,
        reason: `${t.back} ${rule.legalBasis?.citation ?? ''}`.trim(),
      });
      warnings.push({ code: 'claude.legal-reimposed', message: `${rule.text}: ${t.back}`, span: rule.span });
      continue;
    }
    for (const match of matches) {
      // A diploma the law ties to the job stays mandatory whatever the model says.
      const mandatory = match.mandatory || rule.mandatory || rule.legalBasis?.diplomaRequired === true;
      Object.assign(match, { legal: true, legalBasis: rule.legalBasis, mandatory });
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
    changes.push({
      requirementId: requirement.id,
      action: 'keep-legal',
      rule: 'guard.legal',
      concept: requirement.legalBasis?.id ?? null,
      span: requirement.span,
      reason: requirement.legalBasis?.citation ?? t.back,
    });
  }

  // Experience does not count instead of a diploma the law requires.
  const lawDiploma = legal.some((r) => r.mandatory && r.legalBasis?.diplomaRequired && r.legalBasis.verified !== false);
  const { profile, dropped } = cleanProfile(translation.personProfile, requirements);
  if (dropped) warnings.push({ code: 'claude.legal-denied', message: `${t.denied} (${dropped}).`, span: null });
  return {
    ...translation,
    requirements,
    changes,
    warnings,
    personProfile: profile,
    experienceInPlaceOfEducation: translation.experienceInPlaceOfEducation && !lawDiploma,
  };
}

/**
 * The text: sentences the model wrote that deny a legal requirement go; a legal requirement the
 * text no longer names gets the rules' line back (and the law's heading when it went too), or a
 * new line under "Wettelijke eisen" when the rules' draft has none.
 * Long: the denials dropped and each missing legal line put back, in one pass over the model's pieces.
 */
export function guardLegalText(pieces: Piece[], translation: Translation, offline: Translation, ctx: TextContext): { pieces: Piece[]; warnings: Warning[] } {
  const t = TEXT[translation.language];
  const warnings: Warning[] = [];
  let dropped = 0;
  let out = rewriteModel(pieces, ctx, (markdown) => {
    const cleaned = dropSentences(markdown, (sentence) => denies(sentence, translation.requirements));
    dropped += cleaned.dropped.length;
    return cleaned.markdown;
  });
  if (dropped) warnings.push({ code: 'claude.legal-denied', message: `${t.denied} (${dropped}).`, span: null });

  const draft = offline.rewritten.blocks;
  // Named where it belongs: in the posting's own line that holds it, or in a block linked to it.
  // (A law's name elsewhere, such as "Wet BIG" in another line's citation, does not count.)
  const within = (r: Requirement, source: Block['source']) => !!r.span && !!source && r.span.start >= source.start && r.span.end <= source.end;
  const stands = (r: Requirement) =>
    out.some(
      ({ block }) =>
        block.markdown.trim() && ((block.kind === 'kept' && within(r, block.source)) || (block.requirementIds.includes(r.id) && mentioned(r, block.markdown))),
    );
  const missing = translation.requirements.filter((r) => r.legal && !stands(r));
  const appended: Requirement[] = [];
  for (const requirement of missing) {
    const lines = draft.filter(
      (block) =>
        block.kind === 'added' &&
        block.role !== 'heading' &&
        ctx.mapIds(block.requirementIds).includes(requirement.id) &&
        mentioned(requirement, block.markdown),
    );
    if (!lines.length) {
      appended.push(requirement);
      continue;
    }
    for (const line of lines) {
      out = restoreDraft(out, line, ctx);
      // The law's heading comes back with its line when the model took it out.
      const heading = draft
        .slice(0, draft.indexOf(line))
        .reverse()
        .find((block) => block.role === 'heading');
      if (heading?.kind === 'added') out = restoreDraft(out, heading, ctx, true);
    }
    warnings.push({ code: 'claude.legal-restored-in-text', message: `${requirement.text}: ${t.inText}`, span: requirement.span });
  }
  if (appended.length) {
    const at = out.reduce((last, piece, i) => (piece.block.kind !== 'kept' ? i : last), out.length - 1) + 1;
    const ids = appended.map((r) => r.id);
    const lines: Piece[] = appended.map((r, i) => ({
      block: {
        id: `legal${i + 1}`,
        kind: 'added',
        role: 'item',
        markdown: `- ${r.text}${r.legalBasis ? ` (${r.legalBasis.citation}). ${r.legalBasis.obtainableAfterHiring ? t.after : t.before}` : ''}`,
        requirementIds: [r.id],
      },
      from: 'draft',
    }));
    out.splice(at, 0, { block: { id: 'legal0', kind: 'added', role: 'heading', markdown: `### ${t.heading}`, requirementIds: ids }, from: 'draft' }, ...lines);
    for (const r of appended) warnings.push({ code: 'claude.legal-restored-in-text', message: `${r.text}: ${t.inText}`, span: r.span });
  }
  return { pieces: out, warnings };
}

/** Put a draft block back as the rules wrote it, where it stood (only when empty, for headings). */
function restoreDraft(pieces: Piece[], block: Block, ctx: TextContext, onlyWhenEmpty = false): Piece[] {
  const at = pieces.findIndex((piece) => piece.block.id === block.id);
  if (at >= 0) {
    if (onlyWhenEmpty && pieces[at]!.block.markdown.trim()) return pieces;
    return pieces.map((piece, i) => (i === at ? fromDraft(block, ctx.mapIds) : piece));
  }
  return [...pieces, fromDraft(block, ctx.mapIds)];
}
