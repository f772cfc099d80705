/**
 * What is approved is what is published (#19): when a save changes the skills, the person profile
 * or the learning routes of a profile, the vacancy text (`translation.rewritten`) follows.
 *
 * The engine's blocks stay the base: the posting's own lines (`kept`) are never touched, the lines
 * the engine wrote (`changed`, `added`) lose what names a removed skill, and the new sections
 * ("Wat je meebrengt", "Wat je bij ons leert", "Wie je bent") gain what was added. "Wie je bent" is
 * written from the person profile whole, as the engine writes it. Markdown is rendered again with
 * shared/blocks.ts. Pure: the route gives it the versions and how to tell knowledge from skills.
 *
 * Long: one pure transformation and the sentences it writes in Dutch and English; removing, adding
 * and the person profile work on the same blocks.
 */
import { renderMarkdown } from '../../shared/blocks';
import type { Language } from '../../shared/locale';
import type { Block, LearningRoute, PersonProfile, Rewritten, Skill, Translation } from '../../shared/translation';
import { dutchAbility, ENGINE_SUMMARY, labelInSentence, politeForm } from '../../shared/skill-wording';

type Section = 'bring' | 'learn' | 'who' | 'law';
const ORDER: Section[] = ['bring', 'learn', 'who', 'law'];

/** The engine's headings of its new sections, in both registers and languages. */
const SECTION_HEADINGS: Record<Section, RegExp> = {
  bring: /^(?:wat (?:je|u) meebrengt|what you bring)$/iu,
  learn: /^(?:wat (?:je|u) bij ons leert|what you learn with us)$/iu,
  who: /^(?:wie (?:je|u) bent|who you are)$/iu,
  law: /^(?:wat de wet vraagt|what the law asks)$/iu,
};

type Register = 'je' | 'u' | 'en';

const WORDS: Record<
  Register,
  {
    bring: string;
    learn: string;
    who: string;
    can: string;
    learns: string;
    knows: string;
    learnsAbout: string;
    route: (title: string, provider: string | null) => string;
  }
> = {
  je: {
    bring: 'Wat je meebrengt',
    learn: 'Wat je bij ons leert',
    who: 'Wie je bent',
    can: 'Je kunt',
    learns: 'Je leert',
    knows: 'Je hebt kennis van',
    learnsAbout: 'Je leert over',
    route: (title, provider) => `Je kunt leren via ${title}${provider ? ` bij ${provider}` : ''}.`,
  },
  u: {
    bring: 'Wat u meebrengt',
    learn: 'Wat u bij ons leert',
    who: 'Wie u bent',
    can: 'U kunt',
    learns: 'U leert',
    knows: 'U heeft kennis van',
    learnsAbout: 'U leert over',
    route: (title, provider) => `U kunt leren via ${title}${provider ? ` bij ${provider}` : ''}.`,
  },
  en: {
    bring: 'What you bring',
    learn: 'What you learn with us',
    who: 'Who you are',
    can: 'You can',
    learns: 'You learn to',
    knows: 'You have knowledge of',
    learnsAbout: 'You learn about',
    route: (title, provider) => `You can learn through ${title}${provider ? ` with ${provider}` : ''}.`,
  },
};

export interface TextEdit {
  /** The translation of the version the save starts from. */
  previous: Translation;
  /** The translation the save sends. */
  next: Translation;
  /** The vacancy text the blocks' sources point into ('' when the profile has none). */
  text: string;
  /** Whether a skill URI is knowledge ("kennis van …") rather than an ability ("je kunt …"). */
  knowledge?: (uri: string) => boolean;
}

const skillKey = (s: Skill) => `${(s.uri ?? s.label).toLowerCase()}|${s.mustHave ? 'must' : 'learn'}|${s.label.toLowerCase()}`;
const routeKey = (r: LearningRoute) => `${r.form}|${(r.sourceId ?? '').toLowerCase()}|${r.title.trim().toLowerCase()}|${(r.provider ?? '').toLowerCase()}`;
const profileItems = (p: PersonProfile) =>
  [...p.motivation, ...p.values, ...p.workingStyle, ...p.teamContribution, ...p.learningNeeds].map((s) => s.trim()).filter(Boolean);
const sameProfile = (a: PersonProfile, b: PersonProfile) => a.summary.trim() === b.summary.trim() && profileItems(a).join('\n') === profileItems(b).join('\n');

/**
 * The rewritten vacancy after the edit, or null when the skills, person profile and routes are
 * what they were (the text the save sends stands as it is).
 * Long: removed and added skills, qualities and routes replaced in the blocks in one pass that
 * keeps the other blocks as they were.
 */
export function regenerateRewritten({ previous, next, text, knowledge = () => false }: TextEdit): Rewritten | null {
  const before = new Set(previous.skills.map(skillKey));
  const after = new Set(next.skills.map(skillKey));
  // A skill whose label or "needed from day one" changed leaves its old line and gets a new one.
  const removedSkills = previous.skills.filter((s) => !after.has(skillKey(s)));
  const addedSkills = next.skills.filter((s) => !before.has(skillKey(s)));
  const routesBefore = new Set(previous.learningRoutes.map(routeKey));
  const routesAfter = new Set(next.learningRoutes.map(routeKey));
  const removedRoutes = previous.learningRoutes.filter((r) => !routesAfter.has(routeKey(r)));
  const addedRoutes = next.learningRoutes.filter((r) => !routesBefore.has(routeKey(r)) && r.title.trim());
  const profileChanged = !sameProfile(previous.personProfile, next.personProfile);
  if (!removedSkills.length && !addedSkills.length && !removedRoutes.length && !addedRoutes.length && !profileChanged) return null;

  const language = next.language;
  let blocks: Block[] = next.rewritten.blocks.length ? next.rewritten.blocks.map((b) => ({ ...b })) : blocksOf(next.rewritten.markdown);
  const register = registerOf(blocks, text, language);
  blocks = restoreHeading(blocks, previous.personProfile, register);
  const ids = new Set(blocks.map((b) => b.id));
  let n = 0;
  const newId = () => {
    let id: string;
    do id = `e${++n}`;
    while (ids.has(id));
    ids.add(id);
    return id;
  };

  // 1. What names a removed skill or route leaves the lines the engine wrote.
  const candidates = [...previous.skills, ...next.skills];
  const dropLine = (line: string, block: Block) => {
    if (!isItemLine(line, block)) return false;
    const section = block.kind === 'added' ? sectionOf(blocks, block) : null;
    if (section === 'learn' && removedRoutes.some((r) => mentions(line, r.title))) return true;
    // The law's lines and the person profile are no skill's: they stay.
    if (section === 'law' || section === 'who') return false;
    const best = bestSkill(line, candidates, language);
    return !!best && removedSkills.includes(best) && !next.skills.some((s) => skillKey(s) === skillKey(best)) && skillLine(line, best, language);
  };
  blocks = blocks.flatMap((block) => {
    if (block.kind === 'kept') return [block];
    const lines = block.markdown.split('\n');
    const kept = lines.filter((line) => !dropLine(line, block));
    if (kept.length === lines.length) return [block];
    const markdown = kept
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim();
    // A changed block left empty takes its source with it; an added one disappears.
    if (!markdown && block.kind === 'added') return [];
    return [{ ...block, markdown }];
  });

  // 2. Added skills and routes, in the sections the engine would have put them.
  const shownSkills = addedSkills.filter((s) => wording(s, language) !== null);
  const bring = shownSkills
    .filter((s) => s.mustHave)
    .map((s) => ({ markdown: `- ${ability(s, register, knowledge, false)}`, requirementIds: s.requirementIds }));
  const learn = [
    ...shownSkills.filter((s) => !s.mustHave).map((s) => ({ markdown: `- ${ability(s, register, knowledge, true)}`, requirementIds: s.requirementIds })),
    ...addedRoutes.map((r) => ({ markdown: `- ${WORDS[register].route(r.title.trim(), r.provider?.trim() || null)}`, requirementIds: [] as string[] })),
  ];
  const item = (line: { markdown: string; requirementIds: string[] }): Block => ({
    id: newId(),
    kind: 'added',
    role: 'item',
    markdown: line.markdown,
    requirementIds: line.requirementIds,
  });
  if (bring.length) blocks = addTo(blocks, 'bring', bring.map(item), register, newId, true);
  if (learn.length) blocks = addTo(blocks, 'learn', learn.map(item), register, newId, false);

  // 3. "Wie je bent" is the person profile, written again whole.
  if (profileChanged) blocks = rewriteWho(blocks, next.personProfile, register, newId);

  blocks = dropEmptySections(blocks, newId);
  const markdown = renderMarkdown(blocks, text);
  const jsonLd = next.rewritten.jsonLd ? { ...next.rewritten.jsonLd, description: markdown, skills: next.skills.filter((s) => s.mustHave).map(term) } : null;
  return { ...next.rewritten, blocks, markdown, jsonLd };
}

/** Blocks as they stand for the text: the same ids, kinds, roles, words and sources in order. */
const sameBlocks = (a: Block[], b: Block[]) =>
  a.length === b.length &&
  a.every((x, i) => {
    const y = b[i]!;
    return (
      x.id === y.id &&
      x.kind === y.kind &&
      x.role === y.role &&
      x.markdown === y.markdown &&
      x.source?.start === y.source?.start &&
      x.source?.end === y.source?.end
    );
  });

/**
 * The text a save publishes (#19): written again from edited skills, person profile or routes
 * (`regenerateRewritten`); else, when a person edited blocks of the text itself, the Markdown is
 * those blocks rendered, so the Markdown never says something the blocks do not; else the text as
 * sent. Null: nothing to change.
 */
export function settleRewritten(edit: TextEdit): Rewritten | null {
  const regenerated = regenerateRewritten(edit);
  if (regenerated) return regenerated;
  const blocks = edit.next.rewritten.blocks;
  if (!blocks.length || sameBlocks(edit.previous.rewritten.blocks, blocks)) return null;
  const markdown = renderMarkdown(blocks, edit.text);
  if (markdown === edit.next.rewritten.markdown) return null;
  const jsonLd = edit.next.rewritten.jsonLd ? { ...edit.next.rewritten.jsonLd, description: markdown } : null;
  return { ...edit.next.rewritten, markdown, jsonLd };
}

const term = (s: Skill) => ({
  '@type': 'DefinedTerm',
  name: s.label,
  ...(s.uri ? { '@id': s.uri, url: s.uri, inDefinedTermSet: 'http://data.europa.eu/esco/concept-scheme/skills' } : {}),
});

// --- Sections ---

const headingText = (markdown: string) =>
  markdown
    .replace(/^#{1,6}\s+/u, '')
    .replace(/\*\*/g, '')
    .replace(/[:\s]+$/u, '')
    .trim();

function sectionOfHeading(block: Block): Section | null {
  if (block.role !== 'heading') return null;
  const text = headingText(block.markdown);
  return ORDER.find((s) => SECTION_HEADINGS[s].test(text)) ?? null;
}

/** The section a block stands in: that of the nearest heading above it. */
function sectionOf(blocks: Block[], block: Block): Section | null {
  for (let i = blocks.indexOf(block); i >= 0; i--) if (blocks[i]!.role === 'heading') return sectionOfHeading(blocks[i]!);
  return null;
}

/**
 * [heading index, end index (exclusive)] of a section, or null. The engine's section, or the
 * posting's requirement block it named "Wat je meebrengt" (a changed heading): that one runs on over
 * the posting's items it kept, up to a line of the posting's prose.
 */
function extent(blocks: Block[], section: Section): [number, number] | null {
  const start = blocks.findIndex((b) => b.kind !== 'kept' && sectionOfHeading(b) === section);
  if (start < 0) return null;
  const renamed = blocks[start]!.kind === 'changed';
  let end = start + 1;
  while (end < blocks.length && blocks[end]!.role !== 'heading' && (blocks[end]!.kind !== 'kept' || (renamed && blocks[end]!.role === 'item'))) end++;
  return [start, end];
}

/** "Hoe je dit hebt geleerd, maakt niet uit …": the last line of "Wat je meebrengt" (EXEMPLARS.md, principle 6). */
const OR_EQUIVALENT = /^(?:hoe (?:je|u) dit hebt geleerd, maakt niet uit|how you learned this does not matter)/iu;

/** The heading level of the engine's sections ("#### Wat je meebrengt" under a posting with "####" headings), else "### ". */
function levelOf(blocks: Block[]): string {
  const own = blocks.find((b) => b.kind !== 'kept' && sectionOfHeading(b));
  return /^#{1,6}\s/u.exec(own?.markdown ?? '')?.[0] ?? '### ';
}

/** Where a new section goes: before the next of the engine's sections, after the previous one, else after the last changed line. */
function placeFor(blocks: Block[], section: Section): number {
  const at = ORDER.indexOf(section);
  for (const later of ORDER.slice(at + 1)) {
    const found = extent(blocks, later);
    if (found) return found[0];
  }
  for (const earlier of ORDER.slice(0, at).reverse()) {
    const found = extent(blocks, earlier);
    if (found) return found[1];
  }
  for (let i = blocks.length - 1; i >= 0; i--) if (blocks[i]!.kind !== 'kept' || blocks[i]!.requirementIds.length) return i + 1;
  return blocks.length;
}

/**
 * Items into a section: at its end when it exists; a skill needed from day one otherwise joins the
 * lines that replaced the posting's requirements (the engine writes "Wat je meebrengt" only for
 * what left the prose); else a new section with the engine's heading.
 */
function addTo(blocks: Block[], section: Section, items: Block[], register: Register, newId: () => string, joinRequirements: boolean): Block[] {
  const found = extent(blocks, section);
  if (found) {
    // Before "or equivalent", which stays the section's last line.
    const at = found[1] > found[0] + 1 && OR_EQUIVALENT.test(blocks[found[1] - 1]!.markdown.replace(BULLET, '')) ? found[1] - 1 : found[1];
    return [...blocks.slice(0, at), ...items, ...blocks.slice(at)];
  }
  if (joinRequirements) {
    // After the last line that replaced a requirement (one that left the text too stood in the list).
    let last = -1;
    blocks.forEach((b, i) => {
      if (b.kind === 'changed' && (b.role === 'item' || /^- /mu.test(b.markdown))) last = i;
    });
    if (last >= 0) return [...blocks.slice(0, last + 1), ...items, ...blocks.slice(last + 1)];
  }
  const heading: Block = {
    id: newId(),
    kind: 'added',
    role: 'heading',
    markdown: `${levelOf(blocks)}${WORDS[register][section as 'bring' | 'learn' | 'who']}`,
    requirementIds: [],
  };
  const at = placeFor(blocks, section);
  return [...blocks.slice(0, at), heading, ...items, ...blocks.slice(at)];
}

function rewriteWho(blocks: Block[], profile: PersonProfile, register: Register, newId: () => string): Block[] {
  const found = extent(blocks, 'who');
  const old = found ? blocks[found[0]]! : null;
  const ids = old?.requirementIds ?? [];
  // The qualities in the posting's register, as the engine writes them; a summary only when a person
  // wrote it (the engine's own is the panel's line, not the vacancy's: EXEMPLARS.md, nothing else is added).
  const summary = profile.summary.trim();
  const own = summary && !ENGINE_SUMMARY.test(summary) ? summary : '';
  const items = profileItems(profile).map((text) => (register === 'u' ? politeForm(sentence(text)) : sentence(text)));
  const section: Block[] =
    !own && !items.length
      ? []
      : [
          old ?? { id: newId(), kind: 'added', role: 'heading', markdown: `${levelOf(blocks)}${WORDS[register].who}`, requirementIds: ids },
          ...(own
            ? [
                {
                  id: newId(),
                  kind: 'added' as const,
                  role: 'paragraph' as const,
                  markdown: register === 'u' ? own.replace(/\bje\b/g, 'u') : own,
                  requirementIds: ids,
                },
              ]
            : []),
          ...items.map((text): Block => ({ id: newId(), kind: 'added', role: 'item', markdown: `- ${text}`, requirementIds: ids })),
        ];
  if (found) return [...blocks.slice(0, found[0]), ...section, ...blocks.slice(found[1])];
  const at = placeFor(blocks, 'who');
  return [...blocks.slice(0, at), ...section, ...blocks.slice(at)];
}

const HEADLESS = '__headless';

/**
 * The engine leaves out the heading of its first new section when the posting's own requirement
 * heading stands right above it (all of that section's lines left). Put it back while editing, so
 * that section is found like the others; `dropEmptySections` takes it out again where it still
 * stands under the posting's heading.
 */
function restoreHeading(blocks: Block[], profile: PersonProfile, register: Register): Block[] {
  const first = blocks.findIndex((b) => b.kind === 'added');
  if (first < 0 || blocks[first]!.role === 'heading') return blocks;
  const above = blocks
    .slice(0, first)
    .reverse()
    .find((b) => b.markdown.trim());
  if (above?.role !== 'heading' || above.kind !== 'kept') return blocks;
  let end = first;
  while (end < blocks.length && blocks[end]!.kind === 'added' && blocks[end]!.role !== 'heading') end++;
  const lines = blocks.slice(first, end).map((b) => b.markdown.replace(BULLET, '').trim());
  const own = new Set([profile.summary, ...profileItems(profile)].map((t) => significant(t).join(' ')).filter(Boolean));
  const section: Section = lines.some((l) => own.has(significant(l).join(' ')))
    ? 'who'
    : lines.some((l) => /\b(?:wettelijke basis|legal basis)\b/iu.test(l))
      ? 'law'
      : lines.every((l) => /^(?:(?:je|u) leert|you learn)\b/iu.test(l))
        ? 'learn'
        : 'bring';
  // The law's heading is the engine's own words in either register.
  const words = section === 'law' ? (register === 'en' ? 'What the law asks' : 'Wat de wet vraagt') : WORDS[register][section];
  const heading: Block = { id: HEADLESS, kind: 'added', role: 'heading', markdown: `### ${words}`, requirementIds: [] };
  return [...blocks.slice(0, first), heading, ...blocks.slice(first)];
}

/**
 * An added heading of the engine's sections with nothing left under it goes; so does one right
 * under the posting's own heading (the engine's rule: no empty heading beside another). The
 * posting's heading the engine named "Wat je meebrengt" is left without words when nothing stands
 * under it any more (its source goes with it).
 */
function dropEmptySections(blocks: Block[], newId: () => string): Block[] {
  const empty = (i: number) => {
    const next = blocks.slice(i + 1).find((x) => x.markdown.trim());
    return !next || next.role === 'heading';
  };
  return blocks
    .map((b, i) => (b.kind === 'changed' && b.markdown.trim() && sectionOfHeading(b) && empty(i) ? { ...b, markdown: '' } : b))
    .filter((b, i) => {
      if (b.kind !== 'added' || !sectionOfHeading(b)) return true;
      const next = blocks[i + 1];
      if (!next || next.role === 'heading' || next.kind !== 'added') return false;
      const above = blocks
        .slice(0, i)
        .reverse()
        .find((x) => x.markdown.trim());
      return !(above?.role === 'heading' && above.kind === 'kept');
    })
    .map((b) => (b.id === HEADLESS ? { ...b, id: newId() } : b));
}

// --- Lines and skills ---

const BULLET = /^\s*[-–—•*·▪●◦○■□➢➤►✓✔+]\s+/u;
const isItemLine = (line: string, block: Block) => BULLET.test(line) || (block.role === 'item' && !!line.trim());

const STOP = new Set([
  'zich',
  'je',
  'u',
  'van',
  'de',
  'het',
  'een',
  'en',
  'of',
  'in',
  'op',
  'met',
  'voor',
  'te',
  'the',
  'a',
  'an',
  'to',
  'and',
  'or',
  'for',
  'with',
  'on',
]);
const words = (text: string) =>
  text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
const significant = (text: string) => words(text).filter((w) => !STOP.has(w));

/** Does the line name every significant word of `phrase`? */
function mentions(line: string, phrase: string): boolean {
  const wanted = significant(phrase);
  if (!wanted.length) return false;
  const have = new Set(words(line));
  return wanted.every((w) => have.has(w));
}

const SKILL_SENTENCE =
  /^(?:[-–—•*·▪●◦○■□➢➤►✓✔+]\s+)?(?:(?:je|u) (?:kunt|kan|leert)|(?:(?:je hebt|u heeft) )?kennis van|you (?:can|learn)|(?:you have )?knowledge of)\b/iu;

/**
 * A line written for the skill: a skill sentence ("Je kunt …", "Je hebt kennis van …", "You learn …"), or
 * one whose words are mostly the skill's ("- Medicatie toedienen"), not a requirement that happens
 * to use its words ("Je hebt ervaring met plannen van projecten").
 */
function skillLine(line: string, skill: Skill, language: Language): boolean {
  if (SKILL_SENTENCE.test(line.trim())) return true;
  const own = new Set([...significant(skill.label), ...significant(wording(skill, language) ?? '')]);
  const all = significant(line);
  return all.length > 0 && all.filter((w) => own.has(w)).length / all.length >= 0.6;
}

/** The skill a line is written for: of those whose words it names, the one with the most words. */
function bestSkill(line: string, skills: Skill[], language: Language): Skill | null {
  let best: Skill | null = null;
  let most = 0;
  for (const skill of skills) {
    for (const phrase of [skill.label, wording(skill, language)]) {
      if (!phrase || !mentions(line, phrase)) continue;
      const size = significant(phrase).length;
      if (size > most) {
        best = skill;
        most = size;
      }
    }
  }
  return best;
}

/**
 * The words the text uses for a skill, or null when it has none in the text's language: its label,
 * or for a Dutch text without a Dutch label the Dutch label of its skill group when that reads as
 * an ability. Dutch text never carries an English label.
 */
function wording(s: Skill, language: Language): string | null {
  if (!s.untranslated) return s.label.trim() || null;
  if (language !== 'nl') return null;
  const group = s.groupLabel?.trim();
  if (!group || /[,()]/.test(group)) return null;
  const parts = group.split(/\s+/);
  return parts.length >= 2 && /en$/u.test(parts.at(-1)!) ? group : null;
}

/** A skill as a whole sentence: "Je kunt …", "Je hebt kennis van …", "Je leert …". */
function ability(s: Skill, register: Register, knowledge: (uri: string) => boolean, learn: boolean): string {
  const label = labelInSentence(wording(s, register === 'en' ? 'en' : 'nl')!);
  const isKnowledge = !!s.uri && knowledge(s.uri);
  const w = WORDS[register];
  if (register === 'en') return learn ? `${isKnowledge ? w.learnsAbout : w.learns} ${label}.` : `${isKnowledge ? w.knows : w.can} ${label}.`;
  const own = dutchAbility(label, register, isKnowledge);
  if (learn) return `${isKnowledge ? w.learnsAbout : w.learns} ${own}.`;
  return `${isKnowledge ? w.knows : w.can} ${own}.`;
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const sentence = (text: string) =>
  capital(
    text
      .replace(/\s+/g, ' ')
      .trim()
      .replace(BULLET, '')
      .replace(/[\s,;:]+$/u, ''),
  );

/** The form of address the text already uses ("Wat u meebrengt"), else the one the posting uses most. */
function registerOf(blocks: Block[], text: string, language: Language): Register {
  if (language === 'en') return 'en';
  for (const b of blocks) {
    if (b.kind === 'kept' || b.role !== 'heading') continue;
    if (/\b(?:wat|wie) u\b/iu.test(b.markdown)) return 'u';
    if (/\b(?:wat|wie) je\b/iu.test(b.markdown)) return 'je';
  }
  const u = (text.match(/\b(?:u|uw)\b/g)?.length ?? 0) > (text.match(/\b(?:je|jij|jouw)\b/gi)?.length ?? 0);
  return u ? 'u' : 'je';
}

/**
 * Blocks read back from Markdown, for a text without blocks: headings, items and paragraphs; the
 * engine's own sections are `added`, the rest `kept`.
 */
export function blocksOf(markdown: string): Block[] {
  const out: Block[] = [];
  let section: Section | null = null;
  for (const raw of markdown.split('\n')) {
    const line = raw.trim();
    if (!line) continue;
    const role: Block['role'] = /^#{1,6}\s/.test(line) ? 'heading' : BULLET.test(line) ? 'item' : 'paragraph';
    const block: Block = { id: `m${out.length + 1}`, kind: 'kept', role, markdown: role === 'item' ? line.replace(BULLET, '- ') : line, requirementIds: [] };
    if (role === 'heading') section = sectionOfHeading(block);
    out.push({ ...block, kind: section ? 'added' : 'kept' });
  }
  return out;
}
