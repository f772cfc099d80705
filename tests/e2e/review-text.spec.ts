/**
 * The review page as a daily tool, in Dutch (#19): the evidence beside every change, the text in
 * one scroll with moved lines shown as moved, editing blocks of the text on both sides, an empty
 * route refused with a message, the version diff on resubmission, and the text exported after
 * approval byte for byte the approved text. Real Chromium, the built extension, the local Worker.
 */
import type { Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { ClientLink, Organization, Profile, TokenCreated } from '../../shared/profiles';
import type { Translation } from '../../shared/translation';
import { E2E_ADMIN_TOKEN } from '../../playwright.config';
import { careTranslation, TEXT } from '../support/profile-text-fixture';
import { expect as baseExpect, test } from './sidepanel-helpers';
import { API, api } from './api';
import { checkDutchPage } from './review-page';

const expect = baseExpect.configure({ timeout: 15_000 });

/** The care fixture with what a reviewer needs to judge it: reasons, a warning, the law, an occupation, routes. */
function evidenced(): Translation {
  const base = careTranslation();
  const span = base.requirements[0]!.span;
  return {
    ...base,
    occupation: { uri: 'http://data.europa.eu/esco/occupation/e2e-verzorgende', label: 'verzorgende', score: 0.82 },
    requirements: [
      ...base.requirements,
      {
        id: 'r3',
        text: 'BIG-registratie als verpleegkundige',
        kind: 'licence',
        mandatory: true,
        legal: true,
        alternativeOffered: false,
        span: null,
        legalBasis: {
          id: 'nl.zorg.big',
          name: 'BIG-registratie',
          citation: 'art. 3 Wet BIG (BWBR0006251)',
          law: 'Wet BIG',
          article: '3',
          bwbr: 'BWBR0006251',
          url: 'https://wetten.overheid.nl/BWBR0006251',
          obtainableAfterHiring: false,
          obtainableDetail: '',
          verified: true,
        },
      },
      {
        // A licence the law governs but this job does not need by law (driving is no core task).
        id: 'r4',
        text: 'Rijbewijs B',
        kind: 'licence',
        mandatory: true,
        legal: false,
        alternativeOffered: false,
        span: null,
        legalBasis: {
          id: 'nl.transport.rijbewijs',
          name: 'Rijbewijs van de juiste categorie',
          citation: 'art. 107 Wegenverkeerswet 1994 (BWBR0006622)',
          law: 'Wegenverkeerswet 1994',
          article: '107',
          bwbr: 'BWBR0006622',
          url: 'https://wetten.overheid.nl/BWBR0006622',
          obtainableAfterHiring: false,
          obtainableDetail: '',
          verified: true,
        },
      },
      {
        // A Dutch demand whose law Vaardig has not checked.
        id: 'r5',
        text: 'Je hebt de Nederlandse nationaliteit',
        kind: 'other',
        mandatory: true,
        legal: true,
        alternativeOffered: false,
        span: null,
        legalBasis: {
          id: 'nl.onbekend.nationaliteit',
          name: 'Nederlanderschap (wettelijke grond niet gecontroleerd)',
          citation: 'Nederlands recht; welke wet dit vraagt, is niet gecontroleerd door Vaardig',
          law: 'Nederlands recht (niet gecontroleerd)',
          article: '',
          bwbr: null,
          url: null,
          obtainableAfterHiring: false,
          obtainableDetail: '',
          verified: false,
          jurisdiction: 'NL',
        },
      },
    ],
    changes: [
      {
        requirementId: 'r1',
        action: 'translate',
        rule: 'diploma-to-skills',
        concept: null,
        span,
        reason: 'Het diploma staat voor wat je in dit werk doet: medicatie toedienen en wonden verzorgen.',
      },
      {
        requirementId: 'r2',
        action: 'move-to-profile',
        rule: 'trait-to-profile',
        concept: null,
        span: null,
        reason: 'Een eigenschap hoort in het persoonsprofiel, niet bij de eisen.',
      },
      { requirementId: 'r3', action: 'keep-legal', rule: 'legal', concept: null, span: null, reason: 'De wet vraagt deze registratie.' },
    ],
    warnings: [{ code: 'level', message: 'Een niveau-eis sluit mensen uit die het werk wel kunnen.', span }],
    learningRoutes: [
      {
        form: 'formal',
        title: 'Verzorgende IG (bbl)',
        provider: 'ROC Midden Nederland',
        source: 'mbo',
        sourceId: '25491',
        covers: [base.skills[1]!.uri!],
        type: 'mbo',
        level: 'mbo 3',
        url: 'https://www.rocmn.nl',
        explanation: 'Leren en werken tegelijk.',
      },
    ],
  };
}

async function connect(page: Page, token: string) {
  const change = page.getByRole('button', { name: 'Ander token' });
  if (await change.isVisible().catch(() => false)) await change.click();
  await page.getByLabel('API-token').fill(token);
  await page.getByRole('button', { name: 'Verbinden' }).click();
  await expect(page.getByRole('heading', { name: 'Profielen' })).toBeVisible();
}

test.use({ uiLanguage: 'nl' });
test.describe.configure({ timeout: 150_000 });

test('evidence beside each change, blocks edited on both sides, the version diff, and the approved text exported byte for byte', async ({
  context,
  extensionId,
  serviceWorker,
}) => {
  await serviceWorker.evaluate((base) => chrome.storage.local.set({ apiBase: base }), API);
  const suffix = Date.now().toString(36);
  const employer = await api(Organization, '/v1/admin/organizations', E2E_ADMIN_TOKEN, { name: `Zorggroep West ${suffix}`, kind: 'employer' });
  const team = await api(Organization, '/v1/admin/organizations', E2E_ADMIN_TOKEN, { name: `Expertiseteam Zorg ${suffix}`, kind: 'expertise_team' });
  await api(ClientLink, `/v1/admin/organizations/${team.id}/clients`, E2E_ADMIN_TOKEN, { employerId: employer.id });
  const anna = (await api(TokenCreated, '/v1/admin/tokens', E2E_ADMIN_TOKEN, { organizationId: employer.id, role: 'member', label: 'Anna de Vries' })).token;
  const joost = (await api(TokenCreated, '/v1/admin/tokens', E2E_ADMIN_TOKEN, { organizationId: team.id, role: 'reviewer', label: 'Joost Bakker' })).token;
  const vacancy = { isVacancy: true, title: 'Verzorgende IG', employer: employer.name, location: 'Leiden', language: 'nl', text: TEXT, source: 'paste' };
  const created = await api(Profile, '/v1/profiles', anna, { title: `Verzorgende IG ${suffix}`, translation: evidenced(), vacancy });
  await api(Profile, `/v1/profiles/${created.id}/submit`, anna, {});

  // --- The reviewer opens it: the text in one list, each line beside the one it replaced.
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/review.html`);
  await connect(page, joost);
  await page.getByTestId('queue').locator(`tr[data-profile-id="${created.id}"]`).getByRole('link').click();
  const profile = page.getByTestId('profile');
  await expect(profile).toHaveAttribute('data-status', 'submitted');
  const text = page.getByTestId('text-diff');
  const row = (id: string) => text.locator(`[data-block="${id}"]`);
  await expect(row('b4')).toHaveAttribute('data-state', 'changed');
  await expect(row('b4').locator('.before del')).toContainText(['Diploma Verzorgende IG niveau 3']);
  await expect(row('b4').locator('.after')).toContainText('• Je kunt medicatie toedienen.\n• Je kunt wonden verzorgen.');
  // No Markdown marks as text, and the moved trait shown once, as moved.
  await expect(text).not.toContainText('#');
  await expect(row('b5')).toHaveAttribute('data-state', 'moved-out');
  await expect(row('b5')).toContainText('verplaatst naar ‘Wie je bent’');
  await expect(row('b10')).toHaveAttribute('data-state', 'moved-in');
  await expect(row('b10')).toContainText('verplaatst vanuit ‘Wat vragen wij’');

  // The evidence beside the change: requirement → action → skills, and the warning; the law and the occupation.
  const evidence = row('b4').getByTestId('evidence');
  await expect(evidence).toContainText('Eis (diploma, vereist): ‘Diploma Verzorgende IG niveau 3’ → herschreven als vaardigheden');
  await expect(evidence).toContainText('Het diploma staat voor wat je in dit werk doet');
  await expect(evidence.getByTestId('evidence-skills')).toContainText(
    'medicatie toedienen (vanaf dag één), wonden verzorgen (vanaf dag één), hulp bieden bij persoonlijke verzorging (leer je bij ons)',
  );
  await expect(evidence.getByTestId('evidence-warning')).toContainText('Een niveau-eis sluit mensen uit');
  await expect(row('b5').getByTestId('evidence-action')).toHaveText('naar het persoonsprofiel');
  const other = page.getByTestId('evidence-other');
  await expect(other.locator('[data-requirement="r3"]').getByTestId('evidence-legal')).toContainText(
    'Wettelijk verplicht: BIG-registratie — art. 3 Wet BIG (BWBR0006251)',
  );
  // A law cited beside a requirement the law does not ask of this job is not called "Wettelijk verplicht".
  await expect(other.locator('[data-requirement="r4"]').getByTestId('evidence-legal')).toContainText(
    'De wet hierover (geen wettelijke eis voor deze functie): Rijbewijs van de juiste categorie',
  );
  await expect(other.locator('[data-requirement="r5"]').getByTestId('evidence-legal')).toContainText(
    'Nederlandse wet, grond niet gecontroleerd: Nederlanderschap',
  );
  await expect(page.getByTestId('occupation')).toContainText('verzorgende (zekerheid 82 %)');
  const route = page.getByTestId('route').first();
  await expect(route.getByLabel('Aanbieder')).toHaveValue('ROC Midden Nederland');
  await expect(route.getByLabel('Niveau')).toHaveValue('mbo 3');
  await expect(route.getByTestId('route-covers')).toHaveText('Soort: mbo · Dekt: wonden verzorgen');
  await checkDutchPage(page, 'reviewer opens');

  // An empty route is refused on the page, in Dutch, with the focus on its title; nothing is saved.
  await page.getByRole('button', { name: 'Leerroute toevoegen' }).click();
  await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
  await expect(page.getByTestId('edit-problems')).toContainText('Leerroute 2 heeft geen titel. Geef hem een titel, of verwijder de route.');
  await expect(page.locator('#route-title-1')).toBeFocused();
  await expect(page.getByTestId('route-problem')).toHaveCount(1);
  await checkDutchPage(page, 'edit refused');
  await expect(profile).toHaveAttribute('data-version', '1');
  await page.getByRole('button', { name: 'Verwijder de route nieuwe route' }).click();

  // The reviewer edits a line of the posting by keyboard, and takes a paragraph out of the text.
  await row('b12')
    .getByRole('button', { name: /^Bewerk de tekst/ })
    .focus();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Tekst van dit blok')).toBeFocused();
  await page.keyboard.press('End');
  await page.keyboard.type(', schaal 35');
  await page.keyboard.press('Control+Enter');
  await expect(row('b12').getByRole('button', { name: /^Bewerk de tekst/ })).toBeFocused();
  await expect(row('b12')).toHaveAttribute('data-state', 'changed');
  await expect(row('b12').locator('.after ins')).toHaveText([', schaal 35']);
  await expect(row('b12').getByTestId('block-edited')).toHaveText('bewerkt, nog niet opgeslagen');
  await row('b9')
    .getByRole('button', { name: /^Haal uit de tekst/ })
    .click();
  await expect(row('b9')).toHaveCount(0);
  await checkDutchPage(page, 'block edited');
  await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
  await expect(profile).toHaveAttribute('data-version', '2');
  await expect(row('b12').locator('.after')).toHaveText(/• Salaris volgens cao VVT, schaal 35$/);
  await page.getByLabel('Toelichting bij het besluit (optioneel)').fill('Noem ook de werktijden.');
  await page.getByRole('button', { name: 'Wijzigingen vragen' }).click();
  await expect(profile).toHaveAttribute('data-status', 'changes_requested');
  await checkDutchPage(page, 'changes requested');

  // --- The employer edits a block as well and resubmits.
  await page.goto(`chrome-extension://${extensionId}/review.html#/`);
  await connect(page, anna);
  await page.goto(`chrome-extension://${extensionId}/review.html#/profiles/${created.id}`);
  await expect(profile).toHaveAttribute('data-status', 'changes_requested');
  await expect(row('b12').locator('.after')).toContainText('schaal 35');
  await row('b2')
    .getByRole('button', { name: /^Bewerk de tekst/ })
    .click();
  await page.getByLabel('Tekst van dit blok').fill('Je verzorgt cliënten en dient medicatie toe, in de ochtend- of avonddienst.');
  await page.getByRole('button', { name: 'Overnemen' }).click();
  await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
  await expect(profile).toHaveAttribute('data-version', '3');
  await page.getByRole('button', { name: 'Ter beoordeling indienen' }).click();
  await expect(profile).toHaveAttribute('data-status', 'submitted');

  // --- The reviewer sees what changed since the version decided on, and approves.
  await page.goto(`chrome-extension://${extensionId}/review.html#/`);
  await connect(page, joost);
  await page.goto(`chrome-extension://${extensionId}/review.html#/profiles/${created.id}`);
  await expect(profile).toHaveAttribute('data-version', '3');
  const versions = page.getByTestId('version-diff');
  await expect(page.getByLabel('Vergelijk versie 3 met')).toHaveValue('2');
  await expect(page.getByLabel('Vergelijk versie 3 met').locator('option:checked')).toHaveText('versie 2 (wijzigingen gevraagd)');
  const changed = versions.getByTestId('version-text').locator('[data-state="changed"]');
  await expect(changed).toHaveCount(1);
  await expect(changed.locator('.after ins')).toContainText([/in de ochtend- of avonddienst/]);
  await expect(changed.locator('.before')).toHaveText(/Je verzorgt cliënten en dient medicatie toe\.$/);
  await checkDutchPage(page, 'version diff');
  await page.getByRole('button', { name: 'Goedkeuren' }).click();
  await expect(profile).toHaveAttribute('data-status', 'approved');

  // --- The employer exports the approved text: byte for byte what the API holds, both edits in it.
  await page.goto(`chrome-extension://${extensionId}/review.html#/`);
  await connect(page, anna);
  await page.goto(`chrome-extension://${extensionId}/review.html#/profiles/${created.id}`);
  await expect(profile).toHaveAttribute('data-status', 'approved');
  await expect(page.getByTestId('export')).toContainText('Dit is de goedgekeurde tekst, versie 3.');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tekst downloaden (Markdown)' }).click()]);
  const exported = await readFile((await download.path())!, 'utf8');
  const approved = await api(Profile, `/v1/profiles/${created.id}`, anna);
  expect(approved.status).toBe('approved');
  expect(Buffer.from(exported)).toEqual(Buffer.from(approved.translation.rewritten.markdown));
  expect(exported).toContain('- Salaris volgens cao VVT, schaal 35');
  expect(exported).toContain('in de ochtend- of avonddienst.');
  expect(exported).not.toContain('Voor ons telt wie je bent.');
  await checkDutchPage(page, 'approved, employer');
});
