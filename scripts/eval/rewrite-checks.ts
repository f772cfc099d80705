/**
 * Checks on the rewritten vacancy that an HR person would make before publishing it (issue #14):
 * does every sentence that is not a requirement survive word for word, and is every line the
 * engine wrote whole? Independent of the engine's own segmentation: sentences come from the
 * posting's lines and the gold annotation says which are requirements.
 */

const norm = (s: string) =>
  s
    .replace(/<[^>]+>/g, ' ')
    .replace(/[*_#`]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

export interface Span {
  start: number;
  end: number;
}

/**
 * The posting's sentences that ask nothing of the candidate: pieces of its lines (split at sentence
 * ends) that overlap no gold requirement. A line ending in ":" or "?" right before a requirement
 * line is the requirement block's own heading, which the rewrite replaces by its own headings ("Wat
 * je meebrengt"); so is a short heading over a lead-in of that block ("Functie eisen" over "Dit
 * vragen wij:" over the demands).
 */
export function nonRequirementSentences(text: string, gold: Span[]): string[] {
  const out: string[] = [];
  const lines: Span[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) lines.push({ start: m.index, end: m.index + m[0].length });
  const touches = (a: Span) => gold.some((g) => g.start < a.end && g.end > a.start);
  lines.forEach((line, i) => {
    if (touches(line)) {
      // Sentences of a mixed line that are no requirement still count.
      const body = text.slice(line.start, line.end);
      const sentence = /[^.!?]+[.!?]+(?=\s|$)|[^.!?]+$/g;
      for (let m = sentence.exec(body); m; m = sentence.exec(body)) {
        const span = { start: line.start + m.index, end: line.start + m.index + m[0].length };
        if (!touches(span)) push(text.slice(span.start, span.end));
      }
      return;
    }
    const raw = text.slice(line.start, line.end);
    const after = lines.slice(i + 1).filter((l) => text.slice(l.start, l.end).trim());
    const [next, then] = after;
    // A requirement block's own heading: a question or "…:" line, or a short line without a sentence end.
    const headingLike = (l: string) => /[:?]\s*$/.test(l) || (l.trim().split(/\s+/).length <= 6 && !/[.!]\s*$/.test(l));
    const heading = headingLike(raw);
    const lead = (l: Span) => /[:?]\s*$/.test(text.slice(l.start, l.end)) && !touches(l);
    if (heading && next && (touches(next) || (lead(next) && then && touches(then)))) return;
    // …and a heading over a sub-heading that opens it ("Wie zoeken we?" / "Profielen die bij ons passen" / "Sloopwerker" / demands).
    const firstBody = after.findIndex((l) => !headingLike(text.slice(l.start, l.end)) || touches(l));
    if (heading && firstBody > 0 && firstBody <= 3 && touches(after[firstBody]!)) return;
    push(raw);
  });
  function push(s: string) {
    const clean = norm(s.replace(/^\s*(?:[-–•*·▪●◦✓✔]|\d{1,2}[.)])\s+/u, ''));
    if (clean.split(' ').length >= 3 && /\p{L}{2}/u.test(clean)) out.push(clean);
  }
  return out;
}

/** The share of those sentences found word for word (whitespace and markup aside) in the rewrite. */
export function keptVerbatim(sentences: string[], markdown: string): { kept: number; missing: string[] } {
  const haystack = norm(markdown);
  const missing = sentences.filter((s) => !haystack.includes(s));
  return { kept: sentences.length - missing.length, missing };
}

const DANGLING = /(?:^|\s)(?:en|of|and|or|met|with|een|de|het|the|a)\s*[.;,:]?$/iu;
const LEADING = /^(?:[-*•✓✔]\s*)?[;,.:)]/u;
const EMPTY_ITEM = /^\s*(?:[-*•✓✔]|\d+[.)])\s*[;,.:]?\s*$/u;

/** Lines the engine wrote (not in the posting as such) that are fragments. */
export function brokenLines(markdown: string, original: string): string[] {
  const source = norm(original);
  return markdown.split('\n').filter((line) => {
    const trimmed = line.trim();
    if (!trimmed) return false;
    if (EMPTY_ITEM.test(trimmed)) return true;
    const body = trimmed.replace(/^(?:#+\s*|[-*•]\s+)/, '');
    if (source.includes(norm(body))) return false;
    return LEADING.test(trimmed) || DANGLING.test(body) || (/^[-*•]\s/.test(trimmed) && !/\s/.test(body.trim())) || unbalanced(body);
  });
}

/** A bracket opened and not closed, or closed and not opened: a piece cut out of a sentence. */
function unbalanced(line: string): boolean {
  let depth = 0;
  for (const c of line) {
    if (c === '(') depth++;
    else if (c === ')' && --depth < 0) return true;
  }
  return depth !== 0;
}

/** Headings made of metadata: `key: value` pairs, HTML, front matter. */
export function metadataHeadings(markdown: string): string[] {
  return markdown.split('\n').filter((l) => /^#{1,6}\s/.test(l) && /^#{1,6}\s+(?:[\w-]+:\s*\S|.*<\/?[a-z][^>]*>|-{3,})/iu.test(l));
}

/** How often the title stands as a line of its own. */
export function titleLines(markdown: string, title: string): number {
  const t = norm(title);
  if (!t) return 0;
  return markdown.split('\n').filter((l) => norm(l) === t).length;
}

export function attributionInText(markdown: string): boolean {
  return /ESCO classification|ESCO-classificatie/i.test(markdown);
}
