import type { PersonProfile, Skill, Translation, Vacancy } from '../../shared/schemas';
import { contentLabels, type ContentLabels } from './content-labels';
import type { Decision } from './db';
import { proposalLines } from './proposal-lines';
import { buildCards, effective } from './review';

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
 * The engine's rewrite with the user's decisions applied: lines of a rejected change go back to
 * the original requirement, lines of an edited one become the user's wording, and nothing else
 * (tasks, offer, contact, the engine's phrasing of accepted changes) is touched.
 */
function patchRewritten(translation: Translation, vacancy: Vacancy, decisions: Record<string, Decision>): string {
  const lines = translation.rewritten.markdown.replace(/\r\n?/g, '\n').split('\n');
  const cards = buildCards(translation);
  const owned = proposalLines(translation, cards, vacancy.text);
  const replace = new Map<number, string | null>();
  const orphans: string[] = [];
  for (const card of cards) {
    const decision = effective(card, decisions[card.id]);
    if (decision.status === 'accepted') continue;
    const text = decision.status === 'edited' ? decision.text!.trim() : card.requirement.text;
    const mine = owned.get(card.id) ?? [];
    if (mine.length === 0) orphans.push(text);
    mine.forEach((line, at) => replace.set(line.index, at === 0 ? text : null));
  }
  const patched = lines.flatMap((line, index) => {
    if (!replace.has(index)) return [line];
    const text = replace.get(index);
    return text === null || text === undefined ? [] : [`- ${text}`];
  });
  if (orphans.length > 0) {
    // Put requirements the rewrite dropped back into its first list; else at the end.
    const firstBullet = patched.findIndex((line) => /^\s*[-*•]\s+/.test(line));
    const at = firstBullet === -1 ? patched.length : firstBullet;
    patched.splice(at, 0, ...orphans.map(bullet), ...(firstBullet === -1 ? [''] : []));
  }
  return patched.join('\n').replace(/\n{3,}/g, '\n\n').trim();
}

/** Without a rewrite from the engine: the vacancy with its requirements part rebuilt. */
function rebuild(translation: Translation, vacancy: Vacancy, decisions: Record<string, Decision>): string {
  const composed = composeRequirements(translation, decisions);
  const title = translation.title ?? vacancy.title;
  const body = replaceSpans(vacancy.text, translation, composed) ?? `${vacancy.text.trim()}\n\n${composed}`;
  return title && !body.startsWith(title) ? `# ${title}\n\n${body}` : body;
}

/** The rewritten vacancy as the user decided it. */
export function composeVacancy(translation: Translation, vacancy: Vacancy, decisions: Record<string, Decision>): string {
  if (translation.requirements.length === 0) return translation.rewritten.markdown || vacancy.text;
  if (translation.rewritten.markdown.trim()) return patchRewritten(translation, vacancy, decisions);
  return rebuild(translation, vacancy, decisions);
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
