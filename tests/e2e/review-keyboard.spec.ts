/**
 * A reviewer works a queue by keyboard, in Dutch (#19): claims a profile with their name, removes a
 * skill, edits a block of the text, comments with the decision, decides, and goes to the next; the
 * second profile goes from the list to a decision in at most 8 keyboard actions; "save and next"
 * on the last one ends on the empty list. axe and no English on the states it reaches.
 */
import { ClientLink, Organization, Profile, TokenCreated } from '../../shared/profiles';
import { E2E_ADMIN_TOKEN } from '../../playwright.config';
import { careTranslation, TEXT } from '../support/profile-text-fixture';
import { expect as baseExpect, test } from './sidepanel-helpers';
import { API, api } from './api';
import { checkDutchPage } from './review-page';

const expect = baseExpect.configure({ timeout: 15_000 });

test.use({ uiLanguage: 'nl' });
test.describe.configure({ timeout: 150_000 });

test('a reviewer claims, edits, comments, decides and goes to the next, three profiles by keyboard', async ({ context, extensionId, serviceWorker }) => {
  await serviceWorker.evaluate((base) => chrome.storage.local.set({ apiBase: base }), API);
  const suffix = Date.now().toString(36);
  const employer = await api(Organization, '/v1/admin/organizations', E2E_ADMIN_TOKEN, { name: `Thuiszorg Oost ${suffix}`, kind: 'employer' });
  const team = await api(Organization, '/v1/admin/organizations', E2E_ADMIN_TOKEN, { name: `Expertiseteam Thuiszorg ${suffix}`, kind: 'expertise_team' });
  await api(ClientLink, `/v1/admin/organizations/${team.id}/clients`, E2E_ADMIN_TOKEN, { employerId: employer.id });
  const member = (await api(TokenCreated, '/v1/admin/tokens', E2E_ADMIN_TOKEN, { organizationId: employer.id, role: 'member', label: 'Anna de Vries' })).token;
  const joost = (await api(TokenCreated, '/v1/admin/tokens', E2E_ADMIN_TOKEN, { organizationId: team.id, role: 'reviewer', label: 'Joost Bakker' })).token;
  const vacancy = { isVacancy: true, title: 'Verzorgende IG', employer: employer.name, location: 'Enschede', language: 'nl', text: TEXT, source: 'paste' };
  const titles = ['Verzorgende IG ochtend', 'Verzorgende IG avond', 'Verzorgende IG nacht'];
  const ids: string[] = [];
  for (const title of titles) {
    const created = await api(Profile, '/v1/profiles', member, { title, translation: careTranslation(), vacancy });
    await api(Profile, `/v1/profiles/${created.id}/submit`, member, {});
    ids.push(created.id);
  }

  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/review.html`);
  await page.getByLabel('API-token').fill(joost);
  await page.getByRole('button', { name: 'Verbinden' }).click();
  await page.goto(`chrome-extension://${extensionId}/review.html#/?status=submitted&employer=${employer.id}&sort=oldest`);
  await expect(page.getByTestId('queue').locator('tbody tr')).toHaveCount(3);
  const profile = page.getByTestId('profile');
  let actions = 0;
  const press = async (key: string) => {
    actions++;
    await page.keyboard.press(key);
  };
  const type = async (text: string) => {
    actions++;
    await page.keyboard.type(text);
  };

  // --- Profile 1: from the list by keyboard, claimed, a skill removed, a block edited, commented, approved.
  await page.locator('#queue-heading').focus();
  await press('ArrowDown');
  await expect(page.getByRole('link', { name: titles[0] })).toBeFocused();
  await press('Enter');
  await expect(profile).toHaveAttribute('data-status', 'submitted');
  await expect(page.getByRole('heading', { name: titles[0] })).toBeFocused();
  await press('Tab');
  await expect(page.getByRole('button', { name: 'Naar het besluit' })).toBeFocused();
  await press('Tab');
  await expect(page.getByRole('button', { name: 'Dit profiel oppakken' })).toBeFocused();
  await press('Enter');
  await expect(page.getByTestId('claim-bar')).toHaveAttribute('data-claimed', 'me');
  await expect(page.getByTestId('claim-bar')).toContainText(/^Jij werkt aan dit profiel \(sinds \d\d:\d\d\)\./);
  await expect(page.getByRole('button', { name: 'Loslaten' })).toBeFocused();
  await checkDutchPage(page, 'claimed');

  await page.getByRole('button', { name: 'Verwijder hulp bieden bij persoonlijke verzorging' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('skill')).toHaveCount(2);
  await page
    .locator('[data-block="b12"]')
    .getByRole('button', { name: /^Bewerk de tekst/ })
    .focus();
  await page.keyboard.press('Enter');
  // (The editor takes the keys only once it has focus: typing before that lands elsewhere.)
  await expect(page.getByLabel('Tekst van dit blok')).toBeFocused();
  await page.keyboard.press('End');
  await page.keyboard.type(', met reiskostenvergoeding');
  await page.keyboard.press('Control+Enter');
  await expect(page.locator('[data-block="b12"] .after ins')).toHaveText([', met reiskostenvergoeding']);
  await page.getByRole('button', { name: 'Naar het besluit' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Toelichting bij het besluit (optioneel)')).toBeFocused();
  await page.keyboard.type('Reiskosten genoemd; de leerroute bij de vaardigheid weggehaald.');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Goedkeuren' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(profile).toHaveAttribute('data-status', 'approved');
  await expect(profile).toHaveAttribute('data-version', '2');
  await expect(page.getByTestId('comment')).toContainText(['Reiskosten genoemd']);
  const saved = await api(Profile, `/v1/profiles/${ids[0]}`, joost);
  expect(saved.translation.rewritten.markdown).toContain('- Salaris volgens cao VVT, met reiskostenvergoeding');
  expect(saved.translation.rewritten.markdown).not.toContain('hulp bieden bij persoonlijke verzorging');
  expect(saved.claim).toBeNull();
  // The next one waits, focused.
  const next = page.getByRole('link', { name: `Volgende profiel: ${titles[1]}` });
  await expect(next).toBeFocused();
  await checkDutchPage(page, 'decided');

  // --- Profile 2: from "next" to a decision with a comment, counting every key from the list on.
  actions = 0;
  await press('Enter');
  await expect(page.getByRole('heading', { name: titles[1] })).toBeFocused();
  await press('Tab');
  await press('Enter');
  await expect(page.getByLabel('Toelichting bij het besluit (optioneel)')).toBeFocused();
  await type('Noem de werktijden.');
  await press('Tab');
  await press('Tab');
  await expect(page.getByRole('button', { name: 'Wijzigingen vragen' })).toBeFocused();
  await press('Enter');
  await expect(profile).toHaveAttribute('data-status', 'changes_requested');
  expect(actions).toBeLessThanOrEqual(8);

  const third = page.getByRole('link', { name: `Volgende profiel: ${titles[2]}` });
  await expect(third).toBeFocused();

  // --- Profile 3: a block edited, then "save and next": saved, and nothing else waits.
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: titles[2] })).toBeFocused();
  await page
    .locator('[data-block="b2"]')
    .getByRole('button', { name: /^Bewerk de tekst/ })
    .focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('End');
  await page.keyboard.type(' Je werkt in de nacht.');
  await page.keyboard.press('Control+Enter');
  await expect(page.locator('[data-block="b2"]').getByRole('button', { name: /^Bewerk de tekst/ })).toBeFocused();
  // A person-profile item typed as anyone types: spaces kept, Enter starts the next item.
  await page.getByLabel('Werkstijl').focus();
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Je werkt graag zelfstandig ');
  await expect(page.getByLabel('Werkstijl')).toHaveValue('Je bent geduldig.\nJe werkt graag zelfstandig ');
  await page.keyboard.type('in de nacht');
  await page.getByRole('button', { name: 'Opslaan en volgende' }).focus();
  await page.keyboard.press('Enter');
  await expect(profile).toHaveAttribute('data-version', '2');
  const third3 = await api(Profile, `/v1/profiles/${ids[2]}`, joost);
  expect(third3.translation.personProfile.workingStyle).toEqual(['Je bent geduldig.', 'Je werkt graag zelfstandig in de nacht']);
  expect(third3.translation.rewritten.markdown).toContain('- Je werkt graag zelfstandig in de nacht');
  const done = page.getByTestId('queue-done');
  await expect(done).toContainText('Er wacht niets meer in de lijst met deze filters.');
  await expect(done.getByRole('link', { name: 'Terug naar de lijst' })).toBeFocused();
  await checkDutchPage(page, 'saved, list empty');

  // Back on the list it still waits; from the list to a decision: ArrowDown, Enter, Tab, Enter, a comment, Tab, Enter.
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('queue').locator('tbody tr')).toHaveCount(1);
  await expect(page.getByTestId('queue').getByTestId('claim')).toHaveText(['']);
  await expect(page.locator('#queue-heading')).toBeFocused();
  actions = 0;
  await press('ArrowDown');
  await press('Enter');
  await expect(page.getByRole('heading', { name: titles[2] })).toBeFocused();
  await press('Tab');
  await press('Enter');
  await type('Nachtdienst staat erin.');
  await press('Tab');
  await press('Enter');
  await expect(profile).toHaveAttribute('data-status', 'approved');
  expect(actions).toBeLessThanOrEqual(8);
  await expect(page.getByTestId('queue-done')).toBeVisible();
  await checkDutchPage(page, 'last one approved');
});
