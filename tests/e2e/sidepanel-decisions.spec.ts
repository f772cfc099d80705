import type { Page } from '@playwright/test';
import { expect, test, asPanel, snap } from './sidepanel-helpers';

// Decisions that matter first (#17): diploma, law and experience on top; the traits as one
// person-profile card; a filter by kind; no card that proposes what is already there; and what the
// user skips keeps its original text, unless they accept all.
test.describe.configure({ timeout: 150_000 });

/** Traits first in the posting, as so many postings write them; the diploma, the law and the years below. */
const POSTING = `Chauffeur bezorging (m/v/x)

Bij Bakkerij Van Dam in Utrecht bezorg je elke ochtend brood bij winkels en restaurants.

Wat ga je doen
- Je laadt de bus en plant je route
- Je levert bestellingen af en int betalingen

Wat vragen wij
- Je bent stressbestendig en klantvriendelijk
- Je bent een echte teamspeler
- Je bent flexibel en zelfstandig
- Een mbo niveau 2 diploma logistiek
- Rijbewijs C
- 5 jaar ervaring als chauffeur
- Je bent representatief en punctueel

Wat bieden wij
- Een vast contract`;

const WORDS = {
  nl: {
    paste: /of plak een vacature/i,
    label: /tekst van de vacature/i,
    rewrite: /tekst herschrijven/i,
    continue: /verder naar afronden/i,
    back: /terug naar de wijzigingen/i,
    skipKeeps: 'Nog 4 beslissingen open. Wat je overslaat, blijft zoals het in je vacature staat.',
    old: /toegepast zoals voorgesteld/,
    all: 'Alles',
    law: 'Wet',
    profile: 'Persoonsprofiel',
    acceptAll: 'Alle 4 open beslissingen accepteren',
    done: 'Je hebt over alles beslist.',
    pending: 'Nog niet beslist — het origineel blijft staan',
  },
  en: {
    paste: /or paste a vacancy/i,
    label: /vacancy text/i,
    rewrite: /rewrite text/i,
    continue: /continue to finish/i,
    back: /back to the changes/i,
    skipKeeps: '4 decisions still open. What you skip stays as it is in your vacancy.',
    old: /applied as proposed/,
    all: 'All',
    law: 'Law',
    profile: 'Person profile',
    acceptAll: 'Accept all 4 open decisions',
    done: 'Every decision is made.',
    pending: 'Not decided yet — the original stays',
  },
} as const;

async function rewrite(panel: Page, words: (typeof WORDS)[keyof typeof WORDS]) {
  await panel.getByText(words.paste).click();
  await panel.getByLabel(words.label).fill(POSTING);
  await panel.getByRole('button', { name: words.rewrite }).click();
  await expect(panel.getByTestId('translation')).toBeVisible({ timeout: 20_000 });
}

for (const language of ['nl', 'en'] as const) {
  test.describe(`interface in ${language}`, () => {
    test.use({ uiLanguage: language });
    const words = WORDS[language];

    test('diploma, law and experience first; the traits in one person-profile card; a filter by kind', async ({ context, extensionId }) => {
      const panel = await asPanel(await context.newPage());
      await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
      await rewrite(panel, words);

      const cards = panel.getByTestId('change-card');
      // Seven requirements, four decisions: the four traits are one card, and it comes last.
      await expect(cards).toHaveCount(4);
      expect(await panel.locator('.cards > li').evaluateAll((items) => items.map((item) => item.getAttribute('data-category')))).toEqual([
        'diploma',
        'legal',
        'experience',
        'profile',
      ]);
      await expect(cards.first()).toContainText('Een mbo niveau 2 diploma logistiek');
      const profile = cards.last();
      await expect(profile).toHaveAttribute('data-card', 'move-to-profile');
      for (const trait of [
        'Je bent stressbestendig en klantvriendelijk',
        'Je bent een echte teamspeler',
        'Je bent flexibel en zelfstandig',
        'Je bent representatief en punctueel',
      ]) {
        await expect(profile.locator('.originals')).toContainText(trait);
      }
      // No card proposes what the posting already says.
      for (const card of await cards.all()) {
        const original = ((await card.locator('.original, .originals').first().textContent()) ?? '').replace(/^.*?:\s*/, '').trim();
        const proposed = await card.locator('.proposed-lines li').allTextContents();
        if (proposed.length) expect(proposed.every((line) => line.replace(/\W+/g, ' ').trim() === original.replace(/\W+/g, ' ').trim())).toBe(false);
      }
      await expect(panel.getByTestId('review-remaining')).toHaveText(words.skipKeeps);
      await expect(panel.locator('main')).not.toContainText(words.old);
      await expect(cards.first().locator('.status')).toHaveText(words.pending);
      await snap(panel, `decisions-${language}`);

      // The filter: only the law, then everything again.
      const filter = panel.getByTestId('review-filter');
      await filter.getByRole('button', { name: new RegExp(`^${words.law}`) }).click();
      await expect(filter.getByRole('button', { name: new RegExp(`^${words.law}`) })).toHaveAttribute('aria-pressed', 'true');
      await expect(cards).toHaveCount(1);
      await expect(cards.first()).toHaveAttribute('data-card', 'keep-legal');
      await snap(panel, `decisions-filter-law-${language}`);
      await filter.getByRole('button', { name: new RegExp(`^${words.profile}`) }).click();
      await expect(cards).toHaveCount(1);
      await expect(cards.first()).toHaveAttribute('data-card', 'move-to-profile');
      await filter.getByRole('button', { name: new RegExp(`^${words.all}`) }).click();
      await expect(cards).toHaveCount(4);
    });

    test('what the user skips keeps its original; accepting all applies the rewrite; one profile decision moves every trait', async ({
      context,
      extensionId,
    }) => {
      const panel = await asPanel(await context.newPage());
      await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
      await rewrite(panel, words);

      // Nothing decided: the finish step holds the posting as it was, nothing marked as changed.
      await panel.getByRole('button', { name: words.continue }).click();
      const preview = panel.getByTestId('preview');
      await expect(preview).toContainText('Een mbo niveau 2 diploma logistiek');
      await expect(preview).toContainText('5 jaar ervaring als chauffeur');
      await expect(preview).toContainText('Je bent een echte teamspeler');
      await expect(preview.locator('ins')).toHaveCount(0);

      // Accept only the person profile: the traits move, the diploma and the years stay.
      await panel.getByRole('button', { name: words.back }).click();
      const profile = panel.locator('[data-testid="change-card"][data-card="move-to-profile"]');
      await profile.getByRole('button', { name: language === 'nl' ? 'Accepteren' : 'Accept' }).click();
      await expect(profile.getByRole('button', { name: language === 'nl' ? 'Accepteren' : 'Accept' })).toHaveAttribute('aria-pressed', 'true');
      await panel.getByRole('button', { name: words.continue }).click();
      await expect(preview).toContainText('Een mbo niveau 2 diploma logistiek');
      await expect(preview).toContainText('5 jaar ervaring als chauffeur');
      await expect(preview.locator('ins').first()).toBeVisible();

      // Accept all that is still open: the rewrite as proposed.
      await panel.getByRole('button', { name: words.back }).click();
      await panel.getByRole('button', { name: words.acceptAll.replace('4', '3') }).click();
      await expect(panel.getByTestId('review-remaining')).toHaveText(words.done);
      await panel.getByRole('button', { name: words.continue }).click();
      await expect(preview).not.toContainText('Een mbo niveau 2 diploma logistiek');
      await expect(preview).not.toContainText('5 jaar ervaring als chauffeur');
      await expect(preview).toContainText('Rijbewijs C');
    });
  });
}
