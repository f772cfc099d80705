const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Vaardig's plain text (blank-line blocks, "- " bullets) as the simple HTML editor APIs take. */
export function textToHtml(text: string): string {
  return text
    .split(/\n{2,}/)
    .map((block) => {
      const lines = block.split('\n').filter((line) => line.trim());
      if (lines.length && lines.every((line) => /^\s*[-•*]\s+/.test(line))) {
        return `<ul>${lines.map((line) => `<li>${escape(line.replace(/^\s*[-•*]\s+/, ''))}</li>`).join('')}</ul>`;
      }
      return lines.length ? `<p>${lines.map(escape).join('<br>')}</p>` : '';
    })
    .join('');
}
