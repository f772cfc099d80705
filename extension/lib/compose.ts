import type { PersonProfile, Skill, Translation, Vacancy } from '../../shared/schemas';
import { contentLabels, type ContentLabels } from './content-labels';
import type { Decision } from './db';
import { buildCards, effective } from './review';

/** Engine sections that hold requirements: these are rebuilt from the user's decisions. */
const REQUIREMENT_SECTION = /require|skill|profile|legal|law|learn|route|diploma|eis|profiel|vaardig|wet|leren|meebreng/i;

const bullet = (text: string) => `- ${text.replace(/\s+/g, ' ').trim()}`;

function skillLine(skill: Skill): string {
  return skill.untranslated && skill.groupLabel ? `${skill.groupLabel} (${skill.label})` : skill.label;
}

function profileBlock(profile: PersonProfile, labels: ContentLabels): string[] {
  const groups: Array<[string, string[]]> = [
    [labels.motivation, profile.motivation],
    [labels.values, profile.values],
    [labels.workingStyle, profile.workingStyle],
    [labels.teamContribution, profile.teamContribution],
    [labels.learningNeeds, profile.learningNeeds],
  ];
  const lines = groups.filter(([, items]) => items.length > 0).map(([label, items]) => bullet(`**${label}:** ${items.join('; ')}`));
  if (!profile.summary && lines.length === 0) return [];
  return [`## ${labels.whoYouAre}`, '', ...(profile.summary ? [profile.summary, ''] : []), ...lines, ''];
}

/** The requirements part of the vacancy, rebuilt from the cards and what the user decided. */
export function composeRequirements(translation: Translation, decisions: Record<string, Decision>): string {
  const labels = contentLabels(translation.language);
  const dayOne: string[] = [];
  const learnable: string[] = [];
  const legal: string[] = [];
  const seen = new Set<string>();
  const addSkill = (skill: Skill) => {
    const key = skill.uri ?? skill.label.toLowerCase();
    if (seen.has(key)) return;
    seen.add(key);
    (skill.mustHave ? dayOne : learnable).push(skillLine(skill));
  };

  for (const card of buildCards(translation)) {
    const decision = effective(card, decisions[card.id]);
    const text = decision.status === 'edited' ? decision.text!.trim() : card.requirement.text;
    if (card.kind === 'legal') {
      const basis = card.requirement.legalBasis;
      const after = basis?.obtainableAfterHiring ? `; ${labels.obtainableAfterHiring}` : '';
      legal.push(basis ? `${text} (${basis.citation}${after})` : text);
    } else if (decision.status !== 'accepted' || card.kind === 'keep') {
      dayOne.push(text);
    } else if (card.kind === 'translate' || card.kind === 'rephrase') {
      [...card.dayOne, ...card.learnable].forEach(addSkill);
    }
    // An accepted "profile" card moves into the person profile below.
  }
  // Skills the engine tied to no single requirement still belong to the vacancy.
  translation.skills.filter((skill) => skill.requirementIds.length === 0).forEach(addSkill);

  const part = (heading: string, lines: string[]) => (lines.length ? [`### ${heading}`, '', ...lines.map(bullet), ''] : []);
  const routes = translation.learningRoutes.map((route) => `${route.title}${route.provider ? ` (${route.provider})` : ''}`);
  return [
    `## ${labels.whatYouBring}`,
    '',
    ...part(labels.fromDayOne, dayOne),
    ...part(labels.learnWithUs, learnable),
    ...part(labels.requiredByLaw, legal),
    ...profileBlock(translation.personProfile, labels),
    ...(translation.experienceInPlaceOfEducation || routes.length ? [`## ${labels.noDiploma}`, '', labels.experienceCounts, ''] : []),
    ...part(labels.learningRoutes, routes),
  ]
    .join('\n')
    .trim();
}

/** Replace the lines holding the requirements (by their spans) with the rebuilt part. */
function replaceSpans(text: string, translation: Translation, composed: string): string | null {
  const spans = translation.requirements.flatMap((requirement) => (requirement.span ? [requirement.span] : []));
  if (spans.length === 0 || spans.some((span) => span.end > text.length)) return null;
  const start = text.lastIndexOf('\n', Math.min(...spans.map((span) => span.start)) - 1) + 1;
  const endLine = text.indexOf('\n', Math.max(...spans.map((span) => span.end)));
  const end = endLine === -1 ? text.length : endLine;
  return `${text.slice(0, start).trimEnd()}\n\n${composed}\n\n${text.slice(end).trimStart()}`.trim();
}

/**
 * The rewritten vacancy as the user decided it. Everything that is not a requirement (tasks,
 * offer, contact) stays as the engine kept it; the requirements part follows the decisions.
 */
export function composeVacancy(translation: Translation, vacancy: Vacancy, decisions: Record<string, Decision>): string {
  const composed = composeRequirements(translation, decisions);
  const title = translation.title ?? vacancy.title;
  const sections = translation.rewritten.sections;
  if (sections.length > 0) {
    const kept = sections.map((section) => {
      if (REQUIREMENT_SECTION.test(`${section.id} ${section.heading}`)) return null;
      const markdown = section.markdown.trim();
      return markdown.startsWith('#') || !section.heading ? markdown : `## ${section.heading}\n\n${markdown}`;
    });
    const at = kept.indexOf(null);
    const parts = kept.filter((part): part is string => part !== null);
    parts.splice(at === -1 ? parts.length : at, 0, composed);
    const body = parts.join('\n\n');
    return title && !body.startsWith('# ') ? `# ${title}\n\n${body}` : body;
  }
  if (translation.requirements.length === 0) return translation.rewritten.markdown || vacancy.text;
  const body = replaceSpans(vacancy.text, translation, composed) ?? `${vacancy.text.trim()}\n\n${composed}`;
  return title && !body.startsWith(title) ? `# ${title}\n\n${body}` : body;
}

/** The translation as the user decided it: what goes to review and into history. */
export function appliedTranslation(translation: Translation, vacancy: Vacancy, decisions: Record<string, Decision>): Translation {
  const markdown = composeVacancy(translation, vacancy, decisions);
  const cards = buildCards(translation);
  const dropped = new Set(cards.filter((card) => effective(card, decisions[card.id]).status !== 'accepted').map((card) => card.id));
  return {
    ...translation,
    skills: translation.skills.filter((skill) => skill.requirementIds.length === 0 || skill.requirementIds.some((id) => !dropped.has(id))),
    rewritten: { ...translation.rewritten, markdown },
  };
}
