/**
 * The vacancy written once, as blocks (#14; ARCHITECTURE.md §4): the posting's own lines kept, each
 * requirement's line changed or moved, and the added sections in the order of EXEMPLARS.md. Long:
 * the placing of every changed and added block is one walk over the posting's lines that shares
 * their sections and spans; it is to become one file per rule behind a registry (#18).
 */
import type { Language } from '../../../shared/locale';
import type { Block, PersonProfile, Requirement, Rewritten, Skill } from '../../../shared/translation';
import { renderMarkdown } from '../../../shared/blocks';
import { politeForm } from '../../../shared/skill-wording';
import { t } from './i18n';
import { has, LIST_MARK, PLUS_STRONG } from './cues';
import { personProfile } from './person-profile';
import { SAYS_ANYWHERE } from './experience';
import { diplomaBound } from '../../legal';
import { contentWords, postingWords } from './education';
import type { Line } from './segment';
import { headingKind } from './sections';
import { dutchAbility, labelInSentence } from '../../../shared/skill-wording';

export interface RewriteInput {
  text: string;
  lines: Line[];
  language: Language;
  requirements: Requirement[];
  /** Requirement id → its rewritten wording (experience without year counts, softened certificates). */
  rephrased: Map<string, string>;
  skills: Skill[];
  /** The traits the person profile may hold: only these leave the text (a trait moves whole, or stays). */
  profiled: ReadonlySet<string>;
  /** Experience may count instead (not an internship for students): said only where every demanded diploma left the text. */
  orEquivalent: boolean;
  /** The posting's heading over its tasks ("Wat ga je doen?"), when it has one. */
  tasksHeading?: string | null;
  /** The posting's task lines as abilities ("Je kunt offertes opstellen."), in its order: what a diploma or level stood for, in its own words. */
  taskAbilities?: string[];
  /** URIs of skills that are knowledge ("kennis van …") rather than abilities ("je kunt …"). */
  knowledge: Set<string>;
  /** The region the translation assumed: a Flemish posting that says neither "je kan" nor "je kunt" gets "je kan". */
  region?: 'NL' | 'BE' | null;
  /** On a page with several vacancies, where the one being rewritten starts: everything before it stays as it is. */
  scope?: number;
  /** Legal requirements whose own line says they are not needed: kept in place, named by the law's section. */
  denied?: ReadonlySet<string>;
}

/**
 * The vacancy as blocks (issue #14). Only requirements change, each where it stands: in the
 * posting's requirement blocks a diploma line is replaced by the skills it stood for, a year count
 * by the competence, while traits move to the person profile and legal demands to the law's own
 * section; everything else (the block's heading, the skills, languages, pluses and conditions it
 * asks for) stays word for word. Elsewhere only a diploma or a year count takes its whole sentence
 * out. The new sections follow the block: what you bring (for what left the prose), what you learn
 * with us, who you are, what the law asks.
 */
export function rewrite(input: RewriteInput): Pick<Rewritten, 'markdown' | 'blocks'> & { orEquivalent: boolean; profile: PersonProfile } {
  const { text, lines, language: lang, requirements } = input;
  const you = register(text, lang, input.region === 'BE');
  const within = (r: Requirement, l: Line) => !!r.span && r.span.start < l.end && r.span.end > l.start;
  const blockLines = requirementBlocks(lines, requirements, within);
  const continuation = continuationItems(lines);
  const education = (r: Requirement) => r.kind === 'diploma' || r.kind === 'education_level';
  const shownSkills = (r: Requirement) => input.skills.filter((s) => s.requirementIds.includes(r.id) && shown(s, lang, input.knowledge));
  // A diploma gives way only to skills the vacancy can show in its own language; with none, it
  // stays in the posting's words (the review card still proposes the skills).
  // A plus stays a plus in its own words: only a demanded diploma gives way, to at least one skill
  // needed from day one, and only when it asks nothing else ("… en je werkt graag met SAP" stays).
  const alone = (r: Requirement) => !/\b(?:en|and|maar|but)\s+(?:je|jij|u|you)\b|;\s*\S/iu.test(r.text);
  const mustHaves = (r: Requirement) => shownSkills(r).filter((s) => s.mustHave);
  const abilities = (input.taskAbilities ?? []).map((a) => a.replace(/^Je kunt /u, `${you.subject} ${you.can} `));
  const replaced = (r: Requirement) =>
    !r.legal &&
    ((education(r) && r.mandatory && alone(r) && !OWN_ROUTE.test(r.text) && (mustHaves(r).length > 0 || abilities.length > 0 || !!input.tasksHeading)) ||
      input.rephrased.has(r.id));
  // Each task line stands in for one diploma only: a second one gets its skills.
  const usedAbilities = new Set<string>();
  const fromTasks = (min: number): string[] => {
    const own = abilities.filter((a) => !usedAbilities.has(a)).slice(0, 4);
    if (own.length < min) return [];
    for (const a of own) usedAbilities.add(a);
    return own;
  };
  const memo = new Map<string, string[]>();
  // A line the rewrite already wrote (two demands that stood for the same skill) is written once.
  // The block that wrote it then stands for both demands.
  const writtenLines = new Map<string, string[]>();
  let lineIds: string[] = [];
  let alsoIn: string[][] = [];
  const once = (lines: string[]) =>
    lines.filter((l) => {
      const first = writtenLines.get(l);
      if (first) {
        if (first !== lineIds) alsoIn.push(first);
        return false;
      }
      writtenLines.set(l, lineIds);
      return true;
    });
  let pointedToTasks = false;
  const leaves = (r: Requirement) => (r.legal && !input.denied?.has(r.id)) || input.profiled.has(r.id);

  /** What stands in a requirement's place: its skills, its rephrasing, or its own words. */
  const replacement = (r: Requirement): string[] => {
    if (input.rephrased.has(r.id)) {
      const line = withSubject(sentence(input.rephrased.get(r.id)!), you, lang).replace(/^Je kunt /u, `${you.subject} ${you.can} `);
      return [you.subject === 'U' ? politeForm(line.replace('Dit kun je ook na je start', 'Dit kunt u ook na uw start')) : line];
    }
    if (education(r) && !r.mandatory && !r.legal) return [];
    if (!education(r) || !replaced(r)) return [withSubject(sentence(r.text), you, lang)];
    // The posting's own task lines say best what a diploma or a level stood for (EXEMPLARS.md,
    // principle 7); then ESCO's skills in the posting's language, several of one group said once;
    // at least the tasks' heading. (Asked once per requirement: blocks and sections share the answer.)
    const known = memo.get(r.id);
    if (known) return known;
    const skills = [...new Set(mustHaves(r).map((s) => ability(s, input, you, false)))];
    let out = fromTasks(2);
    if (!out.length) out = skills;
    if (!out.length) out = fromTasks(1);
    // The tasks' heading once: a second diploma it stood in for says nothing new.
    if (!out.length && !pointedToTasks)
      out = [
        t(
          lang,
          `${you.subject} ${you.can} het werk doen dat onder ‘${input.tasksHeading}’ staat.`,
          `You can do the work described under ‘${input.tasksHeading}’.`,
        ),
      ];
    if (out.length && !skills.length && !abilities.length) pointedToTasks = true;
    memo.set(r.id, out);
    return out;
  };

  const blocks: Block[] = [];
  const relocated: Relocated = { plus: [], practical: [] };
  // Qualities whose line stays among the demands (it asks more): the profile does not repeat them.
  const stayed = new Set<string>();
  const elsewhere = new Set<string>();
  const keptInProse = new Set<string>();
  const moved: Requirement[] = [];
  const fromProse: Requirement[] = [];
  let anchor = -1;
  let pastApplying = false;
  let lastDemand = -1;
  let n = 0;
  const id = () => `b${++n}`;

  lines.forEach((line) => {
    lineIds = [];
    alsoIn = [];
    const source = { start: line.start, end: line.end };
    const own = requirements.filter((r) => within(r, line));
    // Another vacancy on the same page: its lines stay as they are, and its traits too.
    if (line.end <= (input.scope ?? 0)) {
      const meta = isMeta(line.text);
      const role: Block['role'] = meta ? 'meta' : line.heading && looksLikeHeading(line) ? 'heading' : line.bullet ? 'item' : 'paragraph';
      blocks.push({ id: id(), kind: 'kept', role, markdown: keptMarkdown(line, role), source, requirementIds: own.map((r) => r.id) });
      for (const r of own) elsewhere.add(r.id);
      return;
    }
    const meta = isMeta(line.text);
    const role: Block['role'] = meta ? 'meta' : line.heading && looksLikeHeading(line) ? 'heading' : line.bullet ? 'item' : 'paragraph';
    const inBlock = blockLines.has(line);
    // The new sections follow the last line that asks something or the list it stands in ("Plezier
    // in zingen!"), not closing lines the block runs on into ("Solliciteer door een mailtje te sturen naar:").
    // A list of demands after the application part ("Interesse? … Wat verder belangrijk is") is a
    // closing note: the new sections stay with the block before it.
    if (line.heading && line.section === 'contact') pastApplying = anchor >= 0;
    // (Nor after a closing line that calls to apply: "… reageer dan direct;".)
    if (inBlock && (own.length || line.bullet || anchor < 0) && !pastApplying && !CALL_TO_APPLY.test(line.text)) anchor = blocks.length;
    // The last line of what is demanded (before any pluses): where "experience counts instead" goes.
    if (inBlock && line.section === 'requirements' && !line.heading) lastDemand = blocks.length;
    // Outside the requirement block a sentence leaves only when it demands the diploma or the
    // years of the candidate: "Je start met een betaalde opleiding" is the offer.
    const candidate = (r: Requirement) => (inBlock ? replaced(r) || leaves(r) : replaced(r) && (education(r) || !line.bullet) && DEMAND.test(r.text));
    // The unit of change is a list item or a sentence, never words cut out of one: it changes only
    // when everything it asks changes and what changes is most of it; otherwise it stays as written
    // (and its review card still proposes the change).
    const units = meta || line.heading ? [] : line.bullet ? [{ start: line.start, end: line.end }] : sentences(text, line);
    const changes = (u: { start: number; end: number }) => {
      const asked = own.filter((r) => r.span!.start < u.end && r.span!.end > u.start);
      // The field a demanded diploma prefers ("wo-niveau en bij voorkeur informatica") goes with it:
      // its skills are what the candidate learns with us.
      const withDiploma = (r: Requirement) =>
        education(r) && !r.mandatory && !r.legal && asked.some((x) => x !== r && education(x) && x.mandatory && candidate(x));
      if (!asked.length || covered(text, u, asked) < 0.6) return [];
      if (asked.every((r) => candidate(r) || withDiploma(r))) return asked;
      // A demanded diploma does not stay for what shares its sentence: "Je hebt hbo-niveau en bent
      // CCNA gecertificeerd" becomes what the level stood for and "Je bent CCNA gecertificeerd",
      // each of the other demands in its own words as a line of its own.
      return inBlock && asked.some((r) => education(r) && r.mandatory && candidate(r)) && asked.every((r) => candidate(r) || withDiploma(r) || standsAlone(r))
        ? asked
        : [];
    };
    // A demand split from a diploma's sentence stands as its own line when it is a clause that reads whole.
    const standsAlone = (r: Requirement) => !r.legal && !education(r) && r.text.split(/\s+/u).length >= 2 && !REFERS_BACK.test(r.text);
    // In the posting's own list of demands, a plus or a practical condition goes to its own section
    // (EXEMPLARS.md, principle 2 and 11), in its own words: "Mooi meegenomen", "Praktisch".
    const target = inBlock && line.section === 'requirements' && (line.bullet || units.length === 1) ? relocation(own, text, line) : null;
    if (target) {
      relocated[target].push({
        text: keptMarkdown(line, 'item')
          .replace(/^- /u, '')
          .replace(/\s*[;,]\s*$/u, ''),
        ids: own.map((r) => r.id),
      });
      blocks.push({ id: id(), kind: 'changed', role, markdown: '', source, requirementIds: own.map((r) => r.id) });
      return;
    }
    // A plus said in a sentence of its own beside a demand ("Minimaal tien jaar een B-rijbewijs. Een
    // A-rijbewijs heeft een sterke pré.") goes to "Mooi meegenomen"; the demand stays word for word.
    if (inBlock && line.section === 'requirements' && !meta && !line.heading && splitPlus(line, own)) return;
    const changing = [...new Set(units.flatMap(changes))];
    if (!changing.length) {
      blocks.push({ id: id(), kind: 'kept', role, markdown: keptMarkdown(line, role), source, requirementIds: own.map((r) => r.id) });
      if (inBlock) for (const r of own) stayed.add(r.id);
      // A quality left in a paragraph of the posting is in the person profile, but not said again under "Wie je bent".
      else for (const r of own) keptInProse.add(r.id);
      return;
    }
    // What only shared a sentence with a diploma stays in its own words: not moved.
    const kept = changing.filter((r) => !candidate(r) && !(education(r) && !r.mandatory));
    for (const r of kept) stayed.add(r.id);
    moved.push(...changing.filter((r) => !kept.includes(r)));
    let markdown: string;
    if (line.bullet && continuation.has(line)) {
      // An item that goes on from its lead-in ("Wij zoeken iemand:" … "- die een aanpakker is") can
      // hold no sentence of its own: what replaces it goes to the section written for it.
      markdown = '';
      fromProse.push(...changing.filter((r) => !leaves(r)));
    } else if (line.bullet) {
      // A list item is rewritten whole: each of its requirements by its replacement, in order.
      markdown = once(changing.filter((r) => !leaves(r)).flatMap(replacement))
        .map((l) => `- ${l}`)
        .join('\n');
    } else {
      // In prose only the sentences that change leave; the others stay word for word.
      const rest = units.filter((u) => !changes(u).length);
      markdown = clean(rest.map((u) => text.slice(u.start, u.end).trim()).join(' '));
      // A list flattened into one line ("Wie zoeken we? · Je hebt …; · Je bent …") is written as the
      // list it was, in its order: its lead-in, then each item in its own words or by what replaced it.
      if (inBlock && (line.text.match(/\s[-–•·▪]\s+(?=\p{Lu})/gu)?.length ?? 0) >= 2) {
        const own = (u: { start: number; end: number }) =>
          clean(text.slice(u.start, u.end))
            .replace(/^[-–•·▪]\s+/u, '')
            .replace(/\s*[;,]$/u, '');
        const lead = units[0] && !changes(units[0]).length && /[?:]$/u.test(own(units[0])) ? own(units[0]) : '';
        const items = units.slice(lead ? 1 : 0).flatMap((u) => {
          const asked = changes(u);
          return asked.length ? asked.filter((r) => !leaves(r)).flatMap(replacement) : [own(u)];
        });
        markdown = [
          lead,
          once(items)
            .map((w) => `- ${w}`)
            .join('\n'),
        ]
          .filter(Boolean)
          .join('\n\n');
      } else if (inBlock)
        markdown = [
          markdown,
          once(changing.filter((r) => !leaves(r)).flatMap(replacement))
            .map((l) => `- ${l}`)
            .join('\n'),
        ]
          .filter(Boolean)
          .join('\n\n');
      if (!inBlock) fromProse.push(...changing.filter((r) => !leaves(r)));
    }
    lineIds.push(...changing.map((r) => r.id));
    for (const ids of alsoIn) ids.push(...changing.map((r) => r.id).filter((x) => !ids.includes(x)));
    blocks.push({ id: id(), kind: 'changed', role, markdown, source, requirementIds: lineIds });
    if (!inBlock) anchor = Math.max(anchor, blocks.length - 1);
  });

  /** Moves the plus sentences of a line that also demands something; true when it did. */
  function splitPlus(line: Line, own: Requirement[]): boolean {
    const parts = sentences(text, line);
    if (parts.length < 2) return false;
    const asked = (u: { start: number; end: number }) => own.filter((r) => r.span!.start < u.end && r.span!.end > u.start);
    const plus = parts.filter((u) => {
      const a = asked(u);
      return a.length > 0 && a.every((r) => !r.mandatory && !r.legal) && has(PLUS_STRONG, text.slice(u.start, u.end));
    });
    const rest = parts.filter((u) => !plus.includes(u));
    if (!plus.length || !rest.length || rest.some((u) => asked(u).some((r) => replaced(r) || leaves(r)))) return false;
    for (const u of plus) relocated.plus.push({ text: clean(text.slice(u.start, u.end)).replace(LIST_MARK, ''), ids: asked(u).map((r) => r.id) });
    const words = clean(rest.map((u) => text.slice(u.start, u.end).trim()).join(' '));
    const role: Block['role'] = line.bullet ? 'item' : 'paragraph';
    blocks.push({
      id: id(),
      kind: 'changed',
      role,
      markdown: line.bullet ? `- ${words.replace(LIST_MARK, '')}` : words,
      source: { start: line.start, end: line.end },
      requirementIds: own.map((r) => r.id),
    });
    for (const u of rest) for (const r of asked(u)) stayed.add(r.id);
    anchor = blocks.length - 1;
    return true;
  }

  // The person profile holds every quality asked of the person; under "Wie je bent" the text says
  // only those whose line left the demands or the prose (a line that stays is not said twice).
  const profile = personProfile(
    requirements.filter((r) => input.profiled.has(r.id) && !elsewhere.has(r.id)),
    lang,
  );
  const shownProfile =
    keptInProse.size || stayed.size
      ? personProfile(
          requirements.filter((r) => input.profiled.has(r.id) && !elsewhere.has(r.id) && !stayed.has(r.id) && !keptInProse.has(r.id)),
          lang,
        )
      : profile;
  const added = newSections(input, shownProfile, moved, fromProse.flatMap(replacement), you, relocated);
  // Only where every demanded diploma left the text: one kept as written (its sentence asked more)
  // still asks for the diploma.
  const demanded = requirements.filter((r) => education(r) && r.mandatory);
  const diplomas = moved.filter((r) => education(r) && replaced(r)).map((r) => r.id);
  // Nor beside a registration or qualification only a diploma opens ("eerstegraads bevoegdheid", "BIG-registratie").
  const diplomaByLaw = requirements.some((r) => r.legal && r.legalBasis && diplomaBound(r.legalBasis.id));
  // Nor a second time: a year count rephrased as the work itself already says it was learned anywhere.
  const saidAlready = moved.some((r) => SAYS_ANYWHERE.test(input.rephrased.get(r.id) ?? ''));
  const orEquivalent = input.orEquivalent && diplomas.length > 0 && !diplomaByLaw && demanded.every((r) => moved.includes(r) && !r.legal);
  // "Experience counts instead" is the last line of what the candidate brings: right after the
  // requirement block, or last in the section written for what left the prose.
  // Before the pluses when the posting lists them after its demands.
  let orEquivalentAt = -1;
  if (orEquivalent && !saidAlready) {
    const line: Draft = { kind: 'added', role: 'item', markdown: `- ${you.orEquivalent}`, requirementIds: diplomas };
    const bring = added.findIndex((b, i) => i > 0 && b.role === 'heading');
    if (fromProse.length) added.splice(bring < 0 ? added.length : bring, 0, line);
    else if (lastDemand >= 0 && lastDemand < anchor) orEquivalentAt = lastDemand + 1;
    else added.unshift(line);
    if (orEquivalentAt >= 0) blocks.splice(orEquivalentAt, 0, { ...line, id: id() });
  }
  let at = anchor >= 0 ? anchor + 1 + (orEquivalentAt >= 0 ? 1 : 0) : lastRequirementLine(blocks) + 1;
  // Never under a heading the requirement block ends on: its section has no line of its own here
  // ("### Competenties" over words the segmenter read as headings). The new sections go before it.
  while (at > 0 && blocks[at - 1]!.role === 'heading' && blocks[at - 1]!.kind === 'kept') at--;
  // After prose that lost a diploma sentence, the list that follows it belongs with it: the new
  // sections come after that list, not between the prose and its items.
  if (!blockLines.size) while (at < blocks.length && blocks[at]!.role === 'item') at++;
  // Nor between the block and a lead-in of the posting's own that goes on without a heading ("En
  // werk je graag … aan o.a. de volgende taken:" over its list): under a new heading that list would
  // read as part of the new section. The new sections come after it.
  // (Not a lead-in that opens the offer or another part: "Wij bieden o.a:" ends the block.)
  const opensAnotherPart = (b: Block) => {
    const kind = headingKind(b.markdown);
    return kind === 'offer' || kind === 'about' || kind === 'contact';
  };
  while (
    blocks[at]?.kind === 'kept' &&
    blocks[at]!.role === 'paragraph' &&
    /:\s*$/u.test(blocks[at]!.markdown) &&
    !opensAnotherPart(blocks[at]!) &&
    blocks[at + 1]?.kind === 'kept' &&
    blocks[at + 1]!.role === 'item'
  ) {
    at++;
    while (blocks[at]?.kind === 'kept' && blocks[at]!.role === 'item') at++;
  }
  // A requirement heading all of whose lines left keeps what came in their place: the first new
  // section goes under the posting's own heading rather than beside an empty one.
  const before = blocks
    .slice(0, at)
    .reverse()
    .find((b) => b.markdown.trim());
  if (before?.role === 'heading' && before.kind === 'kept' && added[0]?.role === 'heading') added.shift();
  blocks.splice(at, 0, ...added.map((b) => ({ ...b, id: id() })));
  return { markdown: renderMarkdown(blocks, text), blocks, orEquivalent, profile };
}

type Draft = Omit<Block, 'id'>;

/**
 * The items of a list that go on from the line before it ("Wij zoeken iemand:" over "- met een
 * aangeboren nieuwsgierigheid", "- die een aanpakker is"): most of them open in lower case or with
 * a relative word, so each reads only as the end of the lead-in's sentence.
 */
function continuationItems(lines: Line[]): Set<Line> {
  const out = new Set<Line>();
  const goesOn = (l: Line) => {
    const body = l.text.replace(LIST_MARK, '').trim();
    return /^\p{Ll}/u.test(body) || /^(?:die|dat|met|een|en|who|with|that)\s/iu.test(body);
  };
  for (let i = 0; i < lines.length; i++) {
    // A lead-in that ends on the word its items complete ("Wij zoeken iemand die", "… met:") makes
    // every item a continuation, whatever its first letter.
    const open = /(?<![A-Za-zÀ-ÖØ-öø-ɏ])(?:die|dat|wie|who|that|met|with)\s*:?\s*\**$/iu.test(lines[i]!.text.replace(/^#+\s*/u, ''));
    if (lines[i]!.bullet || !(/:\s*\**$/u.test(lines[i]!.text) || open)) continue;
    const items: Line[] = [];
    for (let j = i + 1; j < lines.length && lines[j]!.bullet && !lines[j]!.heading; j++) items.push(lines[j]!);
    if (items.length >= 3 && (open || items.filter(goesOn).length * 2 >= items.length)) for (const l of items) out.add(l);
  }
  return out;
}

/**
 * The posting's own way past the diploma stays in its words: recognition of prior learning ("of je
 * bent daaraan gelijkgesteld via EVC"), an alternative that opens with "Of …" / "Or …", and a
 * demand whose footnote mark ("hbo werk- en denkniveau*") points to one.
 */
const OWN_ROUTE =
  /(?<![A-Za-zÀ-ÖØ-öø-ɏ])(?:EVC|EVP|erkenning van (?:eerder )?verworven competenties|recognition of prior learning)(?![A-Za-zÀ-ÖØ-öø-ɏ])|^\s*(?:of|or)\s|[A-Za-zÀ-ÖØ-öø-ɏ]\*\s*[;,.]?\s*$/iu;

const NOT_ASKED = new Set(['tasks', 'offer', 'about', 'contact', 'meta']);

/**
 * The lines of the posting's requirement blocks, each from its heading to the next heading: a
 * section its heading names as requirements, or an unnamed one ("Wij vragen van onze nieuwe
 * collega:") whose lines mostly ask something of the candidate. Tasks, offer, company and contact
 * sections are never a requirement block, whatever their lines hold.
 */
function requirementBlocks(lines: Line[], requirements: Requirement[], within: (r: Requirement, l: Line) => boolean): Set<Line> {
  const out = new Set<Line>();
  let i = 0;
  while (i < lines.length) {
    let j = i + 1;
    while (j < lines.length && !lines[j]!.heading) j++;
    const section = lines.slice(i, j);
    const body = section.filter((l) => !l.heading);
    const kind = section[0]!.heading ? section[0]!.section : body[0]?.section;
    const asking = body.filter((l) => requirements.some((r) => within(r, l))).length;
    const named = kind === 'requirements' || kind === 'preferred';
    const dense = !NOT_ASKED.has(kind ?? 'other') && section[0]!.heading && body.length >= 2 && asking / body.length >= 0.5;
    if (named || dense) for (const l of section) out.add(l);
    i = j;
  }
  // A list its lead-in introduces ("… verder herken jij je in de volgende punten:") whose items
  // mostly ask something is a requirement block too, where no heading names one.
  for (let k = 0; k < lines.length; k++) {
    const lead = lines[k]!;
    if (out.has(lead) || lead.heading || lead.bullet || !/:\s*$/u.test(lead.text) || NOT_ASKED.has(lead.section)) continue;
    const items: Line[] = [];
    for (let m = k + 1; m < lines.length && lines[m]!.bullet && !lines[m]!.heading; m++) items.push(lines[m]!);
    const asking = items.filter((l) => requirements.some((r) => within(r, l))).length;
    if (items.length >= 3 && asking / items.length >= 0.6) for (const l of [lead, ...items]) out.add(l);
  }
  return out;
}

type Relocated = Record<'plus' | 'practical', Array<{ text: string; ids: string[] }>>;

/**
 * Where a list item of the demands goes when it is not a demand: every requirement it holds is a
 * plus (not the law's), or a practical condition (hours, place, a licence no law ties to the job),
 * and they make up most of it.
 */
function relocation(own: Requirement[], text: string, line: Line): keyof Relocated | null {
  if (!own.length || own.some((r) => r.legal) || covered(text, { start: line.start, end: line.end }, own) < 0.6) return null;
  // A plus said as one ("is een pré", "bij voorkeur", "troef"), not "… en eventueel Frans".
  if (own.every((r) => !r.mandatory) && has(PLUS_STRONG, line.text)) return 'plus';
  if (own.every((r) => r.mandatory && (r.kind === 'other' || r.kind === 'licence'))) return 'practical';
  return null;
}

function newSections(input: RewriteInput, profile: PersonProfile, moved: Requirement[], bring: string[], you: Register, relocated: Relocated): Draft[] {
  const lang = input.language;
  const out: Draft[] = [];
  const section = (heading: string, items: Array<{ text: string; ids: string[] }>) => {
    const seen = new Set<string>();
    const unique = items.filter((i) => {
      const k = i.text.toLowerCase();
      if (!i.text.trim() || seen.has(k)) return false;
      seen.add(k);
      return true;
    });
    if (!unique.length) return;
    out.push({ kind: 'added', role: 'heading', markdown: `### ${heading}`, requirementIds: [...new Set(unique.flatMap((i) => i.ids))] });
    for (const i of unique) out.push({ kind: 'added', role: 'item', markdown: `- ${i.text}`, requirementIds: i.ids });
  };
  const ids = moved.map((r) => r.id);
  section(
    t(lang, you.bring, 'What you bring'),
    bring.map((text) => ({ text, ids })),
  );
  section(t(lang, 'Mooi meegenomen', 'Nice to have'), relocated.plus);
  // "Je leert …" promises in the employer's name: only what the posting itself names (a plus, a
  // task), never an occupation's essential the employer did not mention.
  let named: ReadonlySet<string> | null = null;
  section(
    t(lang, you.learn, 'What you learn with us'),
    input.skills
      .filter((s) => !s.mustHave && movedSkill(s, moved) && namedIn(s, lang, (named ??= postingWords(input.text))))
      .filter((s) => shown(s, lang, input.knowledge))
      .map((s) => ({ text: ability(s, input, you, true), ids: s.requirementIds })),
  );
  const p = profile;
  const traits = moved.filter((r) => r.kind === 'trait').map((r) => r.id);
  const profileItems = [...p.motivation, ...p.values, ...p.workingStyle, ...p.teamContribution, ...p.learningNeeds].map((text) => ({
    text: you.subject === 'U' ? politeForm(sentence(text)) : sentence(text),
    ids: traits,
  }));
  // Only the posting's qualities, in its register (EXEMPLARS.md: nothing else is added; the
  // profile's summary is the panel's, not a line of the vacancy).
  if (traits.length && profileItems.length) {
    out.push({ kind: 'added', role: 'heading', markdown: `### ${t(lang, you.who, 'Who you are')}`, requirementIds: traits });
    for (const i of profileItems) out.push({ kind: 'added', role: 'item', markdown: `- ${i.text}`, requirementIds: i.ids });
  }
  // A demand the posting denies is named from Vaardig's legal table, not in the posting's words.
  const denied = input.requirements.filter((r) => r.legal && r.legalBasis && input.denied?.has(r.id));
  section(t(lang, 'Wat de wet vraagt', 'What the law asks'), [
    ...moved.filter((r) => r.legal).map((r) => ({ text: legalLine(r.text, r, lang, you), ids: [r.id] })),
    ...denied.map((r) => ({ text: legalLine(r.legalBasis!.name, r, lang, you), ids: [r.id] })),
  ]);
  section(t(lang, 'Praktisch', 'Practical'), relocated.practical);
  return out;
}

/** The posting uses every content word of the skill's label in its language. */
function namedIn(s: Skill, lang: Language, words: ReadonlySet<string>): boolean {
  const label = wordingLabel(s, lang);
  const own = contentWords(label);
  return own.length > 0 && own.every((w) => words.has(w));
}
const wordingLabel = (s: Skill, lang: Language) => (lang === 'nl' && s.untranslated ? (s.groupLabel ?? '') : s.label);

/** A skill the new sections may show: one tied to a moved requirement, in the posting's language. */
// Skills behind a diploma the law requires are what the training covers, not a replacement: the
// diploma itself stands under the law.
const movedSkill = (s: Skill, moved: Requirement[]) => s.requirementIds.some((id) => moved.some((r) => r.id === id && !r.legal));
/**
 * The words the published text uses for a skill, or null when it has none in the posting's
 * language: ESCO's Dutch label, else the Dutch label of its skill group when that reads as an
 * ability ("houten en metalen onderdelen installeren"). Dutch text never carries an English label.
 */
export function wording(s: Skill, lang: Language, knowledge: ReadonlySet<string>): string | null {
  if (lang !== 'nl' || !s.untranslated) return s.label.trim();
  const group = s.groupLabel?.trim();
  if (!group || /[,()]/.test(group)) return null;
  const words = group.split(/\s+/);
  // A knowledge group is too broad to stand for a skill ("recht" for a support worker's "social
  // legislation"); an ability group still says what someone can do.
  if (s.uri && knowledge.has(s.uri)) return null;
  return words.length >= 2 && /en$/u.test(words.at(-1)!) ? group : null;
}

/** A skill the published text may name. */
export const shown = (s: Skill, lang: Language, knowledge: ReadonlySet<string>) => wording(s, lang, knowledge) !== null;

/** A skill as a whole sentence in the posting's form of address: "Je kunt …", "Kennis van …", "Je leert …". */
function ability(s: Skill, input: RewriteInput, you: Register, learn: boolean): string {
  const knowledge = !!s.uri && input.knowledge.has(s.uri);
  const label = labelInSentence(wording(s, input.language, input.knowledge) ?? s.label.trim());
  if (input.language === 'en') return learn ? `You learn ${knowledge ? 'about' : 'to'} ${label}.` : knowledge ? `Knowledge of ${label}.` : `You can ${label}.`;
  const own = dutchAbility(label, you.subject.toLowerCase(), knowledge);
  if (learn) return `${you.subject} ${you.learns} ${knowledge ? 'over ' : ''}${own}.`;
  return knowledge ? `Kennis van ${own}.` : `${you.subject} ${you.can} ${own}.`;
}

function legalLine(words: string, r: Requirement, lang: Language, you: Register): string {
  // The law's own line stays in the posting's words, letter for letter.
  const own = words.replace(LIST_MARK, '').trim().replace(/[;,]$/u, '');
  const basis = r.legalBasis;
  const end = /[.!?]$/u.test(own) ? '' : '.';
  if (!basis) return `${own}${end}`;
  // Another country's law is kept as written and said to be unchecked.
  // Another country's law stands in its own words; that Vaardig did not check it is the panel's
  // note (the card's label), not the employer's sentence.
  if (basis.verified === false) return `${own}${end}`;
  const when = !basis.obtainableAfterHiring
    ? t(lang, you.before, 'You need this before you start')
    : TRAINEE.test(basis.obtainableCode ?? '')
      ? t(lang, you.trainee, 'Still in training for it? Then you can sometimes start with us as a trainee')
      : basis.obtainableCode === 'yes_under_supervision'
        ? t(lang, you.supervised, 'Still in training for it? Then you first work under supervision')
        : basis.obtainableCode === 'yes_within_period'
          ? t(lang, you.within, 'Not there yet? You can start if you obtain it within the period the law allows; ask us what is possible')
          : t(lang, you.after, 'You can also obtain this after you are hired');
  // The law in words and its article; the BWBR identifier is for the panel, not the vacancy.
  return `${own}${end} ${t(lang, 'Wettelijke basis', 'Legal basis')}: ${basis.citation.replace(/\s*\(BWBR\d+\)/g, '').replace(/BWBR\d+;\s*/g, '')}. ${when}.`;
}

interface Register {
  subject: string;
  can: string;
  learns: string;
  bring: string;
  learn: string;
  who: string;
  orEquivalent: string;
  after: string;
  before: string;
  trainee: string;
  supervised: string;
  within: string;
}

/** Codes of the legal table under which someone still in training may start, but not yet hold the qualification (#16). */
const TRAINEE = /^(?:yes_as_trainee|yes_as_trainee_limited|yes_as_trainee_without_title|yes_with_other_title|yes_before_authority|yes_limited|partly)$/u;

/** The posting's form of address: "u" postings get "u", all others "je". */
function register(text: string, lang: Language, flemish = false): Register {
  const u = lang === 'nl' && (text.match(/\b(?:u|uw)\b/g)?.length ?? 0) > (text.match(/\b(?:je|jij|jouw)\b/gi)?.length ?? 0);
  return u
    ? {
        subject: 'U',
        can: 'kunt',
        learns: 'leert',
        bring: 'Wat u meebrengt',
        learn: 'Wat u bij ons leert',
        who: 'Wie u bent',
        orEquivalent: 'Hoe u dit hebt geleerd, maakt niet uit: in een opleiding, in uw werk of op een andere manier.',
        after: 'U kunt dit ook na uw aanstelling halen',
        before: 'Dit heeft u nodig voordat u begint',
        trainee: 'Bent u nog in opleiding hiervoor? Dan kunt u soms al als leerling bij ons beginnen',
        supervised: 'Bent u nog in opleiding hiervoor? Dan werkt u eerst onder toezicht',
        within: 'Heeft u dit nog niet? Dan kunt u beginnen als u het haalt binnen de termijn die de wet geeft; vraag ons wat er kan',
      }
    : {
        subject: 'Je',
        can: flemishCan(text, flemish) ? 'kan' : 'kunt',
        learns: 'leert',
        bring: 'Wat je meebrengt',
        learn: 'Wat je bij ons leert',
        who: 'Wie je bent',
        orEquivalent:
          lang === 'nl'
            ? 'Hoe je dit hebt geleerd, maakt niet uit: in een opleiding, in je werk of op een andere manier.'
            : 'How you learned this does not matter: in a programme, at work or in another way.',
        after: `Je ${flemishCan(text, flemish) ? 'kan' : 'kunt'} dit ook na je aanstelling halen`,
        before: 'Dit heb je nodig voordat je begint',
        trainee: 'Ben je nog in opleiding hiervoor? Dan kun je soms al als leerling bij ons beginnen',
        supervised: 'Ben je nog in opleiding hiervoor? Dan werk je eerst onder toezicht',
        within: `Heb je dit nog niet? Dan ${flemishCan(text, flemish) ? 'kan' : 'kun'} je beginnen als je het haalt binnen de termijn die de wet geeft; vraag ons wat er kan`,
      };
}

/** The posting writes "je kan" (as Flemish postings do) more than "je kunt" (a Flemish one, at least as often): the rewrite follows it. */
function flemishCan(text: string, flemish = false): boolean {
  const kan = text.match(/(?<![A-Za-zÀ-ÖØ-öø-ɏ])(?:je|jij) kan(?![A-Za-zÀ-ÖØ-öø-ɏ])/giu)?.length ?? 0;
  const kunt = text.match(/(?<![A-Za-zÀ-ÖØ-öø-ɏ])(?:(?:je|jij) kunt|kun je)(?![A-Za-zÀ-ÖØ-öø-ɏ])/giu)?.length ?? 0;
  return kan > kunt || (flemish && kan >= kunt);
}

/** Front matter, `key: value` facts ("Salaris: € 2.900", "uren: 32") and bare tags: never prose or headings. */
function isMeta(line: string): boolean {
  const text = line.trim().replace(/^[*_]+|[*_]+$/g, '');
  if (/^(?:-{3,}|={3,}|<[^>]+>)$/u.test(text)) return true;
  const fact = /^([A-Za-zÀ-ÖØ-öø-ɏ][A-Za-zÀ-ÖØ-öø-ɏ\d_ -]{0,30}?)\s*:\s*(\S.*)$/u.exec(text);
  return (
    !!fact && fact[1]!.split(/\s+/).length <= 3 && fact[2]!.split(/\s+/).length <= 8 && !/[.!?]$/.test(fact[2]!) && !/^(?:let op|note|tip|ps)$/iu.test(fact[1]!)
  );
}

/**
 * A line the segmenter saw as a section break is shown as a heading only when it looks like one:
 * Markdown or bold, a question or "…:", or a section it names. A short line such as "Full time"
 * or a place name stays a line.
 */
function looksLikeHeading(line: Line): boolean {
  const text = line.text.trim();
  if (/^(?:#{1,6}\s|\*\*|__)/.test(text)) return true;
  // "…:" or "…?" heads what follows, unless it is a sentence with a subject and a number or a verb
  // after it ("We werken in Zuid-Holland voor:", "Deze opleiding bestaat uit 2 onderdelen:").
  if (/[:?]\s*\**$/.test(text))
    return (
      !/^(?:we|wij|je|jij|u|ze|zij|dit|deze|er|het|onze?|our|we're|you)\s+[A-Za-zÀ-ÖØ-öø-ɏ]+\s+\S/iu.test(text) && !/\d/u.test(text) && !leadSentence(text)
    );
  // A line in lower case or ending in a full stop is a sentence ("enthousiaste … voor onze peutergroep.").
  if (/^\p{Ll}/u.test(text) || /\.\s*\**$/u.test(text)) return false;
  // A short line naming a section ("Wat bieden wij", "Functie-eisen") is a heading; an item of a
  // list without marks ("Een jonge organisatie", "Salaris conform CAO") is not.
  // A line that goes on after a question or a sentence, or holds an address, is a line.
  return line.section !== 'other' && !/^(?:een|de|het|the|a|an)\b/iu.test(text) && !/\d|€|\bconform\b|\bper\b|@|https?:|www\.|[.?!]\s+\S/iu.test(text);
}

/**
 * A long "…:" line that speaks to the reader mid-sentence ("Afhankelijk van jouw voorkeur werk je
 * binnen:", "Met vragen kunt u contact opnemen met:") or tells them what to do ("Neem vrijblijvend
 * contact op met Jim via:") introduces a list; a heading asks ("Wat je in deze rol gaat doen:").
 */
function leadSentence(text: string): boolean {
  const words = text.replace(/[*_#]/gu, '').trim().split(/\s+/u);
  if (words.length < 6 || !/:\s*\**$/u.test(text) || /^(?:wat|wie|waar|waarom|hoe|welke|what|who|why|how|where|which)(?![A-Za-zÀ-ÖØ-öø-ɏ])/iu.test(words[0]!))
    return false;
  return words.slice(1).some((w) => /^(?:je|jij|u|we|wij|you|we're|you'll)[,:]?$/iu.test(w)) || /^(?:neem|bel|mail|stuur|kijk|lees|contact)$/iu.test(words[0]!);
}

const CALL_TO_APPLY = /(?<![A-Za-zÀ-ÖØ-öø-ɏ])(?:reageer|solliciteer|stuur (?:je|uw) (?:cv|sollicitatie)|apply now|apply today)(?![A-Za-zÀ-ÖØ-öø-ɏ])/iu;

/** A demand made of the candidate: "je hebt", "in het bezit van", "minimaal", "required", "you have". */
const DEMAND =
  /\b(?:je hebt|jij hebt|heb je|u heeft|beschik\w* (?:je |u )?over|in het bezit|vereist|verplicht|noodzakelijk|minimaal|minimum|ten minste|at least|required|requires?|must|you have|you hold|afgeronde|diploma|degree|werk- en denkniveau|denkniveau)\b/iu;
const TAGS = /<\/?[a-z][^>]*>/giu;

/** A kept line as Markdown: the posting's own words; list marks made Markdown's, inline HTML dropped. */
function keptMarkdown(line: Line, role: Block['role']): string {
  // A line that is only a list mark holds nothing to show.
  if (/^[-–—•*·▪●◦○■□➢➤►✓✔+\s]*$/u.test(line.text)) return '';
  const text = line.text
    .replace(/<\/?(?:strong|b)>/giu, '**')
    .replace(TAGS, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
  // A heading's own emphasis marks ("***Must-Haves****", "### **Job Title**") are its layout: the heading mark says it.
  if (role === 'heading') {
    const words = text.replace(/^#{1,6}\s+/, '').replace(/^[*_]{2,}\s*|\s*[*_]{2,}$/g, '');
    // Emphasis left unbalanced inside ("Wie zijn ***Phil & Flo") goes too: the heading mark says it.
    const balanced = (words.match(/\*/g) ?? []).length % 2 === 0 ? words : words.replace(/[*_]{2,}/g, '');
    return `${/^#{1,6}\s/.exec(text)?.[0] ?? '### '}${balanced}`;
  }
  if (role !== 'item') return text;
  const body = text.replace(LIST_MARK, '');
  // A line that is only a list mark holds nothing to show.
  return /^[-–—•*·▪●◦○■□➢➤►✓✔+]*$/u.test(body) ? '' : `- ${body}`;
}

/** Sentence spans of a line: split after . ! ? (and an inline list mark) before a capital, never inside a word. */
function sentences(text: string, line: Line): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  const body = text.slice(line.start, line.end);
  // A flattened list runs its items on after a sentence's end: "Wie zoeken wij? - Je hebt …", and
  // after its lead-in: "… het volgend profiel: - Je hebt …".
  const re = /(?<=[.!?;])\s+(?:[-–•·▪]\s+)?(?=[\p{Lu}"“‘(])|(?<=:)\s+[-–•·▪]\s+(?=[\p{Lu}"“‘(])|\s+[•·▪]\s+(?=[\p{Lu}"“‘(])/gu;
  let last = 0;
  for (let m = re.exec(body); m; m = re.exec(body)) {
    out.push({ start: line.start + last, end: line.start + m.index });
    last = m.index + m[0].length;
  }
  out.push({ start: line.start + last, end: line.end });
  return out;
}

/** The share of a unit's letters that its requirements' spans cover. */
function covered(text: string, unit: { start: number; end: number }, asked: Requirement[]): number {
  // The unit's letters and digits (one outside the BMP, a pair of code units, counts once).
  let all = 0;
  for (let i = unit.start; i < unit.end; i++) {
    const c = text.charCodeAt(i);
    const next = i + 1 < unit.end ? text.charCodeAt(i + 1) : 0;
    if (c >= 0xd800 && c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
      if (LETTER_OR_DIGIT.test(text.slice(i, i + 2))) all++;
      i++;
    } else if (letterOrDigit(c)) all++;
  }
  if (!all) return 0;
  const marks = new Uint8Array(unit.end - unit.start);
  for (const r of asked) for (let i = Math.max(r.span!.start, unit.start); i < Math.min(r.span!.end, unit.end); i++) marks[i - unit.start] = 1;
  let hit = 0;
  for (let i = 0; i < marks.length; i++) if (marks[i] && letterOrDigit(text.charCodeAt(unit.start + i))) hit++;
  return hit / all;
}

const LETTER_OR_DIGIT = /[A-Za-zÀ-ÖØ-öø-ɏ\p{N}]/u;
/** Per UTF-16 code unit, as LETTER_OR_DIGIT tells it: 1 a letter or digit, 2 not (a lone surrogate is neither), 0 not asked yet. */
const letterOrDigitUnits = new Uint8Array(0x10000);
function letterOrDigit(c: number): boolean {
  let known = letterOrDigitUnits[c]!;
  if (!known) known = letterOrDigitUnits[c] = LETTER_OR_DIGIT.test(String.fromCharCode(c)) ? 1 : 2;
  return known === 1;
}

function lastRequirementLine(blocks: Block[]): number {
  for (let i = blocks.length - 1; i >= 0; i--) if (blocks[i]!.requirementIds.length) return i;
  return blocks.length - 1;
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const clean = (s: string) => s.replace(/\s+/g, ' ').trim();

/** A clause that opens with its verb ("bent CCNA gecertificeerd") gets the posting's subject back. */
const FINITE =
  /^(?:bent|hebt|heeft|beschikt|spreekt|schrijft|kunt|kan|werkt|wilt|wil|houdt|weet|denkt|staat|neemt|gaat|voelt|vindt|durft|beheerst|bezit)(?![A-Za-zÀ-ÖØ-öø-ɏ])/iu;
const REFERS_BACK = /^(?:en\s+|and\s+)?(?:dit|dat|deze|die|het|this|that|it)(?![A-Za-zÀ-ÖØ-öø-ɏ])/iu;
function withSubject(line: string, you: Register, lang: Language): string {
  if (lang === 'en') return /^(?:are|have|can|speak|hold)(?![A-Za-zÀ-ÖØ-öø-ɏ])/iu.test(line) ? `You ${line.charAt(0).toLowerCase()}${line.slice(1)}` : line;
  // "Met goede kennis van mechanica" (what a diploma came with) is what the reader has.
  const having = /^met\s+(?=\S)/iu.exec(line);
  if (having) return `${you.subject} ${you.subject === 'U' ? 'heeft' : 'hebt'} ${line.slice(having[0].length)}`;
  if (!FINITE.test(line)) return line;
  const verb = line.charAt(0).toLowerCase() + line.slice(1);
  return you.subject === 'U' ? `U ${verb.replace(/^hebt\b/u, 'heeft')}` : `${you.subject} ${verb}`;
}

/** A requirement's own words as a whole list item: no list mark, leading joiner or dangling "and". */
function sentence(text: string): string {
  const body = clean(text)
    .replace(LIST_MARK, '')
    .replace(/^(?:[;,:.)\]-]\s*)+/u, '')
    .replace(/^(?:en|of|and|or|maar|but)\s+/iu, '')
    .replace(/[\s,;:]+(?:en|of|and|or)?$/iu, '')
    .replace(/[\s,;:]+$/u, '');
  return capital(body);
}
