import { expect, test } from './fixtures';
import { foreignIn, recordInterfaceText, type Seen } from './language-sweep';

// The language sweep itself (#17): it must find what it is there to find, or its 0 means nothing.
// (The sweep runs in every side-panel test through sidepanel-helpers.ts; this file uses the bare fixtures.)

const at = (lang: string, text: string): Seen => ({ lang, text, page: 'sidepanel.html' });

test.describe('what counts as the other language', () => {
  const cases: [string, Seen, 'nl' | 'en', boolean][] = [
    ['an English locale string in the Dutch interface', at('nl', 'Read this page'), 'nl', true],
    ['an English sentence no locale holds', at('nl', 'Something went wrong, please try again.'), 'nl', true],
    ['a Dutch locale string in the English interface', at('en', 'Opnieuw proberen'), 'en', true],
    ['Dutch words in an English sentence', at('en', 'Vacancy from: de vacature van Bouwstoffen Oost'), 'en', true],
    ['the Dutch interface', at('nl', 'Deze pagina is een lijst met vacatures. Open één vacature en lees die pagina, of plak de tekst ervan.'), 'nl', false],
    ['the English interface', at('en', 'This page is a list of vacancies. Open one vacancy and read that page, or paste its text.'), 'en', false],
    ['Dutch content declared Dutch in the English interface', at('nl', 'Je bent stressbestendig en klantvriendelijk.'), 'en', false],
    ['a page title of unknown language', at('', 'Werken bij Bakkerij De Korenaar'), 'en', false],
    ['"Regio" inside "Region"', at('en', 'Region'), 'en', false],
  ];
  for (const [name, seen, ui, foreign] of cases) {
    test(`${foreign ? 'finds' : 'passes'} ${name}`, () => {
      expect(foreignIn([seen], ui).length > 0).toBe(foreign);
    });
  }
});

test.describe('in a Dutch browser', () => {
  test.use({ uiLanguage: 'nl' });

  test('the recorder sees text that appears after load, in attributes, and declared content; not code', async ({ context, extensionId }) => {
    const seen = await recordInterfaceText(context);
    const panel = await context.newPage();
    await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
    await expect(panel.getByRole('button', { name: 'Lees deze pagina' })).toBeVisible();
    await panel.evaluate(() => {
      const main = document.querySelector('main')!;
      main.insertAdjacentHTML(
        'beforeend',
        '<p>Loading your vacancy…</p><button aria-label="Close the panel">×</button><p lang="en">Warehouse worker</p><code>trait→person-profile</code>',
      );
    });
    await expect.poll(() => seen().some((entry) => entry.text === 'Close the panel')).toBe(true);
    const found = foreignIn(seen(), 'nl').map((finding) => finding.text);
    expect(found).toEqual(['Loading your vacancy…', 'Close the panel']);
    expect(seen().find((entry) => entry.text === 'Warehouse worker')?.lang).toBe('en');
    expect(seen().some((entry) => entry.text.includes('person-profile'))).toBe(false);
  });
});
