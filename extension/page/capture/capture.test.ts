import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { Vacancy } from '../../../shared/vacancy';
import { captureDocument } from './index';
import { readReadable } from './readable';

const page = (body: string, head = '') => parseHTML(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`).document as unknown as Document;
const jsonLd = (data: unknown) => `<script type="application/ld+json">${typeof data === 'string' ? data : JSON.stringify(data)}</script>`;

const POSTING = {
  '@type': 'JobPosting',
  title: 'Verpleegkundige',
  hiringOrganization: { '@type': 'Organization', name: 'Zorggroep Oost' },
  jobLocation: { '@type': 'Place', address: { addressLocality: 'Utrecht' } },
  description: '<p>Wij zoeken een verpleegkundige.</p><h3>Wat vragen wij</h3><ul><li>mbo niveau 4</li><li>BIG-registratie</li></ul>',
};

describe('structured data', () => {
  it.each([
    ['a plain JobPosting', jsonLd(POSTING)],
    ['an array', jsonLd([{ '@type': 'WebSite' }, POSTING])],
    ['a @graph', jsonLd({ '@context': 'https://schema.org', '@graph': [{ '@type': 'Organization', name: 'X' }, POSTING] })],
    ['raw newlines and a trailing comma', jsonLd(JSON.stringify(POSTING).replace('Wij zoeken', 'Wij\nzoeken').replace(/}$/, ',}'))],
  ])('reads %s', (_name, script) => {
    const vacancy = captureDocument(page(script));
    expect(vacancy).toMatchObject({
      isVacancy: true,
      title: 'Verpleegkundige',
      employer: 'Zorggroep Oost',
      location: 'Utrecht',
      source: 'json-ld',
      language: 'nl',
    });
    expect(vacancy.text).toContain('- mbo niveau 4');
    expect(vacancy.requirementsText).toContain('BIG-registratie');
  });

  it.each([
    ['broken JSON', jsonLd('{"@type": "JobPosting", "title": ')],
    [
      'a snippet without a title',
      jsonLd({ '@type': 'JobPosting', educationRequirements: { '@type': 'EducationalOccupationalCredential', credentialCategory: 'bachelor degree' } }),
    ],
  ])('does not crash on %s', (_name, script) => {
    expect(() => captureDocument(page(script))).not.toThrow();
  });

  it('reads microdata', () => {
    const vacancy = captureDocument(
      page(
        '<div itemscope itemtype="https://schema.org/JobPosting"><h2 itemprop="title">Monteur</h2><span itemprop="hiringOrganization" itemscope itemtype="https://schema.org/Organization"><span itemprop="name">Bouwbedrijf Jansen</span></span><div itemprop="description"><p>Je bouwt mee aan woningen. Wat vragen wij: vakmanschap en een rijbewijs B.</p></div></div>',
      ),
    );
    expect(vacancy).toMatchObject({ isVacancy: true, title: 'Monteur', employer: 'Bouwbedrijf Jansen', source: 'microdata' });
  });

  it('reads RDFa', () => {
    const vacancy = captureDocument(
      page(
        '<div vocab="https://schema.org/" typeof="JobPosting"><h2 property="title">Chauffeur</h2><p property="description">Je rijdt door heel Nederland.</p></div>',
      ),
    );
    expect(vacancy).toMatchObject({ isVacancy: true, title: 'Chauffeur', source: 'rdfa' });
  });
});

describe('isVacancy', () => {
  const listing = `<h1>Onze vacatures</h1>${Array.from({ length: 10 }, (_, i) => `<a href="/vacatures/functie-${i}-medewerker">Medewerker ${i}</a>`).join('')}`;
  it.each([
    ['a listing page', listing],
    [
      'a recipe page',
      '<h1>Appeltaart</h1><p>Meng de bloem met de boter en bak de taart 45 minuten op 180 graden. Laat afkoelen en serveer met slagroom. Lekker bij de koffie op zondag.</p>',
    ],
    ['an empty template', '<h1></h1><div id="app"></div>'],
  ])('is false for %s, with a reason and no invented fields', (_name, body) => {
    const vacancy = captureDocument(page(body));
    expect(vacancy).toMatchObject({ isVacancy: false, title: null, employer: null });
    expect(vacancy.reason).not.toBe('');
  });

  it('is true for a labelled job page without structured data', () => {
    const body =
      '<h1>Magazijnmedewerker</h1><dl><dt>Bedrijf:</dt><dd>Logistiek BV</dd><dt>Locatie:</dt><dd>Tilburg</dd></dl><h2>Wat vragen wij</h2><ul><li>Je hebt ervaring in een magazijn</li><li>Rijbewijs B</li></ul><h2>Wat bieden wij</h2><p>Een salaris tot 3000 euro, 38 uur per week. Solliciteer direct.</p>';
    const vacancy = captureDocument(page(body, '<title>Magazijnmedewerker - Logistiek BV</title>'));
    expect(vacancy).toMatchObject({ isVacancy: true, title: 'Magazijnmedewerker', employer: 'Logistiek BV', location: 'Tilburg' });
    expect(vacancy.requirementsText).toBe('- Je hebt ervaring in een magazijn\n- Rijbewijs B');
  });

  it('reads only the selection when there is one', () => {
    const vacancy = captureDocument(page('<h1>Nieuws</h1>'), {
      selection: 'Wij zoeken een kok. Wat vragen wij: ervaring in een keuken en een vakdiploma. Solliciteer voor 1 mei.',
    });
    expect(vacancy).toMatchObject({ isVacancy: true, source: 'selection' });
  });
});

describe('pages without a description', () => {
  const policy = `<div class="privacy"><h3>Privacy policy</h3><p>${'We process your personal data when you apply for a position with us, and keep it for four weeks after the procedure ends. '.repeat(6)}</p></div>`;
  it.each([
    ['an application form', `<h1>Backend Engineer</h1><form id="application-form"><label>CV</label><input type="file" name="resume">${policy}</form>`],
    ['a known ATS apply page', `<div class="posting-headline"><h2>Backend Engineer</h2></div><form>${policy}<input type="file" name="resume"></form>`],
  ])('keep %s out of the text (no Readability pass over the form)', (_name, body) => {
    const vacancy = captureDocument(page(body, '<title>Backend Engineer</title>'), { url: 'https://jobs.lever.co/acme/1234/apply' });
    expect(vacancy.text).not.toContain('personal data');
  });
});

it('returns what the Vacancy schema accepts, unchanged', () => {
  const vacancy = captureDocument(page(jsonLd(POSTING)), { url: 'https://werk.example/vacature/1' });
  expect(Vacancy.parse(vacancy)).toEqual(vacancy);
});

it('reads the readable-content fallback under linkedom too, as the CLI uses it', () => {
  const text = 'Het archief zoekt iemand die oude kranten digitaliseert en beschrijft voor onderzoekers. ';
  const reading = readReadable(page(`<div><div><h2>Archief</h2><p>${text.repeat(6)}</p><p>${text.repeat(4)}</p></div></div>`));
  expect(reading?.text).toContain('oude kranten');
});

describe('a place named in the text', () => {
  it('gives the location when nothing else does', () => {
    const vacancy = captureDocument(page('<h1>Nieuws</h1>'), {
      editor: {
        source: 'editor',
        adapter: 'textarea',
        text: 'Bakkerij Jansen in Zwolle zoekt een bakker.\n\nWat vragen wij\n- ervaring in een bakkerij\n\nSolliciteer via de website, salaris volgens cao.',
      },
    });
    expect(vacancy).toMatchObject({ isVacancy: true, location: 'Zwolle' });
  });

  it('never makes a page a vacancy, nor shows on one that is not', () => {
    const vacancy = captureDocument(
      page(
        '<h1>Nieuws uit de regio</h1><p>De gemeente in Utrecht zoekt naar manieren om het centrum autoluw te maken. Bewoners mogen meedenken op een avond in het stadhuis.</p>',
      ),
    );
    expect(vacancy).toMatchObject({ isVacancy: false, location: null });
  });
});

describe('JSON-LD jobLocation forms', () => {
  const at = (jobLocation: unknown) => captureDocument(page(jsonLd({ ...POSTING, jobLocation }))).location;
  it.each([
    [
      'a Place with a PostalAddress',
      { '@type': 'Place', address: { '@type': 'PostalAddress', addressLocality: 'Zwolle', addressRegion: 'Overijssel', addressCountry: 'NL' } },
      'Zwolle',
    ],
    [
      'a US address with a state code',
      { '@type': 'Place', address: { addressLocality: 'Kirkland', addressRegion: 'WA', addressCountry: 'US' } },
      'Kirkland, WA',
    ],
    [
      'an Australian address with a state code',
      { address: { addressLocality: 'Camberwell', addressRegion: 'VIC', postalCode: '3124', addressCountry: { '@type': 'Country', name: 'AU' } } },
      'Camberwell, VIC',
    ],
    ['a Dutch province code, kept apart', { address: { addressLocality: 'Diessen', addressRegion: 'NB', addressCountry: 'NL' } }, 'Diessen'],
    ['an address array', { address: [{ addressLocality: 'Gent' }, { addressLocality: 'Brussel' }] }, 'Gent'],
    ['several places', [{ address: { addressLocality: 'Utrecht' } }, { address: { addressLocality: 'Arnhem' } }], 'Utrecht; Arnhem'],
    ['an address as a string', { address: 'Amersfoort' }, 'Amersfoort'],
    ['only a region', { address: { addressRegion: 'Limburg' } }, 'Limburg'],
    ['a place name only', { '@type': 'Place', name: 'Hoofdkantoor Leiden' }, 'Hoofdkantoor Leiden'],
  ])('reads %s', (_name, jobLocation, location) => {
    expect(at(jobLocation)).toBe(location);
  });
});
