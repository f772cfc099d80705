import { describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { composeVacancy } from '../compose';
import { exportFile, fileName, htmlDocument, jobPostingJsonLd, plainText } from '../export';
import { parseMarkdown } from '../markdown';
import { translation, vacancy } from './translation-fixture';

const markdown = composeVacancy(translation, vacancy, {});

describe('markdown', () => {
  it('parses headings, lists and bold', () => {
    expect(parseMarkdown('# T\n\n- a **b**\n- c\n\n1. x\n\npara\nline')).toEqual([
      { type: 'heading', level: 1, runs: [{ text: 'T', bold: false }] },
      { type: 'list', ordered: false, items: [[{ text: 'a ', bold: false }, { text: 'b', bold: true }], [{ text: 'c', bold: false }]] },
      { type: 'list', ordered: true, items: [[{ text: 'x', bold: false }]] },
      { type: 'paragraph', runs: [{ text: 'para line', bold: false }] },
    ]);
  });

  it('never lets page or model text become live HTML', () => {
    const html = htmlDocument('# <img src=x onerror=alert(1)>\n\n- <script>x</script>', 'nl', '<b>t</b>');
    expect(html).not.toMatch(/<img|<script|<b>/);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('gives plain text with bullets', () => {
    expect(plainText('## Kop\n\n- a\n- b')).toBe('Kop\n\n• a\n• b');
  });
});

describe('exports', () => {
  it('JSON-LD is a JobPosting with ESCO skills as DefinedTerms and the law cited', () => {
    const json = jobPostingJsonLd(translation, vacancy, { r1: { status: 'rejected' } }, markdown);
    expect(json['@type']).toBe('JobPosting');
    expect((json as Record<string, unknown>).datePosted).toBe('2026-01-01');
    // r1 rejected: only the skill that r3 shares stays.
    expect(json.skills.map((skill) => skill.name)).toEqual(['orders verzamelen']);
    expect(json.skills[0]).toMatchObject({ '@type': 'DefinedTerm', termCode: 'http://data.europa.eu/esco/skill/b' });
    expect(json.qualifications?.[0]?.recognizedBy?.name).toContain('Wegenverkeerswet');
  });

  it.each([
    ['markdown', 'medewerker-logistiek.md'],
    ['html', 'medewerker-logistiek.html'],
    ['jsonld', 'medewerker-logistiek.jsonld'],
  ] as const)('%s exports as %s', async (format, name) => {
    const file = await exportFile(format, { translation, vacancy, decisions: {}, markdown });
    expect(file.name).toBe(name);
    expect(await file.data.text()).toContain('voorraad beheren');
  });

  it('DOCX is a Word document holding the text', async () => {
    const file = await exportFile('docx', { translation, vacancy, decisions: {}, markdown });
    const files = unzipSync(new Uint8Array(await file.data.arrayBuffer()));
    const xml = strFromU8(files['word/document.xml']!);
    expect(xml).toContain('voorraad beheren');
    expect(xml).toContain('Wat je meebrengt');
  });

  it('file names are safe', () => {
    expect(fileName('../Kok (m/v/x) café', 'md')).toBe('kok-m-v-x-cafe.md');
  });
});
