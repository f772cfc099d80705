/**
 * `text.matchAll(re)` for a module-level global regex, without the copy of the regex that matchAll
 * makes on every call (the splitters call it once per line and per sentence of every posting).
 */
export function matchAll(re: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(m);
    // As matchAll does: step over an empty match, by a whole code point in unicode mode.
    if (m[0] === '') re.lastIndex += re.unicode && (text.codePointAt(re.lastIndex) ?? 0) > 0xffff ? 2 : 1;
  }
  re.lastIndex = 0;
  return out;
}
