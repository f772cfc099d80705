/**
 * The vacancy written once, as blocks (#14; ARCHITECTURE.md §4): the posting's own lines kept, each
 * requirement's line changed or moved, and the added sections in the order of EXEMPLARS.md. How it
 * reads the posting's lines is in `rewrite-lines.ts`, the form of address in `rewrite-register.ts`,
 * the added sections in `rewrite-sections.ts`. Long: the placing of every changed and added block is
 * one walk over the posting's lines that shares their sections, spans and what earlier lines wrote.
 */
import type { Language, Region } from '../../../shared/locale';
import type { Block, PersonProfile, Requirement, Rewritten, Skill } from '../../../shared/translation';
import { renderMarkdown } from '../../../shared/blocks';
import { politeForm } from '../../../shared/skill-wording';
import { t } from './i18n';
import { has, LIST_MARK, PLUS_STRONG } from './cues';
import { personProfile } from './person-profile';
import { SAYS_ANYWHERE } from './experience';
import { contentWords, LEARNS_INSTEAD } from './education';
import { diplomaBound } from '../../legal';
import { headingKind } from './sections';
import type { Line } from './segment';
import { type Register, register, withSubject } from './rewrite-register';
import {
  type Relocated,
  clean,
  closed,
  keyLabels,
  continuationGroups,
  covered,
  isMeta,
  keptMarkdown,
  looksLikeHeading,
  relocation,
  requirementBlocks,
  sentence,
  sentences,
} from './rewrite-lines';
import { asMainClause, subjectLead } from './relative-items';
import { type Draft, ability, addedSectionsAt, newSections, preferredEducation, shown } from './rewrite-sections';
import { asOneBlock, asSentence, NAMES_DEMANDS, notUnderLicence, withBlock } from './rewrite-block';

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
  region?: Region | null;
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
 * Long: one walk over the posting's lines that shares their sections, spans and what earlier lines
 * wrote (see the file's top).
 */
export function rewrite(input: RewriteInput): Pick<Rewritten, 'markdown' | 'blocks'> & {
  orEquivalent: boolean;
  profile: PersonProfile;
  restyled: ReadonlySet<string>;
  leftForProfile: ReadonlySet<string>;
} {
  const { text, lines, language: lang, requirements } = input;
  const you = register(text, lang, input.region === 'BE');
  const within = (r: Requirement, l: Line) => !!r.span && r.span.start < l.end && r.span.end > l.start;
  const blockLines = requirementBlocks(lines, requirements, within);
  // The items of a Dutch "Wij zoeken iemand die" list said as sentences of their own, when each of
  // them reads so: the block can then be rewritten as one (EXEMPLARS.md, principle 1).
  const continuation = new Set<Line>();
  const said = new Map<number, string>();
  const saidLeads = new Set<number>();
  for (const group of continuationGroups(lines)) {
    const verb = subjectLead(group.lead.text);
    const sentences = group.open && lang === 'nl' ? group.items.map((l) => (verb === null ? asMainClause(l.text, you) : fromSubject(l.text, verb, you))) : [];
    if (sentences.length && sentences.every((x) => x !== null)) {
      group.items.forEach((l, i) => said.set(l.start, sentences[i]!));
      saidLeads.add(group.lead.start);
    } else for (const l of group.items) continuation.add(l);
  }
  const education = (r: Requirement) => r.kind === 'diploma' || r.kind === 'education_level';
  const shownSkills = (r: Requirement) => input.skills.filter((s) => s.requirementIds.includes(r.id) && shown(s, lang, input.knowledge));
  // A diploma gives way only to skills the vacancy can show in its own language; with none, it
  // stays in the posting's words (the review card still proposes the skills).
  // A plus stays a plus in its own words: only a demanded diploma gives way, to at least one skill
  // needed from day one, and only when it asks nothing else ("… en je werkt graag met SAP" stays).
  const alone = (r: Requirement) => !/\b(?:en|and|maar|but)\s+(?:je|jij|u|you)\b|;\s*\S/i.test(r.text);
  const mustHaves = (r: Requirement) => shownSkills(r).filter((s) => s.mustHave);
  const abilities = (input.taskAbilities ?? []).map((a) => a.replace(/^Je kunt /, `${you.subject} ${you.can} `));
  const replaced = (r: Requirement) =>
    !r.legal &&
    ((education(r) &&
      r.mandatory &&
      alone(r) &&
      !OWN_ROUTE.test(r.text) &&
      (mustHaves(r).length > 0 || abilities.length > 0 || !!input.tasksHeading || LEARNS_INSTEAD.test(r.text))) ||
      input.rephrased.has(r.id));
  // Each task line stands in for one diploma only: a second one gets its skills.
  const usedAbilities = new Set<string>();
  // (Not a task another demand of the posting already asks: "Je kunt volgens scrum- en agile-werkmethoden
  // werken" beside "Je bent bekend met scrum- en agile-werkmethodieken".)
  const asked = (x: Requirement) => lines.find((l) => within(x, l))?.section !== 'tasks';
  let demandWords: string[][] | null = null;
  const askedAlready = (a: string) => {
    demandWords ??= requirements.filter((x) => x.mandatory && !x.legal && !education(x) && asked(x)).map((x) => contentWords(x.text));
    const own = contentWords(a.replace(/^\S+\s+\S+\s+/, ''));
    const same = (w: string, x: string) => w === x || (Math.min(w.length, x.length) >= 5 && (w.startsWith(x) || x.startsWith(w)));
    return demandWords.some((words) => {
      const shared = own.filter((w) => words.some((x) => same(w, x))).length;
      return shared >= 2 && shared * 2 > own.length;
    });
  };
  const fromTasks = (min: number): string[] => {
    const own = abilities.filter((a) => !usedAbilities.has(a) && !askedAlready(a)).slice(0, 4);
    if (own.length < min) return [];
    for (const a of own) usedAbilities.add(a);
    return own;
  };
  const askedElsewhere = (label: string, r: Requirement) => {
    const name = new RegExp(`(?<![A-Za-zÀ-ÖØ-öø-ɏ#+.])${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![A-Za-zÀ-ÖØ-öø-ɏ#+])`, 'i');
    return requirements.some((x) => x !== r && x.mandatory && !education(x) && name.test(x.text));
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
  // A demand whose law Vaardig has not checked stays where the posting put it, in its words (its
  // table entry says so): "Wat de wet vraagt" holds only what a statute asks (EXEMPLARS principle 11).
  const leaves = (r: Requirement) => (r.legal && r.legalBasis?.verified !== false && !input.denied?.has(r.id)) || input.profiled.has(r.id);

  /** What stands in a requirement's place: its skills, its rephrasing, or its own words. */
  const replacement = (r: Requirement): string[] => {
    if (input.rephrased.has(r.id)) {
      const rephrased = input.rephrased.get(r.id)!;
      // (Said to the reader where its form allows: "Ervaring in de bouw" → "Je hebt ervaring in de bouw.")
      const line = subjectClosed(asSentence(rephrased, you, lang) ?? withSubject(sentence(rephrased), you, lang)).replace(
        /^Je kunt /,
        `${you.subject} ${you.can} `,
      );
      return [you.subject === 'U' ? politeForm(line.replace('Dit kun je ook na je start', 'Dit kunt u ook na uw start')) : line];
    }
    // The field a demanded diploma prefers stays a plus, in "Mooi meegenomen" (EXEMPLARS principle 9:
    // never dropped): "bij voorkeur in elektromechanica" → "Een opleiding in elektromechanica".
    if (education(r) && !r.mandatory && !r.legal) {
      // (In its own words where no shorter form reads: a plus is never dropped.)
      const plus = preferredEducation(r.text, lang) ?? r.text.trim().replace(/[\s;,]+$/, '');
      if (plus && !relocated.plus.some((p) => p.ids.includes(r.id))) relocated.plus.push({ text: plus, ids: [r.id] });
      return [];
    }
    // A plus that shared its line with a demand that changed ("HBO werk- en denkniveau en bij voorkeur
    // kennis van bouwmaterialen") goes to "Mooi meegenomen" (principle 9), not among the must-haves.
    if (!r.mandatory && !r.legal && !education(r)) {
      const said = r.text.trim().replace(/[\s;,]+$/, '');
      if (!relocated.plus.some((p) => p.ids.includes(r.id))) relocated.plus.push({ text: said.charAt(0).toUpperCase() + said.slice(1), ids: [r.id] });
      return [];
    }
    if (!education(r) || !replaced(r)) {
      // (A must-have kept in its own words is said to the reader where its form allows: "Je hebt ervaring in …".)
      return [subjectClosed((r.mandatory && !r.legal && asSentence(r.text, you, lang)) || withSubject(sentence(r.text), you, lang))];
    }
    const instead = LEARNS_INSTEAD.exec(r.text)?.[1]?.trim();
    if (instead) return [subjectClosed(asSentence(instead, you, lang) ?? withSubject(sentence(instead), you, lang))];
    // The posting's own task lines say best what a diploma or a level stood for (EXEMPLARS.md,
    // principle 7); then ESCO's skills in the posting's language, several of one group said once;
    // at least the tasks' heading. (Asked once per requirement: blocks and sections share the answer.)
    const known = memo.get(r.id);
    if (known) return known;
    // (Not a skill another demand of the posting names already: "Kennis van .NET, C# en SQL" says "SQL".)
    const skills = [
      ...new Set(
        mustHaves(r)
          .filter((s) => !askedElsewhere(s.label, r))
          .map((s) => ability(s, input, you, false)),
      ),
    ];
    // A skill said only in its ESCO group's words ("mogelijkheden in kaart brengen" for "identify
    // suppliers") says less than one task line of the posting's own.
    const ownLabel = mustHaves(r).some((s) => !s.untranslated || lang === 'en');
    let out = fromTasks(2);
    if (!out.length && ownLabel) out = skills;
    if (!out.length) out = fromTasks(1);
    if (!out.length) out = skills;
    // The tasks' heading once: a second diploma it stood in for says nothing new. (Nor after the
    // posting's own task lines stood in for another diploma: they say the work already.)
    if (!out.length && !pointedToTasks && !usedAbilities.size)
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
  // The sentences a changed prose line of a requirement block kept: items of the block's list once it reads as one.
  const proseKept = new Map<Block, Array<{ text: string; ids: string[] }>>();
  let keptSentences: Array<{ text: string; ids: string[] }> = [];
  // Lines the rewrite replaced or took out for the profile or the law (not a plus or a condition moved in its own words).
  const rewrote = new Set<Block>();
  let anchor = -1;
  let pastApplying = false;
  let lastDemand = -1;
  let section = 0;
  let diplomaSection = -1;
  const lastDemandIn = new Map<number, number>();
  let n = 0;
  const id = () => `b${++n}`;

  const labels = keyLabels(lines);
  const roleOf = (line: Line, meta: boolean): Block['role'] =>
    meta ? 'meta' : line.heading && !labels.has(line) && looksLikeHeading(line) ? 'heading' : line.bullet ? 'item' : 'paragraph';
  lines.forEach((line) => {
    lineIds = [];
    alsoIn = [];
    const source = { start: line.start, end: line.end };
    const own = requirements.filter((r) => within(r, line));
    // Another vacancy on the same page: its lines stay as they are, and its traits too.
    if (line.end <= (input.scope ?? 0)) {
      const role = roleOf(line, isMeta(line.text));
      blocks.push({ id: id(), kind: 'kept', role, markdown: keptMarkdown(line, role), source, requirementIds: own.map((r) => r.id) });
      for (const r of own) elsewhere.add(r.id);
      return;
    }
    const meta = isMeta(line.text);
    const role = roleOf(line, meta);
    const inBlock = blockLines.has(line);
    // The new sections follow the last line that asks something or the list it stands in ("Plezier
    // in zingen!"), not closing lines the block runs on into ("Solliciteer door een mailtje te sturen naar:").
    // A list of demands after the application part ("Interesse? … Wat verder belangrijk is") is a
    // closing note: the new sections stay with the block before it.
    if (line.heading && line.section === 'contact') pastApplying = anchor >= 0;
    // (Nor after a closing line that calls to apply: "… reageer dan direct;".)
    if (inBlock && (own.length || line.bullet || anchor < 0) && !pastApplying && !CALL_TO_APPLY.test(line.text)) anchor = blocks.length;
    // The last line of what is demanded (before any pluses): where "experience counts instead" goes.
    // (Of the section whose diploma left: not after "Overige vereisten" below it.)
    if (line.heading) section++;
    if (inBlock && line.section === 'requirements' && !line.heading) lastDemandIn.set(section, (lastDemand = blocks.length));
    // Outside the requirement block a sentence leaves only when it demands the diploma or the
    // years of the candidate: "Je start met een betaalde opleiding" is the offer.
    const candidate = (r: Requirement) => (inBlock ? replaced(r) || leaves(r) : replaced(r) && (education(r) || !line.bullet) && DEMAND.test(r.text));
    // The unit of change is a list item or a sentence, never words cut out of one: it changes only
    // when everything it asks changes and what changes is most of it; otherwise it stays as written
    // (and its review card still proposes the change).
    // A list the page glued into one line without marks ("… installatieprocedures Vaardigheid in het
    // lezen van tekeningen In het bezit van rijbewijs B"): its items are the requirements the reading found.
    const glued = inBlock && !meta && !line.heading && !line.bullet ? gluedItems(line, own) : null;
    const units = meta || line.heading ? [] : line.bullet ? [{ start: line.start, end: line.end }] : (glued ?? sentences(text, line));
    const changesOf = (u: { start: number; end: number }) => {
      const asked = own.filter((r) => r.span!.start < u.end && r.span!.end > u.start);
      // The field a demanded diploma prefers ("wo-niveau en bij voorkeur informatica") goes with it:
      // its skills are what the candidate learns with us.
      const withDiploma = (r: Requirement) =>
        education(r) && !r.mandatory && !r.legal && asked.some((x) => x !== r && education(x) && x.mandatory && candidate(x));
      // A lead-in keeps its words: the list after it reads on from them ("…, verder herken jij je in de volgende punten:").
      if (!asked.length || covered(text, u, asked) < 0.6 || /:\s*$/.test(text.slice(u.start, u.end))) return [];
      if (asked.every((r) => candidate(r) || withDiploma(r))) return asked;
      // A demanded diploma does not stay for what shares its sentence: "Je hebt hbo-niveau en bent
      // CCNA gecertificeerd" becomes what the level stood for and "Je bent CCNA gecertificeerd",
      // each of the other demands in its own words as a line of its own.
      // So too a quality that leaves for the profile: "Je bent klantvriendelijk en hebt ervaring in de sector"
      // becomes "Je hebt ervaring in de sector." and the quality goes to "Wie je bent".
      return inBlock &&
        (asked.some((r) => education(r) && r.mandatory && candidate(r)) || qualityBeside(asked)) &&
        asked.every((r) => candidate(r) || withDiploma(r) || standsAlone(r))
        ? asked
        : [];
    };
    // A list item of a quality and one more demand, the second a clause of its own ("… en hebt ervaring in de sector").
    const qualityBeside = (asked: Requirement[]) =>
      line.bullet && asked.length === 2 && asked.some((r) => input.profiled.has(r.id)) && asked.some((r) => !leaves(r) && OWN_CLAUSE.test(r.text));
    // A demand split from a diploma's sentence stands as its own line when it is a clause that reads whole.
    const standsAlone = (r: Requirement) => !r.legal && !education(r) && r.text.split(/\s+/).length >= 2 && !REFERS_BACK.test(r.text);
    // A sentence that only left for the profile stays when the next one, kept, refers back to it
    // ("… Daarnaast vind je het geen probleem om veel te reizen."): that one would refer to nothing.
    const asked = new Map(units.map((u) => [u, changesOf(u)]));
    const held = new Set(
      units.filter((u, i) => {
        const next = units[i + 1];
        const leaving = asked.get(u)!;
        return !!next && leaving.length > 0 && !leaving.some(education) && !asked.get(next)!.length && REFERS_ON.test(text.slice(next.start, next.end).trim());
      }),
    );
    const changes = (u: { start: number; end: number }) => (held.has(u) ? [] : (asked.get(u) ?? changesOf(u)));
    // (Its quality is not said again under "Wie je bent".)
    for (const u of held) for (const r of asked.get(u)!) (inBlock ? stayed : keptInProse).add(r.id);
    // In the posting's own list of demands, a plus or a practical condition goes to its own section
    // (EXEMPLARS.md, principle 2 and 11), in its own words: "Mooi meegenomen", "Praktisch".
    const target = inBlock && line.section === 'requirements' && (line.bullet || units.length === 1) ? relocation(own, text, line) : null;
    if (target) {
      const words = keptMarkdown(line, 'item')
        .replace(/^- /, '')
        .replace(/\s*[;,]\s*$/, '');
      // Where someone lives is no demand; getting to the work is (EXEMPLARS principle 11; flagged for the employer to confirm).
      relocated[target].push({ text: lang === 'nl' ? (residenceNeed(words, you, input.region === 'BE') ?? words) : words, ids: own.map((r) => r.id) });
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
    if (diplomaSection < 0 && changing.some((r) => education(r) && r.mandatory && replaced(r))) diplomaSection = section;
    let markdown: string;
    keptSentences = [];
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
      if (inBlock && (glued || (line.text.match(/\s[-–•·▪]\s+(?=\p{Lu})/gu)?.length ?? 0) >= 2)) {
        const own = (u: { start: number; end: number }) =>
          clean(text.slice(u.start, u.end))
            .replace(/^[-–•·▪]\s+/, '')
            .replace(/\s*[;,]$/, '');
        const lead = units[0] && !changes(units[0]).length && /[?:]$/.test(own(units[0])) ? own(units[0]) : '';
        // (A demand kept in its words is said as a sentence where it can be; a plus or the law's line is not.)
        const said = (u: { start: number; end: number }) => {
          const asked = requirements.filter((r) => r.span && r.span.start < u.end && r.span.end > u.start);
          return (asked.length && asked.every((r) => r.mandatory && !r.legal) && asSentence(own(u), you, lang)) || own(u);
        };
        const items = units.slice(lead ? 1 : 0).flatMap((u) => {
          const asked = changes(u);
          if (asked.length) return asked.filter((r) => !leaves(r)).flatMap(replacement);
          // (An item that is a plus, "Ervaring met animatie is een sterke plus", goes to "Mooi meegenomen", principle 9.)
          const own = requirements.filter((r) => r.span && r.span.start < u.end && r.span.end > u.start);
          if (own.length && own.every((r) => !r.mandatory && !r.legal) && has(PLUS_STRONG, text.slice(u.start, u.end))) {
            relocated.plus.push({ text: said(u), ids: own.map((r) => r.id) });
            return [];
          }
          // (A practical condition, "Je bent bereid om één avondshift … te presteren", goes to "Praktisch", principle 11.)
          if (relocation(own, text, { ...line, start: u.start, end: u.end, text: text.slice(u.start, u.end) }) === 'practical') {
            relocated.practical.push({ text: said(u), ids: own.map((r) => r.id) });
            return [];
          }
          return [said(u)];
        });
        markdown = [
          lead,
          once(items)
            .map((w) => `- ${w}`)
            .join('\n'),
        ]
          .filter(Boolean)
          .join('\n\n');
      } else if (inBlock) {
        // A plus said in a sentence of its own goes to "Mooi meegenomen" (principle 9), as in splitPlus.
        // (Not in a line that runs on from a lead-in of its own: "We zoeken iemand die: Graag schrijft. …")
        // (Not after a label that names the demands, "Gezocht profiel: Bachelor … Goede beheersing van …":
        // its sentences stand on their own.)
        const label = /^\s*(?:[-*•]\s*)?([^:.!?]{1,40}):\s+\S/.exec(line.text)?.[1];
        // (A colon in a later sentence opens its examples, "… overweg met Excel: draaitabellen, …": no lead-in.)
        const lead = /^[^.!?]*?:\s+\S/.test(line.text);
        const flowing = lead && !(label && NAMES_DEMANDS.test(label) && !OPEN_LEAD.test(label));
        const asked = (u: { start: number; end: number }) => own.filter((r) => r.span!.start < u.end && r.span!.end > u.start);
        const plus = (u: { start: number; end: number }) =>
          !flowing &&
          line.section === 'requirements' &&
          asked(u).length > 0 &&
          asked(u).every((r) => !r.mandatory && !r.legal) &&
          has(PLUS_STRONG, text.slice(u.start, u.end));
        // (And the plus that closes a sentence of a demand: "Goede kennis van MS Office; ervaring met ERP is een troef.")
        const parted = rest.flatMap((u) => {
          const parts = plusAfter(u, asked(u));
          return parts.length === 2 && plus(parts[1]!) ? parts : [u];
        });
        for (const u of parted.filter(plus)) relocated.plus.push({ text: capitalClosed(clean(text.slice(u.start, u.end))), ids: asked(u).map((r) => r.id) });
        const left = parted.filter((u) => !plus(u));
        markdown = clean(left.map((u) => text.slice(u.start, u.end).trim()).join(' '));
        if (!flowing) keptSentences = left.map((u) => ({ text: clean(text.slice(u.start, u.end)), ids: asked(u).map((r) => r.id) }));
        markdown = [
          markdown,
          once(changing.filter((r) => !leaves(r)).flatMap(replacement))
            .map((l) => `- ${l}`)
            .join('\n'),
        ]
          .filter(Boolean)
          .join('\n\n');
      }
      if (!inBlock) fromProse.push(...changing.filter((r) => !leaves(r)));
    }
    lineIds.push(...changing.map((r) => r.id));
    for (const ids of alsoIn) ids.push(...changing.map((r) => r.id).filter((x) => !ids.includes(x)));
    blocks.push({ id: id(), kind: 'changed', role, markdown, source, requirementIds: lineIds });
    rewrote.add(blocks.at(-1)!);
    if (keptSentences.length) proseKept.set(blocks.at(-1)!, keptSentences);
    if (!inBlock) anchor = Math.max(anchor, blocks.length - 1);
  });

  /** Moves the plus sentences of a line that also demands something; true when it did. */
  function splitPlus(line: Line, own: Requirement[]): boolean {
    const parts = sentences(text, line);
    // (Or a clause of one sentence: the demand before it stays a list item of its own.)
    const clause = parts.length < 2;
    if (clause) parts.splice(0, parts.length, ...plusClause(line, own));
    if (parts.length < 2) return false;
    const asked = (u: { start: number; end: number }) => own.filter((r) => r.span!.start < u.end && r.span!.end > u.start);
    const plus = parts.filter((u) => {
      const a = asked(u);
      return a.length > 0 && a.every((r) => !r.mandatory && !r.legal) && has(PLUS_STRONG, text.slice(u.start, u.end));
    });
    const rest = parts.filter((u) => !plus.includes(u));
    if (!plus.length || !rest.length) return false;
    // What the law asks beside the plus goes to the law's own section (principle 5: split at the legal boundary).
    const restAsked = rest.flatMap(asked);
    const byLaw = restAsked.length > 0 && restAsked.every((r) => r.legal && leaves(r));
    // (A demand beside it that is said anew, "3-5 years of marketing experience (B2B preferred)", is said so.)
    const anew = !byLaw && restAsked.length > 0 && restAsked.every((r) => replaced(r) && !leaves(r) && !education(r));
    if (!byLaw && !anew && restAsked.some((r) => replaced(r) || leaves(r))) return false;
    for (const u of plus) {
      const said = clean(text.slice(u.start, u.end))
        .replace(LIST_MARK, '')
        .replace(/^([^(]*)\)([\s.!;]*)$/, '$1$2')
        .replace(/[\s;,]+$/, '');
      relocated.plus.push({ text: clause ? capitalClosed(said) : said, ids: asked(u).map((r) => r.id) });
    }
    if (byLaw) {
      moved.push(...restAsked);
      blocks.push({
        id: id(),
        kind: 'changed',
        role: line.bullet ? 'item' : 'paragraph',
        markdown: '',
        source: { start: line.start, end: line.end },
        requirementIds: own.map((r) => r.id),
      });
      anchor = blocks.length - 1;
      return true;
    }
    if (anew) {
      moved.push(...restAsked);
      const markdown = once(restAsked.flatMap(replacement))
        .map((l) => `- ${l}`)
        .join('\n');
      blocks.push({ id: id(), kind: 'changed', role: 'item', markdown, source: { start: line.start, end: line.end }, requirementIds: own.map((r) => r.id) });
      rewrote.add(blocks.at(-1)!);
      anchor = blocks.length - 1;
      return true;
    }
    const words = clean(rest.map((u) => text.slice(u.start, u.end).trim()).join(' '));
    const role: Block['role'] = line.bullet || clause ? 'item' : 'paragraph';
    blocks.push({
      id: id(),
      kind: 'changed',
      role,
      // (The demand left of the plus is said as a sentence where it can be: "Je hebt goede kennis van Excel.")
      markdown: role === 'item' ? `- ${asSentence(words, you, lang) || subjectClosed(words.replace(LIST_MARK, '').replace(/[\s;,]+$/, ''))}` : words,
      source: { start: line.start, end: line.end },
      requirementIds: own.map((r) => r.id),
    });
    for (const u of rest) for (const r of asked(u)) stayed.add(r.id);
    anchor = blocks.length - 1;
    return true;
  }

  /**
   * The items of a list glued into one line, each a requirement that opens with a capital right after
   * the one before it (only spaces between); null when the line reads otherwise.
   */
  function gluedItems(line: Line, own: Requirement[]): Array<{ start: number; end: number }> | null {
    if (own.length < 2 || sentences(text, line).length > 1) return null;
    const spans = own.map((r) => r.span!).sort((a, b) => a.start - b.start);
    if (spans[0]!.start - line.start > 2 || !/^[\s.;,]*$/.test(text.slice(spans.at(-1)!.end, line.end))) return null;
    for (let i = 1; i < spans.length; i++)
      if (!/^\s+$/.test(text.slice(spans[i - 1]!.end, spans[i]!.start)) || !/^\p{Lu}/u.test(text.slice(spans[i]!.start, spans[i]!.start + 1))) return null;
    return spans.map((s, i) => ({ start: i === 0 ? line.start : s.start, end: i === spans.length - 1 ? line.end : s.end }));
  }

  /**
   * A plus said as the line's last clause, after a semicolon or a comma ("Goede kennis van MS Office;
   * ervaring met ERP-systemen is een troef"): the demand before it and the plus, as two units.
   */
  function plusClause(line: Line, own: Requirement[]): Array<{ start: number; end: number }> {
    if (said.has(line.start) || continuation.has(line)) return [];
    return plusAfter(line, own);
  }

  /** The same in one sentence of a line: the demand before the plus and the plus, as two units. */
  function plusAfter(line: { start: number; end: number }, own: Requirement[]): Array<{ start: number; end: number }> {
    const plus = own.findLast((r) => !r.mandatory && !r.legal && r.span!.start > line.start);
    if (!plus || !/^[\s.!;)]*$/.test(text.slice(plus.span!.end, line.end))) return [];
    // It reads whole, a clause with its own verb ("… is een troef"), not a field that hangs from the demand ("bij voorkeur in de zorg").
    // (Or the plus alone in brackets of its own, "(B2B preferred)".)
    const bracketed = /^[^()]*\s(?:preferred|desired|desirable|gewenst)[\s.]*$/i.test(plus.text) && /\(\s*$/.test(text.slice(line.start, plus.span!.start));
    if (!PLUS_CLAUSE.test(plus.text) && !bracketed) return [];
    // (After a semicolon or a comma, or in brackets of its own: "Perfect tweetalig EN/FR zijn (Nederlands is
    // een pluspunt)"; not inside brackets that hold more, "(NL vloeiend, EN goed; FR/DE is plus)". Nor an
    // item its lead-in reads on into: "Wij zoeken iemand: … die het leuk vindt … (ervaring is een pre)".)
    const lead = text.slice(line.start, plus.span!.start);
    const before = /[;,]\s*$|\s*\(\s*$/.exec(lead);
    if (!before || (lead.lastIndexOf('(') > lead.lastIndexOf(')') && !before[0].includes('('))) return [];
    if (before[0].includes('(') && /[;,]/.test(plus.text)) return [];
    return [
      { start: line.start, end: line.start + before.index },
      { start: plus.span!.start, end: line.end },
    ];
  }

  // The person profile holds every quality asked of the person; under "Wie je bent" the text says
  // only those whose line left the demands or the prose (a line that stays is not said twice).
  // The profile speaks as the posting does: a posting that says "u" gets "U bent zelfstandig".
  const polite = (p: PersonProfile): PersonProfile =>
    you.subject === 'U'
      ? (Object.fromEntries(Object.entries(p).map(([k, v]) => [k, Array.isArray(v) ? v.map(politeForm) : politeForm(v)])) as PersonProfile)
      : p;
  // (An item its lead-in's words made a sentence, "Jij bent:" over "Communicatief en energiek", is
  // said so in the profile too.)
  const asSaid = (r: Requirement): Requirement => {
    const line = lines.find((l) => within(r, l));
    const sentence = line && said.get(line.start);
    return sentence && requirements.filter((x) => within(x, line)).length === 1 ? { ...r, text: sentence } : r;
  };
  const profile = polite(personProfile(requirements.filter((r) => input.profiled.has(r.id) && !elsewhere.has(r.id)).map(asSaid), lang));
  const shownProfile =
    keptInProse.size || stayed.size
      ? personProfile(
          requirements.filter((r) => input.profiled.has(r.id) && !elsewhere.has(r.id) && !stayed.has(r.id) && !keptInProse.has(r.id)).map(asSaid),
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
  let orEquivalentBlock: Block | null = null;
  if (orEquivalent && !saidAlready) {
    // One plain sentence under the list, not an item among the demands (EXEMPLARS.md, principle 6).
    const line: Draft = { kind: 'added', role: 'paragraph', markdown: you.orEquivalent, requirementIds: diplomas };
    const bring = added.findIndex((b, i) => i > 0 && b.role === 'heading');
    const demandEnd = lastDemandIn.get(diplomaSection) ?? lastDemand;
    if (fromProse.length) added.splice(bring < 0 ? added.length : bring, 0, line);
    else if (demandEnd >= 0 && demandEnd < anchor) orEquivalentAt = demandEnd + 1;
    else added.unshift(line);
    if (orEquivalentAt >= 0) blocks.splice(orEquivalentAt, 0, (orEquivalentBlock = { ...line, id: id() }));
  }
  let at = anchor >= 0 ? anchor + 1 + (orEquivalentAt >= 0 ? 1 : 0) : lastRequirementLine(blocks) + 1;
  at = addedSectionsAt(blocks, at, blockLines.size > 0);
  // The block the rewrite changed reads as one: "Wat je meebrengt" over one list (EXEMPLARS.md, principles 1–3).
  const one = asOneBlock({
    blocks,
    lines,
    blockLines,
    continuation,
    said,
    saidLeads,
    requirements,
    you,
    lang,
    proseKept,
    rewrote,
    orEquivalent: orEquivalentBlock,
    until: at,
  });
  if (one) at = withBlock(one, blocks, added, at, t(lang, you.bring, 'What you bring'), id);
  else {
    // The new sections take the level of the posting's own requirement heading they follow ("#### Wij zoeken iemand die").
    const head = blocks
      .slice(0, at)
      .findLast((b) => b.role === 'heading' && b.kind === 'kept' && lines.some((l) => blockLines.has(l) && l.heading && l.start === b.source?.start));
    const level = /^#{1,6}\s/.exec(head?.markdown ?? '')?.[0];
    if (level) for (const [i, b] of added.entries()) if (b.role === 'heading') added[i] = { ...b, markdown: b.markdown.replace(/^#{1,6}\s/, level) };
  }
  // A requirement heading all of whose lines left keeps what came in their place: the first new
  // section goes under the posting's own heading rather than beside an empty one.
  const before = blocks
    .slice(0, at)
    .reverse()
    .find((b) => b.markdown.trim());
  if (before?.role === 'heading' && before.kind === 'kept' && added[0]?.role === 'heading') added.shift();
  intoOwnPluses(blocks, added, at, t(lang, 'Mooi meegenomen', 'Nice to have'));
  blocks.splice(at, 0, ...added.map((b) => ({ ...b, id: id() })));
  notUnderLicence(blocks, you.orEquivalent, requirements);
  // The qualities whose line left the text for the profile: a card that says "moved" only for these.
  const leftForProfile = new Set(moved.filter((r) => input.profiled.has(r.id) && !stayed.has(r.id)).map((r) => r.id));
  return { markdown: renderMarkdown(blocks, text), blocks, orEquivalent, profile, restyled: one?.restyled ?? new Set(), leftForProfile };
}

/** A lead-in its items read on from: "Wij zoeken iemand die:", "… met:". */
const OPEN_LEAD = /(?<![A-Za-zÀ-ÖØ-öø-ɏ])(?:die|dat|met|iemand|om|te|who|with|someone)\s*$/i;

/**
 * The posting's own way past the diploma stays in its words: recognition of prior learning ("of je
 * bent daaraan gelijkgesteld via EVC"), an alternative that opens with "Of …" / "Or …", and a
 * demand whose footnote mark ("hbo werk- en denkniveau*") points to one.
 */
const OWN_ROUTE =
  /(?<![A-Za-zÀ-ÖØ-öø-ɏ])(?:EVC|EVP|erkenning van (?:eerder )?verworven competenties|recognition of prior learning)(?![A-Za-zÀ-ÖØ-öø-ɏ])|^\s*(?:of|or)\s|[A-Za-zÀ-ÖØ-öø-ɏ]\*\s*[;,.]?\s*$/i;

const CALL_TO_APPLY = /(?<![A-Za-zÀ-ÖØ-öø-ɏ])(?:reageer|solliciteer|stuur (?:je|uw) (?:cv|sollicitatie)|apply now|apply today)(?![A-Za-zÀ-ÖØ-öø-ɏ])/i;

/** A demand made of the candidate: "je hebt", "in het bezit van", "minimaal", "required", "you have". */
const DEMAND =
  /\b(?:je hebt|jij hebt|heb je|u heeft|beschik\w* (?:je |u )?over|in het bezit|vereist|verplicht|noodzakelijk|minimaal|minimum|ten minste|at least|required|requires?|must|you have|you hold|afgeronde|diploma|degree|werk- en denkniveau|denkniveau)\b/i;
/** A line that opens with its subject is a sentence: it ends as one. */
const subjectClosed = (words: string) => (/^(?:je|jij|u|you)\s/i.test(words) ? closed(words) : words);

function lastRequirementLine(blocks: Block[]): number {
  for (let i = blocks.length - 1; i >= 0; i--) if (blocks[i]!.requirementIds.length) return i;
  return blocks.length - 1;
}

/**
 * A residence demand as the need behind it: "Woonachtig in de regio Vlaams-Brabant" → "Je geraakt
 * vlot op je werk in Vlaams-Brabant." (Flemish) or "Je kunt vlot op je werk in Twente komen."; null
 * for any other line.
 */
function residenceNeed(line: string, you: Register, flemish: boolean): string | null {
  const polite = you.subject === 'U';
  // "Je woont op maximaal 40 km reisafstand naar de examenlocatie" → "Je kunt vlot naar de examenlocatie komen."
  const near = NEAR.exec(line.trim());
  if (near) return flemish && !polite ? `Je geraakt vlot naar ${near[1]}.` : `${you.subject} ${you.can} vlot naar ${near[1]} komen.`;
  const m = RESIDENCE.exec(line.trim());
  const place = m?.[1]?.replace(/[\s.;,]+$/, '');
  // (A place or a list of places, said whole: not "Twente of bereid hiernaartoe te verhuizen".)
  if (!place || !PLACES.test(place)) return null;
  const where = /,|\s(?:en|of)\s/.test(place) ? `in de regio ${place}` : `in ${place}`;
  if (flemish && !polite) return `Je geraakt vlot op je werk ${where}.`;
  return `${you.subject} ${you.can} vlot op ${polite ? 'uw' : 'je'} werk ${where} komen.`;
}
const RESIDENCE =
  /^(?:bij voorkeur\s+)?(?:(?:je|jij|u)\s+(?:bent\s+(?:woonachtig|wonend)|woont)|woonachtig|wonend|woont)\s+(?:in|te|rond)\s+(?:de\s+)?(?:(?:regio|omgeving|buurt)(?:\s+van)?\s+)?([^.;()]{2,80}?)[.;]?$/i;
const PLACES =
  /^[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ɏ'’-]+(?:\s[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ɏ'’-]+)?(?:(?:,\s*|\s+(?:en|of)\s+)[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ɏ'’-]+(?:\s[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ɏ'’-]+)?)*$/;
const NEAR =
  /^(?:(?:je|jij|u)\s+)?(?:woont|woonachtig|wonend)\s+(?:op\s+)?(?:maximaal|max\.?|binnen|hooguit|niet verder dan)\s+\d+\s*(?:km|kilometer)\s+(?:reisafstand\s+)?(?:van|naar|tot|vanaf|rond)\s+((?:de|het|onze|ons)\s+[^.;()]{2,40}?)[.;]?$/i;

/** A demand said as a clause of its own after "en": "hebt ervaring in de sector", "kunt werken met deadlines". */
const OWN_CLAUSE = /^(?:(?:je|jij|u)\s+)?(?:hebt|heeft|bent|kunt|kan|beschikt|spreekt|weet)(?![A-Za-zÀ-ÖØ-öø-ɏ])/i;
/** A plus said as a clause of its own: "ervaring met ERP is een troef", "Dutch is a plus", "R nice to have". */
const PLUS_CLAUSE =
  /(?<![A-Za-zÀ-ÖØ-öø-ɏ])(?:is|zijn|are|is considered)\s+(?:een\s+|a\s+|an\s+)?(?:(?:grote|sterke|dikke|mooie|extra|big|strong|real)\s+)?(?:pré|pre|plus|pluspunt|troef|meerwaarde|advantage|bonus|asset)(?![A-Za-zÀ-ÖØ-öø-ɏ])|(?<![A-Za-zÀ-ÖØ-öø-ɏ])nice[- ]to[- ]have(?![A-Za-zÀ-ÖØ-öø-ɏ])/i;
/** A sentence that goes on from the one before it: "Daarnaast …", "Ook …", "Furthermore …". */
// (Also the answer to the question before it: "Krijg je energie van bouwen? Dan zit je hier op je plek.")
const REFERS_ON = /^(?:daarnaast|ook|verder|bovendien|tevens|daarbij|hierbij|dan|also|additionally|furthermore|moreover|besides|then)(?![A-Za-zÀ-ÖØ-öø-ɏ])/i;
const REFERS_BACK = /^(?:en\s+|and\s+)?(?:dit|dat|deze|die|het|this|that|it)(?![A-Za-zÀ-ÖØ-öø-ɏ])/i;
/** A plus cut from the end of a demand's sentence, as a sentence: "Ervaring met ERP-systemen is een troef." */
const capitalClosed = (words: string) => closed(words.charAt(0).toUpperCase() + words.slice(1));

/**
 * Where the posting's own section of pluses ends the block ("Preferred Qualifications:"), the pluses
 * the rewrite moved go under it, not under a second heading of pluses (EXEMPLARS principle 2).
 * Changes `added` in place.
 */
function intoOwnPluses(blocks: Block[], added: Draft[], at: number, heading: string): void {
  // (Only when they come first: what the candidate brings stays before the pluses.)
  if (added[0]?.role !== 'heading' || added[0].markdown.replace(/^#+\s*/, '') !== heading) return;
  const own = blocks.slice(0, at).findLast((b) => b.role === 'heading' && !!b.markdown.trim());
  if (own?.kind === 'kept' && headingKind(own.markdown) === 'preferred') added.shift();
}

/**
 * An item said with the subject (and verb) its lead-in ended on: "Jij bent:" over "Communicatief en
 * energiek" → "Je bent communicatief en energiek.", "En je:" over "Hebt een dosis overtuigingskracht"
 * → "Je hebt een dosis overtuigingskracht."; null when it does not read so.
 */
function fromSubject(item: string, verb: string, you: Register): string | null {
  const body = item
    .replace(LIST_MARK, '')
    .trim()
    .replace(/[\s;,]+$/, '');
  const first = body.split(/\s+/)[0] ?? '';
  // (Without a verb in the lead-in, the item opens with its own, said to "je": "Hebt", "Neemt", "Beheerst".)
  if (!verb && !/^(?:bent|hebt|kunt|kan|wilt|[A-Za-zÀ-ÖØ-öø-ɏ]{2,}t)$/i.test(first)) return null;
  if (verb && /^(?:je|jij|u|ik|wij|we)\s/i.test(body)) return null;
  const rest = /^\p{Lu}{2}/u.test(body) ? body : body.charAt(0).toLowerCase() + body.slice(1);
  return closed(`${you.subject} ${verb ? `${verb} ` : ''}${rest}`);
}
