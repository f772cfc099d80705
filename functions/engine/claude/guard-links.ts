/**
 * Guard (#14): links in the text the model wrote. A link stands only when it is http(s) and the
 * posting itself has it; a Markdown link to anything else becomes its label, and a sentence that
 * sends the reader to an address the posting does not give goes. HTML the model wrote goes too.
 * A posting that smuggles "[Solliciteer](javascript:alert(1))" into the model's answer publishes
 * "Solliciteer".
 */
import type { Warning } from '../../../shared/translation';
import { rewriteModel, type Piece, type TextContext } from './blocks';
import { dropSentences } from './sentences';

const TEXT = {
  nl: (n: number) => `Het model schreef ${n} link(s) die niet in de vacature staan of geen http(s) zijn; Vaardig heeft ze verwijderd.`,
  en: (n: number) => `The model wrote ${n} link(s) that are not in the posting or not http(s); Vaardig removed them.`,
};

// An address may hold balanced parentheses ("javascript:alert(1)").
const URL = String.raw`(?:[^()\s<>]|\([^()\s]*\))*`;
const MD_LINK = new RegExp(String.raw`!?\[([^\]]*)\]\(\s*<?(${URL})>?(?:\s+"[^"]*")?\s*\)`, 'gu');
const AUTOLINK = /<([a-z][a-z0-9+.-]*:[^<>\s]*)>/giu;
const HTML = /<\/?[a-z][^<>]*>/giu;
const BARE = /\b(?:(?:https?|javascript|vbscript|data|file|ftp):|www\.)[^\s<>"'\]]*/giu;

export function guardLinks(pieces: Piece[], ctx: TextContext): { pieces: Piece[]; warnings: Warning[] } {
  let removed = 0;
  const allowed = (url: string) => /^https?:\/\//i.test(url) && ctx.text.includes(url);
  const bare = (sentence: string) => [...sentence.matchAll(BARE)].some((m) => !allowed(m[0].replace(/[.,;:!?)]+$/u, '')));
  const out = rewriteModel(pieces, ctx, (markdown) => {
    const linked = markdown
      .replace(MD_LINK, (all, label: string, url: string) => (allowed(url) ? all : (removed++, label.trim())))
      .replace(AUTOLINK, (all, url: string) => (allowed(url) ? all : (removed++, '')))
      .replace(HTML, () => (removed++, ''));
    const dropped = dropSentences(linked, bare);
    removed += dropped.dropped.length;
    return dropped.markdown;
  });
  return { pieces: out, warnings: removed ? [{ code: 'claude.link-removed', message: TEXT[ctx.language](removed), span: null }] : [] };
}
