import { describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { decidedVacancy } from '../../sidepanel/compose';
import { exportFile, fileName, htmlDocument, jobPostingJsonLd } from '../export';
import { parseMarkdown } from '../markdown';
import { acceptAll, translation, vacancy } from '../../sidepanel/__tests__/translation-fixture';

// Every card accepted: the engine's rewrite (an undecided card keeps its original, #17).
const decided = decidedVacancy(translation, vacancy, acceptAll);

describe('markdown', () => {
  it('parses headings, lists and bold', () => {
    expect(parseMarkdown('# T\n\n- a **b**\n- c\n\n1. x\n\npara\nline')).toEqual([
      { type: 'heading', level: 1, runs: [{ text: 'T', bold: false }] },
      {
        type: 'list',
        ordered: false,
        items: [
          [
            { text: 'a ', bold: false },
            { text: 'b', bold: true },
          ],
          [{ text: 'c', bold: false }],
        ],
      },
      { type: 'list', ordered: true, items: [[{ text: 'x', bold: false }]] },
      { type: 'paragraph', runs: [{ text: 'para line', bold: false }] },
    ]);
  });

  it('keeps a hostile title, language and attribution as text', () => {
    const html = htmlDocument('<p>x</p>', '"><script>', '<b>t</b>', '"><img src=x onerror=alert(1)>');
    expect(html).not.toMatch(/<img|<script|<b>/);
    expect(html).toContain('content="&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"');
  });
});

describe('exports', () => {
  it('JSON-LD is a JobPosting with ESCO skills as DefinedTerms and the law cited', () => {
    const json = jobPostingJsonLd(translation, vacancy, { ...acceptAll, r1: { status: 'rejected' } }, decided.html);
    expect(json['@type']).toBe('JobPosting');
    expect((json as Record<string, unknown>).datePosted).toBe('2026-01-01');
    // r1 rejected: only the skill that r3 shares stays.
    expect(json.skills.map((skill) => skill.name)).toEqual(['orders verzamelen']);
    expect(json.skills[0]).toMatchObject({ '@type': 'DefinedTerm', termCode: 'http://data.europa.eu/esco/skill/b' });
    expect(json.qualifications?.[0]?.recognizedBy?.name).toContain('Wegenverkeerswet');
    expect(json.description).toBe(decided.html);
  });

  it('credits ESCO in the metadata of every export, never in the vacancy text', async () => {
    const json = jobPostingJsonLd(translation, vacancy, acceptAll, decided.html);
    expect(json.skills[0]!.inDefinedTermSet).toMatchObject({ '@type': 'DefinedTermSet', creditText: translation.attribution });
    const html = await (await exportFile('html', { translation, vacancy, decisions: acceptAll, decided })).data.text();
    expect(html).toContain(`<meta name="esco-attribution" content="${translation.attribution}">`);
    expect(html.slice(html.indexOf('<body>'))).not.toContain('ESCO');
    const docx = unzipSync(new Uint8Array(await (await exportFile('docx', { translation, vacancy, decisions: acceptAll, decided })).data.arrayBuffer()));
    expect(strFromU8(docx['docProps/core.xml']!)).toContain(translation.attribution);
    expect(strFromU8(docx['word/document.xml']!)).not.toContain('ESCO');
    expect(await (await exportFile('markdown', { translation, vacancy, decisions: acceptAll, decided })).data.text()).not.toContain('ESCO');
  });

  it('exports the original where nothing was decided (#17): skipping keeps it', async () => {
    const untouched = decidedVacancy(translation, vacancy, {});
    for (const format of ['markdown', 'html', 'jsonld'] as const) {
      const text = await (await exportFile(format, { translation, vacancy, decisions: {}, decided: untouched })).data.text();
      expect(text).toContain('Een afgeronde mbo niveau 3 opleiding');
      expect(text).toContain('3 jaar ervaring in een magazijn');
      expect(text).not.toContain('Voorraad beheren');
    }
  });

  it('exports what was decided: a kept original is in every file', async () => {
    const kept = decidedVacancy(translation, vacancy, { r1: { status: 'rejected' } });
    for (const format of ['markdown', 'html', 'jsonld'] as const) {
      const file = await exportFile(format, { translation, vacancy, decisions: { r1: { status: 'rejected' } }, decided: kept });
      expect(await file.data.text()).toContain('Een afgeronde mbo niveau 3 opleiding');
    }
  });

  it.each([
    ['markdown', 'medewerker-logistiek.md'],
    ['html', 'medewerker-logistiek.html'],
    ['jsonld', 'medewerker-logistiek.jsonld'],
  ] as const)('%s exports as %s', async (format, name) => {
    const file = await exportFile(format, { translation, vacancy, decisions: acceptAll, decided });
    expect(file.name).toBe(name);
    expect(await file.data.text()).toContain('Voorraad beheren');
  });

  it('DOCX is a Word document holding the text', async () => {
    const file = await exportFile('docx', { translation, vacancy, decisions: acceptAll, decided });
    const files = unzipSync(new Uint8Array(await file.data.arrayBuffer()));
    const xml = strFromU8(files['word/document.xml']!);
    expect(xml).toContain('Voorraad beheren');
    expect(xml).toContain('Wat je meebrengt');
  });

  it('file names are safe', () => {
    expect(fileName('../Kok (m/v/x) café', 'md')).toBe('kok-m-v-x-cafe.md');
  });
});
