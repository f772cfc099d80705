/**
 * The queue for thirty a day (#19), in Chromium with the built extension against the local Worker:
 * a reviewer of a team that serves a care and a construction employer searches (organisation and
 * title), sorts, reads the counts per status, selects by keyboard and approves two profiles with one
 * comment while a colleague decides one of them first: that one reports its problem, the other is
 * approved. Then a whole employer is returned for changes with one comment. Search and sort stay in
 * the address over a reload. axe and no English on every Dutch state; the English page once.
 */
import type { Page } from '@playwright/test';
import { ClientLink, Organization, Profile, TokenCreated } from '../../shared/profiles';
import { E2E_ADMIN_TOKEN } from '../../playwright.config';
import { careTranslation, TEXT } from '../support/profile-text-fixture';
import { expect as baseExpect, test } from './sidepanel-helpers';
import { API, api } from './api';
import { audit, checkDutchPage } from './review-page';
import { snap } from './sidepanel-helpers';

const expect = baseExpect.configure({ timeout: 15_000 });

/** Two employers served by one team, a reviewer and a colleague, and submitted profiles of each employer. */
async function seed(titles: { care: string[]; build: string[] }) {
  const run = `${Date.now()}${Math.floor(Math.random() * 1000)}`;
  const admin = (path: string, body: unknown) => api(Organization, path, E2E_ADMIN_TOKEN, body);
  const care = await admin('/v1/admin/organizations', { name: `Zorggroep Oost ${run}`, kind: 'employer' });
  const build = await admin('/v1/admin/organizations', { name: `Bouwbedrijf West ${run}`, kind: 'employer' });
  const team = await admin('/v1/admin/organizations', { name: `Expertiseteam ${run}`, kind: 'expertise_team' });
  for (const employer of [care, build]) await api(ClientLink, `/v1/admin/organizations/${team.id}/clients`, E2E_ADMIN_TOKEN, { employerId: employer.id });
  const token = async (organizationId: string, role: string, label: string) =>
    (await api(TokenCreated, '/v1/admin/tokens', E2E_ADMIN_TOKEN, { organizationId, role, label })).token;
  const joost = await token(team.id, 'reviewer', 'Joost Bakker');
  const eva = await token(team.id, 'reviewer', 'Eva Smit');
  const submit = async (employer: Organization, member: string, title: string) => {
    const vacancy = { isVacancy: true, title, employer: employer.name, location: 'Enschede', language: 'nl', text: TEXT, source: 'paste' };
    const created = await api(Profile, '/v1/profiles', member, { title, translation: careTranslation(), vacancy });
    return (await api(Profile, `/v1/profiles/${created.id}/submit`, member, {})).id;
  };
  const careMember = await token(care.id, 'member', 'Anna de Vries');
  const buildMember = await token(build.id, 'member', 'Bram Jansen');
  const ids: Record<string, string> = {};
  for (const title of titles.care) ids[title] = await submit(care, careMember, title);
  for (const title of titles.build) ids[title] = await submit(build, buildMember, title);
  return { run, care, build, joost, eva, ids };
}

async function connect(page: Page, extensionId: string, token: string, label: string, button: string) {
  await page.goto(`chrome-extension://${extensionId}/review.html`);
  await page.getByLabel(label).fill(token);
  await page.getByRole('button', { name: button }).click();
  await expect(page.locator('#queue-heading')).toBeVisible();
}

const rows = (page: Page) => page.getByTestId('queue').locator('tbody tr');
const titlesOf = (page: Page) =>
  rows(page)
    .getByRole('link')
    .evaluateAll((links) => links.map((a) => a.firstChild?.textContent ?? ''));
const count = (page: Page, status: string) => page.getByTestId('status-counts').locator(`[data-count-status="${status}"]`);

test.describe.configure({ timeout: 150_000 });

test.describe('in Dutch', () => {
  test.use({ uiLanguage: 'nl' });

  test('a reviewer searches, sorts, selects and decides on several at once by keyboard; one decided meanwhile does not hide the others', async ({
    context,
    extensionId,
    serviceWorker,
  }) => {
    await serviceWorker.evaluate((base) => chrome.storage.local.set({ apiBase: base }), API);
    // Digits only beside letters: a random letter run could read as an English word to the sweep.
    const tag = `zv${Date.now() % 1e8}`;
    const care = [`Verzorgende IG ochtend ${tag}`, `Helpende plus ${tag}`, `Verpleegkundige nacht ${tag}`, `Woonbegeleider ${tag}`];
    const build = ['Metselaar nieuwbouw', 'Timmerman renovatie'];
    const { run, care: careOrg, build: buildOrg, joost, eva, ids } = await seed({ care, build });
    // One care profile is approved already: the counts show it beside the ones waiting.
    await api(Profile, `/v1/profiles/${ids[care[3]!]}/decision`, eva, { decision: 'approved' });

    const page = await context.newPage();
    await connect(page, extensionId, joost, 'API-token', 'Verbinden');
    await page.goto(`chrome-extension://${extensionId}/review.html#/?status=submitted&sort=oldest`);
    await expect(page.locator('#queue-heading')).toBeFocused();

    // Search by the organisation's name: "/" comes to the search box from the list.
    let actions = 0;
    const press = async (key: string) => {
      actions++;
      await page.keyboard.press(key);
    };
    const type = async (text: string) => {
      actions++;
      await page.keyboard.type(text);
    };
    await press('/');
    await expect(page.getByLabel('Zoeken op titel of organisatie')).toBeFocused();
    await type(`Zorggroep Oost ${run}`);
    await expect(page).toHaveURL(/#\/\?status=submitted&sort=oldest&q=Zorggroep\+Oost\+/);
    await expect(rows(page)).toHaveCount(3);
    await expect.poll(() => titlesOf(page)).toEqual(care.slice(0, 3));
    await expect(page.getByTestId('found')).toHaveText('3 gevonden');
    await expect(count(page, 'submitted')).toHaveText('ingediend: 3');
    await expect(count(page, 'approved')).toHaveText('goedgekeurd: 1');
    await expect(count(page, 'all')).toHaveText('Alle: 4');
    await expect(count(page, 'submitted')).toHaveAttribute('aria-current', 'true');
    await checkDutchPage(page, 'searched by organisation');

    // Sorted by title, A to Z; search and sort survive a reload.
    await page.getByLabel('Volgorde').selectOption('title');
    await expect(page).toHaveURL(/sort=title&q=Zorggroep/);
    await expect.poll(() => titlesOf(page)).toEqual([care[1], care[2], care[0]]);
    await page.reload();
    await expect(page.getByLabel('Zoeken op titel of organisatie')).toHaveValue(`Zorggroep Oost ${run}`);
    await expect(page.getByLabel('Volgorde')).toHaveValue('title');
    await expect.poll(() => titlesOf(page)).toEqual([care[1], care[2], care[0]]);

    // Search by title: part of a word, any case; the counts follow the search.
    await page.getByLabel('Zoeken op titel of organisatie').fill(`VERPLEEG`);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/q=VERPLEEG$/);
    await expect(rows(page).filter({ hasText: tag })).toHaveCount(1);
    await page.getByLabel('Zoeken op titel of organisatie').fill(`nacht ${tag}`);
    await page.keyboard.press('Enter');
    await expect.poll(() => titlesOf(page)).toEqual([care[2]]);
    await expect(count(page, 'all')).toHaveText('Alle: 1');
    await page.getByLabel('Zoeken op titel of organisatie').fill('geen-profiel-heet-zo');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('found')).toHaveText('Geen profielen bij deze filters.');
    await checkDutchPage(page, 'nothing found');

    // From the search to a decision on two, by keyboard: ArrowDown, Space, ArrowDown, Space, Tab, comment, Tab, Enter.
    await page.getByLabel('Zoeken op titel of organisatie').fill(`Zorggroep Oost ${run}`);
    actions = 0;
    await press('ArrowDown');
    await expect(page.getByRole('link', { name: care[1] })).toBeFocused();
    await expect.poll(() => titlesOf(page)).toEqual([care[1], care[2], care[0]]);
    await press(' ');
    await press('ArrowDown');
    await expect(page.getByRole('link', { name: care[2] })).toBeFocused();
    await press(' ');
    const bar = page.getByTestId('bulk-bar');
    await expect(bar.getByRole('heading')).toHaveText('2 geselecteerd');
    await expect(page.getByRole('checkbox', { name: `${care[1]} selecteren` })).toBeChecked();
    await expect(page.getByRole('checkbox', { name: `${care[0]} selecteren` })).not.toBeChecked();
    await checkDutchPage(page, 'two selected');
    await snap(page, 'review-queue-selected-nl');

    // Meanwhile Eva asks for changes on one of them.
    await api(Profile, `/v1/profiles/${ids[care[2]!]}/decision`, eva, { decision: 'changes_requested', comment: 'Nachtdienst ontbreekt.' });
    await press('Tab');
    await expect(page.getByLabel('Opmerking bij elk ervan (niet verplicht)')).toBeFocused();
    await type('Helder profiel, akkoord.');
    await press('Tab');
    await expect(bar.getByRole('button', { name: '2 goedkeuren' })).toBeFocused();
    await press('Enter');
    const results = page.getByTestId('bulk-results');
    await expect(results.getByRole('heading')).toHaveText('Uitkomst: 1 besloten, 1 niet');
    await expect(results.getByRole('heading')).toBeFocused();
    expect(actions).toBeLessThanOrEqual(8);
    await expect(results.locator(`[data-profile-id="${ids[care[1]!]}"]`)).toHaveAttribute('data-outcome', 'approved');
    await expect(results.locator(`[data-profile-id="${ids[care[1]!]}"]`)).toHaveText(`${care[1]}: goedgekeurd`);
    await expect(results.locator(`[data-profile-id="${ids[care[2]!]}"]`)).toHaveAttribute('data-outcome', 'problem-409');
    await expect(results.locator(`[data-profile-id="${ids[care[2]!]}"]`)).toContainText('niet besloten: iemand heeft er intussen over besloten');
    // The list is read again: only the one nobody decided waits; the bar is gone with the selection.
    await expect.poll(() => titlesOf(page)).toEqual([care[0]]);
    await expect(bar).toHaveCount(0);
    await expect(count(page, 'approved')).toHaveText('goedgekeurd: 2');
    await expect(count(page, 'changes_requested')).toHaveText('wijzigingen gevraagd: 1');
    await checkDutchPage(page, 'bulk decided, one problem');
    await snap(page, 'review-queue-outcome-nl');

    const approved = await api(Profile, `/v1/profiles/${ids[care[1]!]}`, joost);
    expect(approved.status).toBe('approved');
    expect(approved.comments.map((c) => [c.body, c.author.name])).toEqual([['Helder profiel, akkoord.', 'Joost Bakker']]);
    const returned = await api(Profile, `/v1/profiles/${ids[care[2]!]}`, joost);
    expect(returned.decisions.map((d) => d.decision)).toEqual(['changes_requested']);
    expect(returned.comments.map((c) => c.body)).toEqual(['Nachtdienst ontbreekt.']);

    // A whole employer back for changes: its name, then "select all" and one comment.
    await page.getByLabel('Zoeken op titel of organisatie').fill(buildOrg.name);
    await page.keyboard.press('Enter');
    await expect.poll(() => titlesOf(page)).toEqual(build);
    const all = page.getByRole('checkbox', { name: 'Alle ingediende in de lijst selecteren' });
    await all.focus();
    await page.keyboard.press(' ');
    await expect(bar.getByRole('heading')).toHaveText('2 geselecteerd');
    await page.keyboard.press('Tab');
    await expect(rows(page).first().getByRole('link')).toBeFocused();
    await page.keyboard.press('Tab');
    await page.keyboard.type('Graag de diploma-eis uit de tekst halen.');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(bar.getByRole('button', { name: 'Wijzigingen vragen bij 2' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(results.getByRole('heading')).toHaveText('Uitkomst: 2 besloten, 0 niet');
    await expect(results.locator('li')).toHaveText(build.map((title) => `${title}: wijzigingen gevraagd`));
    await expect(page.getByTestId('found')).toHaveText('Geen profielen bij deze filters.');
    await expect(count(page, 'changes_requested')).toHaveText('wijzigingen gevraagd: 2');
    for (const title of build) {
      const profile = await api(Profile, `/v1/profiles/${ids[title]!}`, joost);
      expect([profile.status, profile.comments.map((c) => c.body)]).toEqual(['changes_requested', ['Graag de diploma-eis uit de tekst halen.']]);
    }
    await checkDutchPage(page, 'employer returned');

    // A count is a link to that status, search kept.
    await count(page, 'changes_requested').click();
    await expect(page).toHaveURL(/status=changes_requested&sort=title&q=Bouwbedrijf/);
    await expect.poll(() => titlesOf(page)).toEqual(build);
    // Nothing there can be decided: no boxes to tick.
    await expect(rows(page).getByRole('checkbox')).toHaveCount(0);
    void careOrg;
  });
});

test('in English: search, counts and a bulk approval read in English and pass axe', async ({ context, extensionId, serviceWorker }) => {
  await serviceWorker.evaluate((base) => chrome.storage.local.set({ apiBase: base }), API);
  const titles = ['Care assistant early', 'Care assistant late'];
  const { run, joost } = await seed({ care: titles, build: [] });
  const page = await context.newPage();
  await connect(page, extensionId, joost, 'API token', 'Connect');
  await page.goto(`chrome-extension://${extensionId}/review.html#/?status=submitted&sort=newest&q=${encodeURIComponent(`Zorggroep Oost ${run}`)}`);
  await expect(page.getByLabel('Search by title or organisation')).toHaveValue(`Zorggroep Oost ${run}`);
  await expect.poll(() => titlesOf(page)).toEqual([...titles].reverse());
  await expect(count(page, 'submitted')).toHaveText('submitted: 2');
  await page.getByRole('checkbox', { name: 'Select every submitted one in the list' }).check();
  await expect(page.getByTestId('bulk-bar').getByRole('heading')).toHaveText('2 selected');
  await audit(page, 'english, selected');
  // Escape in the bar lets go of the selection; the focus goes back to the list.
  await page.getByLabel('Comment for each of them (optional)').press('Escape');
  await expect(page.getByTestId('bulk-bar')).toHaveCount(0);
  await expect(rows(page).first().getByRole('link')).toBeFocused();
  await page.getByRole('checkbox', { name: 'Select every submitted one in the list' }).check();
  await page.getByRole('button', { name: 'Approve 2' }).click();
  await expect(page.getByTestId('bulk-results').getByRole('heading')).toHaveText('Outcome: 2 decided, 0 not');
  await expect(page.getByTestId('bulk-results').locator('li')).toHaveText([...titles].reverse().map((t) => `${t}: approved`));
  await expect(count(page, 'approved')).toHaveText('approved: 2');
  await audit(page, 'english, decided');
});
