import type { Span } from '../../../shared/schemas';

export interface Clause { text: string; span: Span }

// Where one sentence asks for two different things: "hbo-niveau en bent CCNA-gecertificeerd",
// "Bachelorsdiploma, bij voorkeur in elektromechanica", "ervaring met X; kennis van Y".
const CLAUSE_BREAK = /\s+(?:en|and)\s+(?=(?:je |jij |you )?(?:bent|hebt|beschikt|spreekt|kan|kunt|wil|houdt|ben|heb|are|have|can)\b)|,?\s+(?=\(?bij voorkeur\b)|\s*\(\s*(?=bij voorkeur\b)|,\s+(?=(?:preferably|ideally)\b)|,\s+(?=(?:je |jij )?(?:bent|hebt|beschikt)\b)|\s+(?:en|and)\s+(?=(?:een |a |an )?(?:rijbewijs|driver'?s licen[cs]e|vog)\b)/giu;

/** Split a unit into clauses that each ask for one thing, keeping exact spans. */
export function clauses(text: string, span: Span): Clause[] {
  const out: Clause[] = [];
  let last = 0;
  const push = (from: number, to: number) => {
    const piece = text.slice(from, to);
    const lead = piece.length - piece.trimStart().length;
    const trimmed = piece.trim().replace(/[,;)]+$/u, '').trim();
    if (trimmed.length < 3) return;
    out.push({ text: trimmed, span: { start: span.start + from + lead, end: span.start + from + lead + trimmed.length } });
  };
  for (const m of text.matchAll(CLAUSE_BREAK)) {
    if (m.index < 8) continue;
    push(last, m.index);
    last = m.index + m[0].length;
  }
  push(last, text.length);
  return out;
}
