import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { captureDocument } from './index';
import { listedVacancies } from './listing';
import { REASON } from './verdict';

const page = (body: string, title = 'Vacature') =>
  parseHTML(`<!doctype html><html><head><title>${title}</title></head><body>${body}</body></html>`).document as unknown as Document;

const card = (title: string, slug: string, summary: string) =>
  `<article><h3><a href="/werken-bij/${slug}">${title}</a></h3><p>Zwolle · 32 uur per week</p><p>${summary}</p><a href="/werken-bij/${slug}">Bekijk vacature</a></article>`;

const POSTING =
  '<h1>Kok</h1><p>Restaurant De Linde · Zwolle</p><h2>Wat ga je doen</h2><ul><li>Je bereidt de gerechten van de kaart.</li></ul><h2>Wat vragen wij</h2><ul><li>Een diploma kok op mbo-niveau 3</li><li>Ervaring in een keuken</li></ul><h2>Wat bieden wij</h2><p>Een salaris volgens de cao Horeca. Solliciteer via het formulier.</p>';

describe('an overview of vacancies on a careers page (#17)', () => {
  it.each([
    [
      'cards with summaries',
      `<h1>Werken bij De Linde</h1><p>Wij zoeken collega's. Solliciteer direct.</p>${card('Kok', 'kok', 'Wat vragen wij: ervaring in een keuken.')}${card('Afwasser', 'afwasser', 'Je houdt de keuken schoon.')}<h2>Wat bieden wij</h2><p>Een goed salaris.</p>`,
    ],
    [
      'a list of linked titles under "Vacatures"',
      `<h1>Werken bij De Linde</h1><p>Wij zoeken collega's voor onze keuken en bediening; het salaris volgt de cao.</p><ul><li><h3><a href="/vacature/kok">Kok</a></h3> 38 uur</li><li><h3><a href="/vacature/gastvrouw">Gastvrouw</a></h3> 20 uur</li></ul>`,
    ],
  ])('is refused as a listing: %s', (_name, body) => {
    const vacancy = captureDocument(page(body, 'Werken bij De Linde'));
    expect(vacancy).toMatchObject({ isVacancy: false, title: null, reason: REASON.listing });
  });

  it('is not confused with one vacancy that links to related vacancies', () => {
    const related = `<aside><h2>Andere vacatures</h2>${card('Afwasser', 'afwasser', 'Je houdt de keuken schoon.')}${card('Gastvrouw', 'gastvrouw', 'Je ontvangt de gasten.')}</aside>`;
    const vacancy = captureDocument(page(`<main>${POSTING}</main>${related}`, 'Kok - Restaurant De Linde'));
    expect(vacancy).toMatchObject({ isVacancy: true, title: 'Kok' });
  });
});

describe('a vacancy description without a title (#17)', () => {
  const description =
    '<p><strong>Wat ga je doen?</strong></p><ul><li>Je bereidt de gerechten van de kaart.</li></ul><p><strong>Wat vragen wij?</strong></p><ul><li>Een diploma kok op mbo-niveau 3</li></ul><p><strong>Wat bieden wij?</strong></p><p>Een salaris volgens de cao. Solliciteer via het formulier.</p>';
  it.each([
    ['headings in bold', description],
    ['headings as h3', description.replace(/<p><strong>(.*?)<\/strong><\/p>/g, '<h3>$1</h3>')],
  ])('is a vacancy with no title (the panel asks for it): %s', (_name, body) => {
    const vacancy = captureDocument(page(`<div>${body}</div>`));
    expect(vacancy).toMatchObject({ isVacancy: true, title: null, reason: REASON.description });
  });

  it.each([
    [
      'a page with a requirements heading and no other part',
      '<h2>Wat vragen wij van vrijwilligers?</h2><p>Dat je een middag per maand meehelpt in de tuin van het buurthuis, met plezier en op tijd.</p>',
    ],
    [
      'a recipe with headings',
      '<h2>Wat heb je nodig</h2><ul><li>200 gram bloem</li></ul><h2>Bereiding</h2><p>Meng de bloem met de boter en bak de taart 45 minuten op 180 graden tot hij goudbruin is.</p>',
    ],
  ])('is still refused: %s', (_name, body) => {
    expect(captureDocument(page(body, 'Buurthuis')).isVacancy).toBe(false);
  });
});

describe('the vacancies a refused listing links to (#17)', () => {
  const at = (body: string) => captureDocument(page(body, 'Werken bij De Linde'), 'https://delinde.nl/werken-bij');

  it('names each card by its heading, with its address, once', () => {
    const vacancy = at(
      `<h1>Werken bij De Linde</h1><p>Solliciteer direct.</p>${card('Kok', 'kok', 'Wat vragen wij: ervaring in een keuken.')}${card('Afwasser', 'afwasser', 'Je houdt de keuken schoon.')}`,
    );
    expect(vacancy.listed).toEqual([
      { title: 'Kok', url: 'https://delinde.nl/werken-bij/kok' },
      { title: 'Afwasser', url: 'https://delinde.nl/werken-bij/afwasser' },
    ]);
  });

  it('reads a search page of many job links by their labels, leaving out menus and other schemes', () => {
    const links = Array.from({ length: 9 }, (_, i) => `<li><a href="/vacatures/functie-nummer-${i}">Monteur ${i}</a></li>`).join('');
    const body = `<nav><a href="/vacatures/alle-functies">Alle vacatures</a></nav><h1>128 vacatures in Zwolle</h1><ul>${links}<li><a href="javascript:alert(1)">Monteur x</a></li></ul>`;
    const vacancy = at(body);
    expect(vacancy.isVacancy).toBe(false);
    expect(vacancy.listed).toHaveLength(9);
    expect(vacancy.listed![0]).toEqual({ title: 'Monteur 0', url: 'https://delinde.nl/vacatures/functie-nummer-0' });
    expect(vacancy.listed!.map((item) => item.url).join(' ')).not.toMatch(/alle-functies|javascript/);
  });

  it('a vacancy names none; an address only a relative path gives is no link', () => {
    expect(captureDocument(page(`<main>${POSTING}</main>`, 'Kok'), 'https://delinde.nl/vacature/kok').listed).toBeUndefined();
    const doc = page(`${card('Kok', 'kok', 'Wat vragen wij: ervaring.')}${card('Afwasser', 'afwasser', 'Schoon.')}`);
    expect(listedVacancies(doc, null)).toEqual([]);
  });
});
