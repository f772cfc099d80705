/**
 * The posting's own lines as the rewrite reads them: its requirement blocks and the lists that go on
 * from a lead-in, headings and metadata, sentences and how much of one its requirements cover, and a
 * kept line as Markdown.
 */
import type { Block, Requirement } from '../../../shared/translation';
import { namesStatutoryDocument } from '../../legal';
import { has, LIST_MARK, PLUS_STRONG } from './cues';
import { ABBREVIATION, type Line, unclosed } from './segment';
import { leadsOn } from './relative-items';

/**
 * The items of a list that go on from the line before it ("Wij zoeken iemand:" over "- met een
 * aangeboren nieuwsgierigheid", "- die een aanpakker is"): most of them open in lower case or with
 * a relative word, so each reads only as the end of the lead-in's sentence.
 * Each lead-in with its items; `open` when it ends on the word they complete ("iemand die").
 */
export function continuationGroups(lines: Line[]): Array<{ lead: Line; items: Line[]; open: boolean }> {
  const out: Array<{ lead: Line; items: Line[]; open: boolean }> = [];
  const goesOn = (l: Line) => {
    const body = l.text.replace(LIST_MARK, '').trim();
    return /^\p{Ll}/u.test(body) || /^(?:die|dat|met|een|en|who|with|that)\s/i.test(body);
  };
  for (let i = 0; i < lines.length; i++) {
    // A lead-in that ends on the word its items complete ("Wij zoeken iemand die", "… met:", "Wij zoeken
    // iemand:", "Jij bent:") makes every item a continuation, whatever its first letter.
    const open = leadsOn(lines[i]!.text);
    if (lines[i]!.bullet || !(/:\s*\**$/.test(lines[i]!.text) || open)) continue;
    const items: Line[] = [];
    for (let j = i + 1; j < lines.length && lines[j]!.bullet && !lines[j]!.heading; j++) items.push(lines[j]!);
    if (items.length >= 3 && (open || items.filter(goesOn).length * 2 >= items.length)) out.push({ lead: lines[i]!, items, open });
  }
  return out;
}

const NOT_ASKED = new Set(['tasks', 'offer', 'about', 'contact', 'meta']);

/**
 * The lines of the posting's requirement blocks, each from its heading to the next heading: a section its heading names as
 * requirements, or an unnamed one ("Wij vragen van onze nieuwe collega:") whose lines mostly ask something of the candidate,
 * other than the checks the law asks (a VOG under "Additional Information" is the procedure). Tasks, offer, company and
 * contact sections are never a requirement block, whatever their lines hold.
 */
export function requirementBlocks(lines: Line[], requirements: Requirement[], within: (r: Requirement, l: Line) => boolean): Set<Line> {
  const out = new Set<Line>();
  let i = 0;
  while (i < lines.length) {
    let j = i + 1;
    while (j < lines.length && !lines[j]!.heading) j++;
    const section = lines.slice(i, j);
    const body = section.filter((l) => !l.heading);
    const kind = section[0]!.heading ? section[0]!.section : body[0]?.section;
    const asking = body.filter((l) => requirements.some((r) => within(r, l) && !namesStatutoryDocument(r.text))).length;
    const named = kind === 'requirements' || kind === 'preferred';
    const dense = !NOT_ASKED.has(kind ?? 'other') && section[0]!.heading && body.length >= 2 && asking / body.length >= 0.5;
    if (named || dense) for (const l of section) out.add(l);
    i = j;
  }
  // A list its lead-in introduces ("… verder herken jij je in de volgende punten:") whose items mostly ask something is one too.
  for (let k = 0; k < lines.length; k++) {
    const lead = lines[k]!;
    if (out.has(lead) || lead.heading || lead.bullet || !/:\s*$/.test(lead.text) || NOT_ASKED.has(lead.section)) continue;
    const items: Line[] = [];
    for (let m = k + 1; m < lines.length && lines[m]!.bullet && !lines[m]!.heading; m++) items.push(lines[m]!);
    const asking = items.filter((l) => requirements.some((r) => within(r, l))).length;
    if (items.length >= 3 && asking / items.length >= 0.6) for (const l of [lead, ...items]) out.add(l);
  }
  return out;
}

export type Relocated = Record<'plus' | 'practical', Array<{ text: string; ids: string[] }>>;

const OPTIONAL_ITEM = /^(?:(?:en|and)\s+)?(?:eventueel|optionally)\s/i;

/**
 * Where a list item of the demands goes when it is not a demand: every requirement it holds is a
 * plus (not the law's), or a practical condition (hours, place, a licence no law ties to the job),
 * and they make up most of it.
 */
export function relocation(own: Requirement[], text: string, line: Line): keyof Relocated | null {
  if (!own.length || own.some((r) => r.legal) || covered(text, { start: line.start, end: line.end }, own) < 0.6) return null;
  // A plus said as one ("is een pré", "bij voorkeur", "troef", an item that opens with "(en) eventueel"), not "… en eventueel Frans".
  if (own.every((r) => !r.mandatory) && (has(PLUS_STRONG, line.text) || OPTIONAL_ITEM.test(line.text.replace(LIST_MARK, '').trim()))) return 'plus';
  if (own.every((r) => r.mandatory && (r.kind === 'other' || r.kind === 'licence'))) return 'practical';
  return null;
}

/** Front matter, `key: value` facts ("Salaris: € 2.900", "uren: 32") and bare tags: never prose or headings. */
export function isMeta(line: string): boolean {
  const text = line.trim().replace(/^[*_]+|[*_]+$/g, '');
  if (/^(?:-{3,}|={3,}|<[^>]+>)$/.test(text)) return true;
  const fact = /^([A-Za-zÀ-ÖØ-öø-ɏ][A-Za-zÀ-ÖØ-öø-ɏ\d_ -]{0,30}?)\s*:\s*(\S.*)$/.exec(text);
  return (
    !!fact && fact[1]!.split(/\s+/).length <= 3 && fact[2]!.split(/\s+/).length <= 8 && !/[.!?]$/.test(fact[2]!) && !/^(?:let op|note|tip|ps)$/i.test(fact[1]!)
  );
}

/**
 * A line the segmenter saw as a section break is shown as a heading only when it looks like one:
 * Markdown or bold, a question or "…:", or a section it names. A short line such as "Full time"
 * or a place name stays a line.
 */
export function looksLikeHeading(line: Line): boolean {
  const text = line.text.trim();
  if (/^(?:#{1,6}\s|\*\*|__)/.test(text)) return true;
  // "…:" or "…?" heads what follows, unless it is a sentence with a subject and a number or a verb
  // after it ("We werken in Zuid-Holland voor:", "Deze opleiding bestaat uit 2 onderdelen:").
  if (/[:?]\s*\**$/.test(text))
    return !/^(?:we|wij|je|jij|u|ze|zij|dit|deze|er|het|onze?|our|we're|you)\s+[A-Za-zÀ-ÖØ-öø-ɏ]+\s+\S/i.test(text) && !/\d/.test(text) && !leadSentence(text);
  // A line in lower case or ending in a full stop is a sentence ("enthousiaste … voor onze peutergroep.").
  if (/^\p{Ll}/u.test(text) || /\.\s*\**$/.test(text)) return false;
  // A short line naming a section ("Wat bieden wij", "Functie-eisen") is a heading; an item of a
  // list without marks ("Een jonge organisatie", "Salaris conform CAO") is not.
  // A line that goes on after a question or a sentence, or holds an address, is a line.
  return line.section !== 'other' && !/^(?:een|de|het|the|a|an)\b/i.test(text) && !/\d|€|\bconform\b|\bper\b|@|https?:|www\.|[.?!]\s+\S/i.test(text);
}

/**
 * A long "…:" line that speaks to the reader mid-sentence ("Afhankelijk van jouw voorkeur werk je
 * binnen:", "Met vragen kunt u contact opnemen met:") or tells them what to do ("Neem vrijblijvend
 * contact op met Jim via:") introduces a list; a heading asks ("Wat je in deze rol gaat doen:").
 */
function leadSentence(text: string): boolean {
  const words = text.replace(/[*_#]/g, '').trim().split(/\s+/);
  if (words.length < 6 || !/:\s*\**$/.test(text) || /^(?:wat|wie|waar|waarom|hoe|welke|what|who|why|how|where|which)(?![A-Za-zÀ-ÖØ-öø-ɏ])/i.test(words[0]!))
    return false;
  return words.slice(1).some((w) => /^(?:je|jij|u|we|wij|you|we're|you'll)[,:]?$/i.test(w)) || /^(?:neem|bel|mail|stuur|kijk|lees|contact)$/i.test(words[0]!);
}

const TAGS = /<\/?[a-z][^>]*>/gi;

/** A kept line as Markdown: the posting's own words; list marks made Markdown's, inline HTML dropped. */
export function keptMarkdown(line: Line, role: Block['role']): string {
  // A line that is only a list mark holds nothing to show; nor does a heading's underline ("=====",
  // which Markdown reads as one only right under its line: on its own it would show as text).
  if (/^[-–—•*·▪●◦○■□➢➤►✓✔+\s]*$|^\s*={3,}\s*$/.test(line.text)) return '';
  const text = line.text
    .replace(/<\/?(?:strong|b)>/gi, '**')
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
  // (A numbered item is an ordered list's, "1. Het eerste contact": it keeps its number, no bullet before it.)
  if (role !== 'item' || /^\d{1,2}[.)]\s/.test(text)) return text;
  const body = text.replace(LIST_MARK, '').replace(/^-(?=\p{Lu})/u, ''); // (and a mark glued to its word: "-Experience …")
  // A line that is only a list mark holds nothing to show.
  return /^[-–—•*·▪●◦○■□➢➤►✓✔+]*$/.test(body) ? '' : `- ${body}`;
}

// Not after an abbreviation's point or an initial ("U.S. citizens").
const SENTENCE_END = new RegExp(
  String.raw`(?<=[.!?;])${ABBREVIATION}(?<!(?:^|[\s(.])\p{Lu}\.)\s+(?:[-–•·▪]\s+)?(?=[\p{Lu}"“‘(])|(?<=:)\s+[-–•·▪]\s+(?=[\p{Lu}"“‘(])|\s+[•·▪]\s+(?=[\p{Lu}"“‘(])`,
  'gu',
);

/** Sentence spans of a line: split after . ! ? (and an inline list mark) before a capital, never inside a word or brackets. */
export function sentences(text: string, line: Line): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  const body = text.slice(line.start, line.end);
  // A flattened list runs its items on after a sentence's end: "Wie zoeken wij? - Je hebt …", and
  // after its lead-in: "… het volgend profiel: - Je hebt …".
  let last = 0;
  for (let m = SENTENCE_END.exec(body); m; m = SENTENCE_END.exec(body)) {
    // (Not inside brackets: "(e.g. SQL, Hive)" is one sentence's.)
    if (unclosed(body.slice(last, m.index))) continue;
    out.push({ start: line.start + last, end: line.start + m.index });
    last = m.index + m[0].length;
  }
  out.push({ start: line.start + last, end: line.end });
  return out;
}

/** The share of a unit's letters that its requirements' spans cover. */
export function covered(text: string, unit: { start: number; end: number }, asked: Requirement[]): number {
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

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
export const clean = (s: string) => s.replace(/\s+/g, ' ').trim();
/** A sentence of ours ends as one: "Je hebt ervaring in de sector" → "… sector.". */
export const closed = (s: string) => (/[.!?]$/.test(s) ? s : `${s}.`);

/** A requirement's own words as a whole list item: no list mark, leading joiner or dangling "and". */
export function sentence(text: string): string {
  const body = clean(text)
    .replace(LIST_MARK, '')
    .replace(/^(?:[;,:.)\]-]\s*)+/, '')
    .replace(/^(?:en|of|and|or|maar|but)\s+/i, '')
    .replace(/[\s,;:]+(?:en|of|and|or)?$/i, '')
    .replace(/[\s,;:]+$/, '');
  return capital(body);
}

/**
 * The keys of a posting's key–value lines ("Niveau:" over "HBO BACHELOR", "Vakgebied(en):" over
 * "Intelligence"): a label of a word or two whose next line is a short value. They stay lines, not
 * headings: the posting's facts, not its sections.
 */
export function keyLabels(lines: Line[]): Set<Line> {
  const out = new Set<Line>();
  for (let i = 0; i + 1 < lines.length; i++) {
    const label = lines[i]!.text.trim();
    const value = lines[i + 1]!.text.trim();
    if (
      // (A label that names a section, "Vereisten:", "Wij bieden:", is its heading.)
      lines[i]!.section === 'other' &&
      /^[A-Za-zÀ-ÖØ-öø-ɏ()-]+(?:\s+[A-Za-zÀ-ÖØ-öø-ɏ()-]+)?:$/.test(label) &&
      !/^#/.test(label) &&
      value &&
      !lines[i + 1]!.heading &&
      !lines[i + 1]!.bullet &&
      value.split(/\s+/).length <= 6 &&
      !/[.!?:;]$/.test(value)
    )
      out.add(lines[i]!);
  }
  return out;
}
