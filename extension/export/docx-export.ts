import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { parseMarkdown, type Run } from './markdown';

const HEADINGS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

const runs = (items: Run[]) => items.map((run) => new TextRun({ text: run.text, bold: run.bold }));

/**
 * The rewritten vacancy as a Word document: headings, bullet lists and paragraphs. The ESCO
 * attribution is the document's description (File → Properties), not part of the vacancy text (#14).
 */
export function markdownToDocument(markdown: string, language: string, title: string, attribution = ''): Document {
  const children = parseMarkdown(markdown).flatMap((block) => {
    if (block.type === 'heading') return [new Paragraph({ heading: HEADINGS[block.level], children: runs(block.runs) })];
    if (block.type === 'paragraph') return [new Paragraph({ children: runs(block.runs) })];
    return block.items.map((item) =>
      block.ordered
        ? new Paragraph({ numbering: { reference: 'numbers', level: 0 }, children: runs(item) })
        : new Paragraph({ bullet: { level: 0 }, children: runs(item) }),
    );
  });
  return new Document({
    title,
    creator: 'Vaardig',
    ...(attribution ? { description: attribution } : {}),
    styles: { default: { document: { run: { language: { value: language === 'nl' ? 'nl-NL' : 'en-GB' } } } } },
    numbering: { config: [{ reference: 'numbers', levels: [{ level: 0, format: 'decimal', text: '%1.', alignment: 'left' }] }] },
    sections: [{ children }],
  });
}

export async function markdownToDocx(markdown: string, language: string, title: string, attribution = ''): Promise<Blob> {
  return Packer.toBlob(markdownToDocument(markdown, language, title, attribution));
}
