/** Sentences of the Markdown the model wrote, so that a guard can take one out and leave the rest whole. */

const MARK = /^\s*(?:#{1,6}\s+|[-*+•]\s+|\d+[.)]\s+)?/;

/**
 * `markdown` without the sentences `bad` picks. A question goes with the sentence that answers it
 * ("Geen diploma? Ervaring telt ook."); a line left without a sentence goes, list mark and all.
 */
export function dropSentences(markdown: string, bad: (sentence: string) => boolean): { markdown: string; dropped: string[] } {
  const dropped: string[] = [];
  const lines = markdown.split('\n').flatMap((line) => {
    const mark = MARK.exec(line)![0];
    const parts = line.slice(mark.length).split(/(?<=[.!?])\s+/);
    const keep: string[] = [];
    let answer = false;
    for (const part of parts) {
      if (answer || bad(part)) {
        dropped.push(part);
        answer = !answer && part.trim().endsWith('?');
        continue;
      }
      keep.push(part);
    }
    if (keep.length === parts.length) return [line];
    return keep.join(' ').trim() ? [`${mark}${keep.join(' ').trim()}`] : [];
  });
  return { markdown: lines.join('\n'), dropped };
}
