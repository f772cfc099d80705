/**
 * The employer's loop (#19), in Dutch and in English: the employer submits from the side panel; the
 * reviewer edits a line of the text and asks for changes with a comment; the employer sees the
 * status in words and the comment with the reviewer's name, changes the vacancy in the panel and
 * submits it again (their edit and the reviewer's both in the new version); the reviewer approves;
 * the open panel learns of it within seconds, by itself; the panel's Markdown export is the
 * approved text byte for byte and write-back puts the approved text into the editor. The review
 * page is one click from the settings and from the panel.
 * Real Chromium, the built extension, the local Worker and its D1; the language sweep runs over every
 * panel, settings and review-page state it reaches (#17), axe over the panel's and settings' states.
 */
import type { Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import type * as z from 'zod';
import { approvedVacancy } from '../../extension/sidepanel/approved';
import { ClientLink, Organization, Profile, ProfileList, TokenCreated } from '../../shared/profiles';
import { E2E_ADMIN_TOKEN, WORKER_PORT } from '../../playwright.config';
import { audit } from './review-page';
import { asPanel, expect, snap, test } from './sidepanel-helpers';

test.describe.configure({ timeout: 180_000 });

const API = process.env.E2E_API ?? `http://127.0.0.1:${WORKER_PORT}`;

async function api<T extends z.ZodType>(
  schema: T,
  path: string,
  token: string,
  init: { method?: string; body?: unknown; etag?: string } = {},
): Promise<z.infer<T>> {
  const response = await fetch(`${API}${path}`, {
    method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...(init.etag ? { 'if-match': init.etag } : {}) },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return schema.parse(await response.json());
}

const WORDS = {
  nl: {
    token: 'API-token (voor je team)',
    save: 'Opslaan',
    answers: /API antwoordt/,
    reviewPageOptions: 'Beoordelingspagina openen',
    reviewPageHeader: 'Beoordelingspagina',
    read: /lees deze pagina/i,
    continue: /verder naar afronden/i,
    submit: 'Indienen ter beoordeling',
    sent: 'Ingediend ter beoordeling.',
    submitted: 'Ingediend. Je expertiseteam heeft nog niet beslist.',
    changes: 'Je expertiseteam vraagt om wijzigingen. Lees hun opmerkingen, pas de vacature aan en dien hem opnieuw in.',
    comments: 'Wat je expertiseteam zegt',
    onVersion: 'bij versie 2',
    change: 'Vacature aanpassen',
    openProfile: 'Openen op de beoordelingspagina',
    edit: 'Aanpassen',
    wording: 'Jouw formulering',
    saveCard: 'Opslaan',
    resubmit: 'Opnieuw indienen ter beoordeling',
    resent: 'Opnieuw ingediend ter beoordeling.',
    approved: 'Goedgekeurd door je expertiseteam (versie 3).',
    approvedNote: 'Dit is de tekst die je expertiseteam heeft goedgekeurd (versie 3). Terugschrijven, kopiëren en exporteren gebruiken deze tekst.',
    markdown: 'Downloaden als Markdown',
    writeBack: 'Terugzetten in de pagina',
    writtenBack: /In de pagina .* gezet/,
    teamNote:
      'De tekst hieronder bevat de wijzigingen van je expertiseteam (versie 2) en die van jou daarna. Opnieuw indienen verstuurt hem zoals hij hier staat.',
    comment: 'Noem ook de werktijden in de taken.',
    ownWording: 'Je verzamelt orders en zet ze klaar, in de dag- of avonddienst.',
  },
  en: {
    token: 'API token (for your team)',
    save: 'Save',
    answers: /API answers/,
    reviewPageOptions: 'Open the review page',
    reviewPageHeader: 'Review page',
    read: /read this page/i,
    continue: /continue to finish/i,
    submit: 'Submit for review',
    sent: 'Submitted for review.',
    submitted: 'Submitted. Your expertise team has not decided yet.',
    changes: 'Your expertise team asks for changes. Read their comments, change the vacancy and submit it again.',
    comments: 'What your expertise team said',
    onVersion: 'on version 2',
    change: 'Change the vacancy',
    openProfile: 'Open on the review page',
    edit: 'Edit',
    wording: 'Your wording',
    saveCard: 'Save',
    resubmit: 'Submit again for review',
    resent: 'Submitted again for review.',
    approved: 'Approved by your expertise team (version 3).',
    approvedNote: 'This is the text your expertise team approved (version 3). Writing back, copying and exporting use it.',
    markdown: 'Download as Markdown',
    writeBack: 'Write back into the page',
    writtenBack: /Written back into the page/,
    teamNote: 'The text below holds the changes your expertise team made (version 2) and yours since. Submitting again sends it as shown.',
    comment: 'Please also name the working hours in the tasks.',
    ownWording: 'You collect orders and prepare them, on the day or evening shift.',
  },
} as const;

/** The reviewer's edit of one line of the text, as the review page saves it: a kept line becomes a changed one. */
const REVIEWER_LINE = 'Bij Transport Midden in Utrecht houd je het magazijn draaiende, van maandag tot en met vrijdag.';

/** The panel as a user comes back to it: closed and opened again (the team decided meanwhile). */
async function reopen(panel: Page) {
  await panel.reload();
  await expect(panel.getByTestId('finish')).toBeVisible();
}

for (const language of ['nl', 'en'] as const) {
  test.describe(`interface in ${language}`, () => {
    test.use({ uiLanguage: language });
    const words = WORDS[language];

    test('changes requested → the comment with its author, edit and submit again → approved: the export is the approved text byte for byte', async ({
      context,
      extensionId,
      fixtureOrigin,
      openSidePanel,
    }) => {
      const suffix = `${language}-${Date.now().toString(36)}`;
      const employer = await api(Organization, '/v1/admin/organizations', E2E_ADMIN_TOKEN, { body: { name: `Transport Midden ${suffix}`, kind: 'employer' } });
      const team = await api(Organization, '/v1/admin/organizations', E2E_ADMIN_TOKEN, {
        body: { name: `Expertiseteam Logistiek ${suffix}`, kind: 'expertise_team' },
      });
      await api(ClientLink, `/v1/admin/organizations/${team.id}/clients`, E2E_ADMIN_TOKEN, { body: { employerId: employer.id } });
      const anna = (
        await api(TokenCreated, '/v1/admin/tokens', E2E_ADMIN_TOKEN, { body: { organizationId: employer.id, role: 'member', label: 'Anna de Vries' } })
      ).token;
      const joost = (
        await api(TokenCreated, '/v1/admin/tokens', E2E_ADMIN_TOKEN, { body: { organizationId: team.id, role: 'reviewer', label: 'Joost Bakker' } })
      ).token;

      // --- The settings: the employer's token, and the review page one click away, in the interface language.
      const options = await context.newPage();
      await options.goto(`chrome-extension://${extensionId}/options.html`);
      await options.getByLabel(words.token).fill(anna);
      await options.getByRole('button', { name: words.save, exact: true }).click();
      await expect(options.getByRole('status')).toContainText(words.answers);
      const fromOptions = options.getByRole('link', { name: words.reviewPageOptions });
      await expect(fromOptions).toBeVisible();
      await audit(options, 'settings with the review page link');
      const [reviewPage] = await Promise.all([context.waitForEvent('page'), fromOptions.click()]);
      await reviewPage.waitForLoadState();
      expect(new URL(reviewPage.url()).pathname).toBe('/review.html');
      // The review page knows the token from the settings: it greets the employer's person by name.
      await expect(reviewPage.getByText(/Anna de Vries/)).toBeVisible({ timeout: 15_000 });
      await reviewPage.close();

      // --- The employer reads the editor's vacancy, accepts the rewrite and submits it.
      const page = await context.newPage();
      await page.goto(`${fixtureOrigin}/pages/ats-editor.html`);
      await page.locator('#description').click();
      const panel = await asPanel(await openSidePanel(page));
      await expect(panel.getByRole('link', { name: words.reviewPageHeader, exact: true })).toHaveAttribute('href', /\/review\.html$/);
      await panel.getByRole('button', { name: words.read }).click();
      await expect(panel.getByTestId('translation')).toBeVisible({ timeout: 30_000 });
      await panel.getByTestId('accept-rest').click();
      await panel.getByRole('button', { name: words.continue }).click();
      await panel.getByRole('button', { name: words.submit }).click();
      const submit = panel.locator('.submit-review');
      await expect(submit.getByRole('status')).toHaveText(words.sent);
      await expect(submit.getByTestId('review-status')).toHaveText(words.submitted);
      await expect(submit.getByRole('button', { name: words.submit })).toHaveCount(0);

      // --- The reviewer edits a line of the text (as the review page saves it) and asks for changes.
      const { profiles } = await api(ProfileList, '/v1/profiles', anna);
      expect(profiles).toHaveLength(1);
      const id = profiles[0]!.id;
      const v1 = await api(Profile, `/v1/profiles/${id}`, joost);
      expect(v1.status).toBe('submitted');
      const line = v1.translation.rewritten.blocks.find((block) => block.markdown.startsWith('Bij Transport Midden'));
      expect(line, 'the posting’s own line about the employer').toBeTruthy();
      const edited = {
        ...v1.translation,
        rewritten: {
          ...v1.translation.rewritten,
          blocks: v1.translation.rewritten.blocks.map((block) =>
            block.id === line!.id ? { ...block, kind: 'changed' as const, markdown: REVIEWER_LINE } : block,
          ),
        },
      };
      await api(Profile, `/v1/profiles/${id}`, joost, { method: 'PUT', body: { title: v1.title, translation: edited }, etag: '"v1"' });
      await api(Profile, `/v1/profiles/${id}/decision`, joost, { body: { decision: 'changes_requested', comment: words.comment } });

      // --- The employer opens the panel again: the status in words, the comment with the reviewer's name.
      await reopen(panel);
      const feedback = submit.getByTestId('review-feedback');
      await expect(feedback.getByTestId('review-status')).toHaveText(words.changes);
      await expect(feedback.getByRole('heading', { name: words.comments })).toBeVisible();
      const comment = feedback.getByTestId('review-comment');
      await expect(comment).toHaveCount(1);
      await expect(comment).toContainText('Joost Bakker');
      await expect(comment).toContainText(team.name);
      await expect(comment).toContainText(words.onVersion);
      await expect(comment).toContainText(words.comment);
      await expect(panel.getByText('changes_requested')).toHaveCount(0);
      // The text shown (and handed out) is the team's version: the reviewer's line in it.
      await expect(panel.getByTestId('team-version')).toHaveText(words.teamNote);
      await expect(panel.getByTestId('preview')).toContainText(REVIEWER_LINE);
      await expect(submit.getByRole('button', { name: words.resubmit })).toBeEnabled();
      await snap(panel, `employer-changes-requested-${language}`);
      await audit(panel, 'changes requested');

      // The profile on the review page, from the panel.
      const [onReviewPage] = await Promise.all([context.waitForEvent('page'), submit.getByRole('link', { name: words.openProfile }).click()]);
      await expect(onReviewPage.getByTestId('profile')).toHaveAttribute('data-status', 'changes_requested', { timeout: 15_000 });
      await onReviewPage.close();

      // --- The employer changes the vacancy in the panel, the comment in sight, and submits it again.
      await submit.getByRole('button', { name: words.change }).click();
      await expect(panel.getByTestId('translation')).toBeVisible();
      await expect(panel.getByTestId('review-feedback').getByTestId('review-comment')).toContainText(words.comment);
      const card = panel.getByTestId('change-card').first();
      await card.getByRole('button', { name: words.edit, exact: true }).click();
      await card.getByLabel(words.wording).fill(words.ownWording);
      await card.getByRole('button', { name: words.saveCard, exact: true }).click();
      await audit(panel, 'changing the vacancy after changes requested');
      await panel.getByRole('button', { name: words.continue }).click();
      await expect(panel.getByTestId('preview')).toContainText(words.ownWording);
      await expect(panel.getByTestId('preview')).toContainText(REVIEWER_LINE);
      await submit.getByRole('button', { name: words.resubmit }).click();
      await expect(submit.getByRole('status')).toHaveText(words.resent);
      await expect(submit.getByTestId('review-status')).toHaveText(words.submitted);

      // Both edits are in the new version: the reviewer's line and the employer's wording.
      const v3 = await api(Profile, `/v1/profiles/${id}`, joost);
      expect(v3.status).toBe('submitted');
      expect(v3.version).toBe(3);
      expect(v3.translation.rewritten.markdown).toContain(REVIEWER_LINE);
      expect(v3.translation.rewritten.markdown).toContain(words.ownWording);

      // --- The reviewer approves. The open panel, waiting, asks every few seconds, cheaply (304 while
      // nothing changed), so it learns of the decision by itself: no reload, no focus. It hands out the
      // approved version, and says so.
      await panel.waitForResponse((r) => r.url().endsWith(`/v1/profiles/${id}/state`) && r.status() === 304, { timeout: 15_000 });
      await api(Profile, `/v1/profiles/${id}/decision`, joost, { body: { decision: 'approved' } });
      await expect(submit.getByTestId('review-status')).toHaveText(words.approved, { timeout: 10_000 });
      await expect(panel.getByTestId('approved-version')).toHaveText(words.approvedNote);
      await expect(panel.getByTestId('preview')).toContainText(REVIEWER_LINE);
      await snap(panel, `employer-approved-${language}`);
      await audit(panel, 'approved');

      const approved = await api(Profile, `/v1/profiles/${id}`, anna);
      expect(approved.status).toBe('approved');
      const [download] = await Promise.all([panel.waitForEvent('download'), panel.getByRole('button', { name: words.markdown }).click()]);
      const exported = await readFile((await download.path())!, 'utf8');
      expect(Buffer.from(exported)).toEqual(Buffer.from(approved.translation.rewritten.markdown));

      // Write-back puts the approved text into the editor the vacancy came from.
      await panel.getByRole('button', { name: words.writeBack }).click();
      await expect(panel.getByText(words.writtenBack)).toBeVisible();
      const written = await page.locator('#description').inputValue();
      expect(written).toBe(approvedVacancy(approved.translation, approved.vacancy!).text);
      expect(written).toContain(REVIEWER_LINE);
      expect(written).toContain(words.ownWording);
    });
  });
}
