/**
 * Long: the line splitter with its markup cleaning, and the units, headings and lists read from the
 * lines.
 */
import type { Span } from '../../../shared/translation';
import { headingKind, type SectionKind } from './sections';
import { matchAll } from './match-all';

export interface Unit {
  text: string;
  span: Span;
  section: SectionKind;
  /** The line was a list item (bullet or numbered), or the unit is a whole short line (a bullet without its marker). */
  bullet: boolean;
  /** Index of the line in the posting, for the rewrite. */
  line: number;
}

export interface Line {
  text: string;
  start: number;
  end: number;
  section: SectionKind;
  heading: boolean;
  bullet: boolean;
  /** A piece of a page flattened into one line: each of its sentences is read as an item. */
  flat?: true;
}

const BULLET = /^\s*(?:[-–—*+]\s+|[•·▪●◦○■□➢➤►✓✔]\s*|(?:\d{1,2}|[a-z])[.)]\s+)/;

/** Lines of the posting with their offsets and the section each belongs to. */
// Postings pasted from an editor keep their HTML: block tags end a line like a newline does.
const LINE_BREAK = /\r?\n|<br\s*\/?>|<\/?(?:p|li|ul|ol|h[1-6]|div|tr|td|table|section|article|header|footer)\b[^>]*>/gi;
// Inline tags and whitespace around a line's content.
const EDGE = /^(?:\s|<\/?[a-z][^>]*>|&nbsp;)+|(?:\s|<\/?[a-z][^>]*>|&nbsp;)+$/gi;

const GLUED_HEADING = /^((\*{2,4})[^*\n]{2,60}\2(?:\*(?!\*))?)\s*(?=\p{Lu}|\*+\s*[^*\s])/u;

// A Markdown heading mark or a bold phrase inside a line, after a sentence's end or a word.
const INNER_HEADING = /(?<=[.!?:]\s*|[A-Za-zÀ-ÖØ-öø-ɏ\d)]\s*)(?:#{2,6}\s|\*{2,3}(?=[^*\s])[^*\n]{2,60}?\*{2,3})/g;

/** Where a heading flattened into the middle of a line starts, or -1. */
function innerHeading(raw: string): number {
  if (!raw.includes('#') && !raw.includes('**')) return -1;
  for (const m of matchAll(INNER_HEADING, raw)) {
    if (m.index === 0) continue;
    // A bold name ("**Power BI**") is emphasis; a bold section name or question is a heading.
    const kind = m[0].startsWith('#') ? 'other' : headingKind(m[0]);
    if (kind && (kind !== 'other' || m[0].startsWith('#') || /[?:]\**$/.test(m[0]))) return m.index;
  }
  return -1;
}

// Flattened HTML glues list items and headings together: "op een prettige manierJe hebt kennis",
// "Wat breng je mee?Je beschikt". A word that starts in lower case and runs into a capitalised word,
// or a sentence end with no space after it. ("PowerPoint" starts in upper case, "iPhone" is too short.)
export const GLUE =
  /(?<=(?:^|[\s(])\p{Ll}[A-Za-zÀ-ÖØ-öø-ɏ]*\p{Ll}{2}|\p{Ll}{2}[.?!])(?=\p{Lu}\p{Ll}*[\s,])|(?<=\p{Ll}{3})(?=(?:Je|Jij|Jouw|Wij|We|Ons|Onze|Heb|Ben|Ook|Daarnaast|You|Your|We)\s)/gu;

/** Where a word may run into the next: a lower-case letter before a capital, or a sentence end before a word. */
export const MAYBE_GLUED = /\p{Ll}\p{Lu}|[.?!]\p{Lu}\p{Ll}/u;
// (The same pattern, to count them; a `g` pattern keeps state between tests, so it is a second literal.)
const MAYBE_GLUED_ALL = /\p{Ll}\p{Lu}|[.?!]\p{Lu}\p{Ll}/gu;

// A short question after a sentence or glued to a word, the name of a section ("… in ons team. Wie zijn
// wij? Altrecht is …", "… in de AMS-schaalWat breng je mee?").
// (Zero-width spaces count as spaces: pages put them there.)
const SECTION_QUESTION = /(?<=[.!?][\s\u200b]{1,8}|\p{Ll})\p{Lu}[^.!?\n]{2,40}\?/gu;
const QUESTION_AT = /^\p{Lu}[^.!?\n]{2,40}\?/u;
const ACRONYM_GLUE = /(?<=[\s(]\p{Lu}{3,5}|\p{Ll}\))(?=\p{Lu}\p{Ll}{2,}\s)/gu;

/**
 * Where a flattened line was glued: the offsets of its glued items, and around a section's question
 * that a space still parts from the sentences beside it.
 */
function flattenedCuts(raw: string): number[] {
  if ((raw.match(MAYBE_GLUED_ALL)?.length ?? 0) < 3) return [];
  const cuts = matchAll(GLUE, raw).map((m) => m.index);
  if (cuts.length < 3) return [];
  // (There also an abbreviation or a bracket runs into the next item: "… van de GGZ CAOEen uitdagende baan …",
  // "(volledige dertiende maand)Het meerkeuzesysteem …".)
  cuts.push(...matchAll(ACRONYM_GLUE, raw).map((m) => m.index));
  const questions = [
    ...matchAll(SECTION_QUESTION, raw).map((m) => ({ at: m.index, text: m[0] })),
    ...cuts.map((at) => ({ at, text: QUESTION_AT.exec(raw.slice(at))?.[0] ?? '' })),
  ];
  for (const { at, text } of questions) {
    const kind = text ? headingKind(text) : null;
    if (kind && kind !== 'other') cuts.push(at, at + text.length);
  }
  return [...new Set(cuts)].sort((a, b) => a - b);
}

const TASKS_FOLLOW =
  /(?<![A-Za-zÀ-ÖØ-öø-ɏ])(?:(?:de|het) volgende (?:taken|werkzaamheden|verantwoordelijkheden)|(?:je|jouw) (?:taken|werkzaamheden|verantwoordelijkheden) (?:zijn|bestaan uit|omvatten)|tot (?:je|jouw) (?:taken|werkzaamheden) (?:behoren|horen)|(?:the )?following (?:tasks|duties|responsibilities)|(?:your|the) (?:tasks|duties|responsibilities) (?:include|are|will be))\b[^.!?]{0,40}:\s*$/i;
/** A line of a word or a few, no sentence: "Analyseren", "Plannen en organiseren". */
const shortItem = (l: Line) => !l.heading && !l.bullet && l.text.split(/\s+/).length <= 4 && !/[.!?;,]$/.test(l.text);

/** A heading over a list of competences, each a word or two: "Competenties", "Kwaliteiten", "Skills". */
const COMPETENCES = /(?<![A-Za-zÀ-ÖØ-öø-ɏ])(?:competenties|competencies|vaardigheden|kwaliteiten|eigenschappen|skills|qualities)(?![A-Za-zÀ-ÖØ-öø-ɏ])/i;
/** The words of a lead-in that introduce its list, after what it asks: ", verder herken jij je in de volgende punten:", " aan o.a. de volgende taken:", " én heb je kennis van:". */
const LEAD_IN_TAIL =
  /,\s*(?:(?:verder|daarnaast|ook|en)\s+)?[^,]*(?:volgende|onderstaande)[^,]*:$|\s(?:aan|in|met|bij|voor|op)\s+(?:o\.a\.\s+)?(?:de|het)\s+(?:volgende|onderstaande)\s[^,]*:$|\s(?:en|én)\s+(?=(?:(?:heb|ben|kun|wil|beschik)\s+(?:je|jij)|(?:je|jij)\s+[a-zà-ÿ]+t)\s)[^,]*:$/i;
const TASKS_NEED =
  /(?<![A-Za-zÀ-ÖØ-öø-ɏ])(?:nodig|vragen|vraagt|verwachten|vereist|heb je|beschik|need|require|requires|required|expect)(?![A-Za-zÀ-ÖØ-öø-ɏ])/i;

/**
 * Long: one pass over the text that cuts lines, cleans their markup and follows the section;
 * offsets stay exact because it is one pass.
 */
export function lines(text: string, title: string | null = null): Line[] {
  const out: Line[] = [];
  const role = titleRoles(title);
  let section: SectionKind = 'intro';
  let offset = 0;
  const push = (start: number, end: number, listItem: boolean, flat = false) => {
    let raw = text.slice(start, end);
    let lead: number;
    // Without "<" or "&" no tag or &nbsp; can match: the edges are whitespace only, what trim takes
    // (\s and trim both mean WhiteSpace and LineTerminator).
    if (!raw.includes('<') && !raw.includes('&')) {
      lead = raw.length - raw.trimStart().length;
      raw = raw.trim();
    } else {
      lead = raw.length - raw.replace(/^(?:\s|<\/?[a-z][^>]*>|&nbsp;)+/i, '').length;
      raw = raw.replace(EDGE, '');
    }
    if (!raw.trim()) return;
    const from = start + lead;
    // A page flattened into one long line ("… Wat breng je mee?Je bent BIG-geregistreerd als
    // PsychiaterJe bent een prettige collega …") is cut where its items and headings were glued.
    // (A piece of one sentence was an item of a list; only a section's own name is a heading there.)
    const cuts = raw.length >= 400 ? flattenedCuts(raw) : [];
    if (cuts.length >= 3) {
      [0, ...cuts].forEach((at, i) => {
        const piece = raw.slice(at, cuts[i] ?? raw.length).trim();
        push(from + at, from + (cuts[i] ?? raw.length), piece.length <= 250 && !/[.!?]\s+\S/.test(piece), true);
      });
      return;
    }
    // A bold heading glued to its first sentence by a flattened page ("**What we offer**In this
    // role…") is two lines: the heading opens its section.
    const glued = GLUED_HEADING.exec(raw);
    if (glued && headingKind(glued[1]!)) {
      push(from, from + glued[1]!.length, false);
      push(from + glued[1]!.length, from + raw.length, listItem);
      return;
    }
    // …and one glued to the end of the sentence before it ("… in Paris. **What will you be
    // doing?**", "Jr Business Controller### **Job Description**"): the line ends where it starts.
    const inner = innerHeading(raw);
    if (inner > 0) {
      push(from, from + inner, listItem);
      push(from + inner, from + raw.length, false);
      return;
    }
    let kind = headingKind(raw);
    // A short line that opens with a section's name and adds a call ("Interesse? Neem contact op!").
    if (!kind && raw.length <= 40) {
      const first = /^([^.?!]{2,30}[?!])\s+\S/.exec(raw)?.[1];
      const named = first ? headingKind(first) : null;
      if (named && named !== 'other') kind = named;
    }
    // A Markdown heading ("## Conditions of employment") is a heading whatever it names: it ends
    // the section before it, so a requirement block never runs on into the company or the offer.
    if (!kind && /^#{1,6}\s+\S/.test(raw)) kind = 'other';
    // Inside a requirements section a "...:" or "...?" line introduces more of the same.
    // (Not a Markdown heading: the page marked it as one, "### Wie bieden:".)
    if (kind === 'other' && /[:?]\s*$/.test(raw) && (section === 'requirements' || section === 'preferred') && !/^#{1,6}\s/.test(raw)) kind = null;
    // A short noun phrase after an unmarked item of the offer is one more item ("iPad van de zaak" /
    // "Opleidingsmogelijkheden voor persoonlijke ontwikkeling"), not a title that ends the offer.
    // (After bullets, an unmarked line is a title: "• Reiskostenvergoeding" / "Algemene informatie".)
    const unmarked = kind === 'other' && !listItem && !/[:?]\s*$|^#|^(?:wat|wie|waarom|hoe|what|who|why|how)\s/i.test(raw);
    const previous = out.at(-1);
    if (unmarked && section === 'offer' && previous?.section === 'offer' && !previous.heading && !previous.bullet) kind = null;
    // So is a short competence under the requirements' heading and after another one ("Competenties" /
    // "Analyseren" / "Netwerken" / "Plannen en organiseren").
    // (The heading over them is looked up last: only such a line asks.)
    if (
      unmarked &&
      (section === 'requirements' || section === 'preferred') &&
      previous?.section === section &&
      (previous.heading || shortItem(previous)) &&
      raw.split(/\s+/).length <= 4 &&
      COMPETENCES.test(out.findLast((l) => l.heading)?.text ?? '')
    )
      kind = null;
    // One of the roles a title names ("Sloopwerker / Grondwerker / Allround medewerker") over its own
    // list under the demands' heading: what that role asks is asked too.
    if (unmarked && (section === 'requirements' || section === 'preferred') && role(raw)) kind = null;
    if (flat && kind === 'other') kind = null;
    if (kind) section = kind;
    // A sentence that says the tasks follow opens them, heading or not: "En werk je graag nauwkeurig
    // aan o.a. de volgende taken:" (not one that asks what the tasks need: "Voor deze taken vragen wij:").
    // (The sentence itself stays where it stands: what it asks first, "En werk je graag nauwkeurig", is asked there.)
    else if (!listItem && TASKS_FOLLOW.test(raw) && !TASKS_NEED.test(raw)) {
      out.push({ text: raw, start: from, end: from + raw.length, section, heading: false, bullet: BULLET.test(raw) });
      section = 'tasks';
      return;
    }
    out.push({ text: raw, start: from, end: from + raw.length, section, heading: !!kind, bullet: listItem || BULLET.test(raw), ...(flat ? { flat } : {}) });
  };
  let listItem = false;
  for (const m of matchAll(LINE_BREAK, text)) {
    push(offset, m.index, listItem);
    listItem = /^<li\b/i.test(m[0]);
    offset = m.index + m[0].length;
  }
  push(offset, text.length, listItem);
  // The rest of a list item whose heading was glued to it ("* **Nice-to-Have** Experience in …" over
  // "* Interpersonal skills") is an item of that list too.
  out.forEach((line, i) => {
    const before = out[i - 1];
    if (before?.heading && !line.heading && !line.bullet && !line.flat && out[i + 1]?.bullet && !text.slice(before.end, line.start).includes('\n'))
      line.bullet = true;
  });
  return questionsAreNoHeadings(out);
}

/** The title's roles when it names more than one ("Sloopwerker / Grondwerker"): is a line one of them? */
function titleRoles(title: string | null): (line: string) => boolean {
  const plain = (s: string) =>
    s
      .replace(/\([^)]*\)/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .toLowerCase();
  const roles = plain(title ?? '').split(/\s*[/|,&]\s*|\s+(?:of|en|or|and)\s+/);
  return (line) => roles.length > 1 && roles.includes(plain(line.replace(/[#*_:]/g, '')));
}

const SHORT_QUESTION = (l: Line) => /\?\s*$/.test(l.text) && l.text.split(/\s+/).length <= 12;

/**
 * Questions one after another ("Ben jij werkzaam als Programmeur?" / "Heb jij ervaring met C++?")
 * are the posting's hook, not headings: each opens nothing, so each keeps the section before it.
 */
function questionsAreNoHeadings(out: Line[]): Line[] {
  for (let i = 0; i < out.length; i++) {
    const line = out[i]!;
    if (!line.heading || line.section !== 'other' || !SHORT_QUESTION(line)) continue;
    const next = out[i + 1];
    const previous = out[i - 1];
    if (!(next && SHORT_QUESTION(next) && !/^#/.test(next.text)) && !(previous && !previous.heading && SHORT_QUESTION(previous))) continue;
    if (/^#{1,6}\s/.test(line.text)) continue;
    const section = previous?.section ?? 'intro';
    line.heading = false;
    for (let j = i; j < out.length && (j === i || !out[j]!.heading); j++) out[j]!.section = section;
  }
  return out;
}

// Sentence boundaries, plus inline "•"/";" lists (their marks, "·" or a lone "o", left out of the
// units: "…; · Je werkt", "… : o Je vertaalt") and the run-on sentences of flattened postings
// ("... doorpakken Communicatie is ...") where a new clause starts with a capitalised opener.
// (The short words stand alone: "We" does not open "Wetenschappen", nor "U" "Utrecht".)
const PRONOUN_OPENERS = 'Je|Jij|Jouw|U|Wij|We|Een';
const OPENERS =
  'Ervaring|Kennis|Vaardig|Goede|Sterke|Vlot|Vlotte|Minimaal|Minimum|Bereid|Beschikt|Bent|Hebt|Communicatie|Rijbewijs|Graag|Flexibel|Zelfstandig|Klantgericht|Nauwkeurig|Teamplayer|Stressbestendig|Leergierig|Affiniteit|Interesse|Daarnaast|Tevens|Talenkennis|Vloeiend|Uitstekende|Enige|Relevante|Praktische|Analytisch|Analytische|Sterk|Heb|Ben|Kan|Kunt|Wil|Houdt|Werkt|Spreekt|Beheerst|Neemt|Gaat|Gestructureerd|Initiatief|Creatief|Communicatief|Resultaatgericht|Open|Geen|Woonachtig|Beschikbaar|Voltijds|Voltijdse|Deeltijds|Fulltime|Parttime|In het bezit|Kandidaten|You|Strong|Excellent|Experience|Knowledge|Ability|Able|Proficiency|Familiarity|Must|Good|Solid|Demonstrated|Proven|Bachelor|Bachelordiploma|Bachelorsdiploma|Masterdiploma|Graduaat';
/** Not after an abbreviation's point: "(e.g. SQL)", "bijv. Excel". */
export const ABBREVIATION = String.raw`(?<!\b(?:e\.g|i\.e|bijv|bv|o\.a|incl|ca|etc|vs|min|max|nr|resp|evt|m\.b\.t|t\.a\.v|Ph\.D|B\.S|M\.S|Dr|Mr|Mrs|St)\.)`;
// Cheap tests first, the same boundaries: every boundary starts at a space or ";"; a sentence end is
// checked before the abbreviations; an opener after the spaces before the words it may not follow.
const SPLIT = new RegExp(
  `(?=[\\s;])(?:(?<=[.!?;:])${ABBREVIATION}\\s+(?=[\\p{Lu}("“'‘0-9])|\\s+(?:[•·▪]\\s*|o\\s+(?=\\p{Lu}))|(?=\\s+(?:(?:${PRONOUN_OPENERS})|(?:${OPENERS})[A-Za-zÀ-ÖØ-öø-ɏ']*)(?:[\\s,;!?]|\\.(?![A-Za-z])))(?<=[\\p{Ll}0-9)’'"”])(?<!\\b(?:bijvoorbeeld|zoals|bv|such as|e\\.g\\.|in|of|en|or|and|de|het|een|the|a|an|met|with|van|of|minimaal|minstens|afgeronde|relevante|professionele|academische))\\s+|;\\s*(?:[•·▪]\\s*|o\\s+(?=\\p{Lu}))?|\\s+[–—-]\\s+(?=\\p{Lu}))`,
  'gu',
);

/** More "(" than ")": the text stops inside brackets. */
export function unclosed(text: string): boolean {
  if (!text.includes('(')) return false;
  let depth = 0;
  for (const c of text)
    if (c === '(') depth++;
    else if (c === ')' && depth > 0) depth--;
  return depth > 0;
}

/**
 * The next line goes on with this one's sentence: no list mark or heading on either, nothing between
 * them but one line break, this one ending on a word or a comma, the next one starting in lower case.
 */
function wraps(a: Line, b: Line, text: string): boolean {
  if (a.heading || b.heading || a.section !== b.section || BULLET.test(b.text) || !/^\p{Ll}/u.test(b.text)) return false;
  if (!/[A-Za-zÀ-ÖØ-öø-ɏ\d,]$/.test(a.text) || text.slice(a.end, b.start).trim() || (text.slice(a.end, b.start).match(/\n/g)?.length ?? 0) !== 1) return false;
  if (/<|&nbsp;/.test(text.slice(a.start, b.end))) return false;
  // Broken after a comma or a word that cannot end a sentence, or the next line ends the sentence
  // this one began (not two items of a list without marks: "… de Engelse taal" / "affiniteit met sport is een pré").
  return (
    /(?:,|(?<![A-Za-zÀ-ÖØ-öø-ɏ])(?:en|of|van|de|het|een|met|voor|in|aan|op|bij|te|om|die|dat|onze|je|and|or|of|the|a|an|to|with|for|your|our|in|on|at))$/i.test(
      a.text,
    ) || /[.!?]$/.test(b.text)
  );
}

/** Split the posting into units (sentences or list items) with their character spans. */
export function units(text: string, title: string | null = null): { units: Unit[]; lines: Line[] } {
  const all = lines(text, title);
  const out: Unit[] = [];
  // How far each line runs on: a sentence the page wrapped ("… je ervaring en" / "energie zorg je
  // …" / "klanten.") is one sentence, cut into units as one.
  const runsTo = all.map((_, i) => i);
  for (let i = all.length - 2; i >= 0; i--) if (wraps(all[i]!, all[i + 1]!, text)) runsTo[i] = runsTo[i + 1]!;
  let skipTo = -1;
  all.forEach((line, index) => {
    if (line.heading || index <= skipTo) return;
    skipTo = runsTo[index]!;
    const bulletMatch = BULLET.exec(line.text);
    let cursor = line.start + (bulletMatch ? bulletMatch[0].length : 0);
    const end = all[skipTo]!.end;
    // (A wrapped sentence keeps its line breaks: every span points at exactly its text.)
    const body = text.slice(cursor, end);
    let last = 0;
    const push = (from: number, to: number) => {
      const piece = body.slice(from, to);
      const lead = piece.length - piece.trimStart().length;
      const trimmed = piece.trim();
      if (trimmed.length < 2) return;
      const start = cursor + from + lead;
      const wholeLine = from === 0 && to === body.length && trimmed.length <= 160;
      // A lead-in that first asks something itself ("Je bent proactief en een teamplayer, verder herken
      // jij je in de volgende punten:", "En werk je graag nauwkeurig aan o.a. de volgende taken:"): what
      // it asks is a unit of its own, the words that introduce the list another.
      const tail = trimmed.endsWith(':') ? LEAD_IN_TAIL.exec(trimmed) : null;
      if (tail && tail.index > 0 && trimmed.slice(0, tail.index).split(/\s+/).length >= 3) {
        const head = trimmed.slice(0, tail.index).replace(/[\s,]+$/, '');
        const rest = trimmed.slice(tail.index).trimStart();
        const restStart = start + trimmed.length - rest.length;
        out.push({ text: head, span: { start, end: start + head.length }, section: line.section, bullet: false, line: index });
        out.push({ text: rest, span: { start: restStart, end: restStart + rest.length }, section: line.section, bullet: false, line: index });
        return;
      }
      out.push({
        text: trimmed,
        span: { start, end: start + trimmed.length },
        section: line.section,
        bullet: line.bullet || wholeLine || !!line.flat,
        line: index,
      });
    };
    for (const m of matchAll(SPLIT, body)) {
      // No cut inside brackets: "kwaliteiten (de kinderen; de speelomgeving)" is one unit.
      if (unclosed(body.slice(last, m.index))) continue;
      push(last, m.index);
      last = m.index + m[0].length;
    }
    push(last, body.length);
    cursor = end;
  });
  return { units: out, lines: all };
}
