/**
 * Claude's answer becomes a Translation: spans are found in the vacancy, skills grounded, and
 * everything the model is not trusted with (occupation, learning routes, warnings about the
 * original wording, data versions) comes from the offline result of the same vacancy. The text is
 * written in a second step (`writeBlocks`), once the requirement guards have run, so that every
 * block links to the requirements the translation finally holds.
 */
import { renderMarkdown } from '../../../shared/blocks';
import { ESCO_ATTRIBUTION } from '../../../shared/esco';
import type { Change, Requirement, Skill, Translation, Usage, Warning } from '../../../shared/translation';
import type { Vacancy } from '../../../shared/vacancy';
import type { Taxonomy } from '../../taxonomy';
import type { Answer } from './answer';
import { blockProblem, idMapper, mergeBlocks, type Piece, type TextContext } from './blocks';
import { groundSkills } from './ground';
import { guardContact } from './guard-contact';
import { guardTextLanguage } from './guard-language';
import { guardLegalText } from './guard-legal';
import { guardLinks } from './guard-links';
import { locate } from './spans';

/** The model's ids, made unique and kept apart from the offline engine's ("c1", "c2", ...). */
export function requirementIds(answer: Answer): Map<string, string> {
  const ids = new Map<string, string>();
  answer.requirements.forEach((requirement, i) => {
    if (!ids.has(requirement.id)) ids.set(requirement.id, `c${i + 1}`);
  });
  return ids;
}

/** The offline JobPosting export with Claude's text and grounded skills (schema.org DefinedTerms). */
function jsonLd(offline: Record<string, unknown> | null, markdown: string, skills: Skill[]): Record<string, unknown> | null {
  if (!offline) return null;
  const terms = skills
    .filter((skill) => skill.uri)
    .map((skill) => ({ '@type': 'DefinedTerm', name: skill.label, termCode: skill.uri, inDefinedTermSet: 'http://data.europa.eu/esco/skill' }));
  return { ...offline, description: markdown, skills: terms };
}

export function assemble(answer: Answer, offline: Translation, vacancy: Vacancy, taxonomy: Taxonomy, usage: Usage): Translation {
  const language = offline.language;
  const ids = requirementIds(answer);
  const mapId = (id: string | null) => (id === null ? null : (ids.get(id) ?? null));

  const requirements: Requirement[] = answer.requirements.map((requirement, i) => ({
    id: `c${i + 1}`,
    text: requirement.text,
    kind: requirement.kind,
    mandatory: requirement.mandatory,
    legal: requirement.legal,
    legalBasis: null,
    alternativeOffered: requirement.alternativeOffered,
    span: locate(requirement.text, vacancy.text),
  }));
  const spanOf = new Map(requirements.map((requirement) => [requirement.id, requirement.span]));

  const skills = groundSkills(
    answer.skills.map((skill) => ({ ...skill, requirementIds: skill.requirementIds.map(mapId).filter((id): id is string => id !== null) })),
    taxonomy,
    language,
  );

  const changes: Change[] = answer.changes.map((change) => {
    const requirementId = mapId(change.requirementId);
    return {
      requirementId,
      action: change.action,
      rule: 'claude',
      concept: null,
      span: requirementId ? (spanOf.get(requirementId) ?? null) : null,
      reason: change.reason,
    };
  });
  changes.push(...groundedSkillChanges(skills, requirements));

  return {
    language,
    engine: 'claude',
    fallback: null,
    title: answer.title ?? offline.title,
    occupation: offline.occupation,
    occupationCandidates: offline.occupationCandidates,
    requirements,
    skills,
    personProfile: answer.personProfile,
    learningRoutes: offline.learningRoutes,
    experienceInPlaceOfEducation: answer.experienceInPlaceOfEducation,
    // Written by writeBlocks once the requirement guards have run.
    rewritten: { markdown: '', blocks: [], jsonLd: null, readingLevel: null },
    changes,
    warnings: offline.warnings,
    attribution: ESCO_ATTRIBUTION,
    dataVersions: offline.dataVersions,
    usage,
  };
}

type TextGuard = (pieces: Piece[]) => { pieces: Piece[]; warnings: Warning[] };

/**
 * The rewritten vacancy as blocks: the rules' draft with the model's blocks merged in, then the
 * text guards (language, links, the law, contact details), in that order. Returns the translation
 * with its blocks, Markdown and JSON-LD, or what is wrong with the blocks (the caller falls back).
 */
export function writeBlocks(
  answer: Answer,
  translation: Translation,
  offline: Translation,
  vacancy: Vacancy,
  placeholders: Record<string, string>,
): { translation: Translation } | { problem: string } {
  const ctx: TextContext = { text: vacancy.text, language: translation.language, mapIds: idMapper(offline, translation.requirements) };
  const merged = mergeBlocks(answer, offline, translation.requirements, requirementIds(answer));
  const warnings = [...translation.warnings, ...merged.warnings];
  const guards: TextGuard[] = [
    (pieces) => guardTextLanguage(pieces, ctx),
    (pieces) => guardLinks(pieces, ctx),
    (pieces) => guardLegalText(pieces, translation, offline, ctx),
    (pieces) => guardContact(pieces, ctx, placeholders),
  ];
  let pieces = merged.pieces;
  for (const guard of guards) {
    const out = guard(pieces);
    pieces = out.pieces;
    warnings.push(...out.warnings);
  }
  // A block the model emptied that the posting never had is nothing to show or decide on.
  const blocks = pieces.map((piece) => piece.block).filter((block) => block.kind !== 'added' || block.markdown.trim());
  const problem = blockProblem(blocks, offline);
  if (problem) return { problem };
  const markdown = renderMarkdown(blocks, vacancy.text);
  return {
    translation: {
      ...translation,
      warnings,
      rewritten: { ...translation.rewritten, markdown, blocks, jsonLd: jsonLd(offline.rewritten.jsonLd, markdown, translation.skills) },
    },
  };
}

/** A card for each requirement a grounded skill stands for: translated (a diploma, a level, experience) or kept. */
function groundedSkillChanges(skills: Skill[], requirements: Requirement[]): Change[] {
  const spanOf = new Map(requirements.map((requirement) => [requirement.id, requirement.span]));
  const kindOf = new Map(requirements.map((requirement) => [requirement.id, requirement.kind]));
  return skills.flatMap((skill) =>
    !skill.uri
      ? []
      : skill.requirementIds.map((requirementId): Change => {
          const kind = kindOf.get(requirementId);
          return {
            requirementId,
            action: kind === 'diploma' || kind === 'education_level' || kind === 'experience' ? 'translate' : 'keep',
            rule: 'claude.grounded-skill',
            concept: skill.uri,
            span: spanOf.get(requirementId) ?? null,
            reason: `${skill.label}: ${skill.reason}`,
          };
        }),
  );
}
