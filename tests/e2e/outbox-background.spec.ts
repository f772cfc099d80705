import { E2E_ADMIN_TOKEN, WORKER_PORT } from '../../playwright.config';
import { expect, test, asPanel } from './sidepanel-helpers';

test.describe.configure({ timeout: 150_000 });

const API = process.env.E2E_API ?? `http://127.0.0.1:${WORKER_PORT}`;
/** Nothing listens here: the API cannot be reached, for the panel and the background alike. */
const DEAD_API = 'http://127.0.0.1:9';

async function admin<T>(path: string, body: unknown): Promise<T> {
  const response = await fetch(`${API}${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${E2E_ADMIN_TOKEN}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()} (is the Worker on ${API} started with the e2e ADMIN_TOKEN?)`);
  return (await response.json()) as T;
}

// #18: a submission made offline goes out when the API is back, though the side panel was closed.
// The API address is unreachable until after the panel is closed, so only the background can send it.
test('submit for review offline, close the panel: the background alarm sends it once the API is back', async ({
  context,
  extensionId,
  fixtureOrigin,
  openSidePanel,
  serviceWorker,
}) => {
  const employer = await admin<{ id: string }>('/v1/admin/organizations', { name: `Bakkerij ${Date.now()}`, kind: 'employer' });
  const { token } = await admin<{ token: string }>('/v1/admin/tokens', { organizationId: employer.id, role: 'member' });
  const profiles = async () =>
    (
      (await (await fetch(`${API}/v1/profiles`, { headers: { authorization: `Bearer ${token}` } })).json()) as {
        profiles: Array<{ status: string; createdAt: string }>;
      }
    ).profiles;

  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const address = options.getByLabel(/API address/i);
  const apiAddress = await address.inputValue();
  await options.getByLabel(/API token/i).fill(token);
  await options.getByRole('button', { name: /save/i }).click();
  await expect(options.getByRole('status')).toContainText(/API answers/i);

  const page = await context.newPage();
  await page.goto(`${fixtureOrigin}/pages/vacature-logistiek.html`);
  const panel = await asPanel(await openSidePanel(page));
  await panel.getByRole('button', { name: /read this page/i }).click();
  await expect(panel.getByTestId('translation')).toBeVisible({ timeout: 30_000 });
  await panel.getByRole('button', { name: /continue to finish/i }).click();

  // The API goes away; the submission waits in the outbox and the alarm is set for its retry.
  await address.fill(DEAD_API);
  await options.getByRole('button', { name: /save/i }).click();
  await expect(options.getByRole('status')).toContainText(/does not answer/i);
  await panel.getByRole('button', { name: /submit for review/i }).click();
  await expect(panel.locator('.submit-review [role="status"]')).toContainText(/sent as soon as the API can be reached/i);
  const alarm = await serviceWorker.evaluate(() => chrome.alarms.get('vaardig-outbox'));
  expect(alarm?.scheduledTime).toBeGreaterThan(Date.now() - 1_000);

  // The panel closes; then the API comes back. Nothing but the background script can send it now.
  await panel.close();
  const closedAt = Date.now();
  await address.fill(apiAddress);
  await options.getByRole('button', { name: /save/i }).click();
  await expect(options.getByRole('status')).toContainText(/API answers/i);
  expect(await profiles()).toHaveLength(0);

  await expect.poll(async () => (await profiles()).map((profile) => profile.status), { timeout: 60_000, intervals: [1_000] }).toEqual(['submitted']);
  expect(Date.parse((await profiles())[0]!.createdAt)).toBeGreaterThanOrEqual(closedAt - 1_000);
  // Nothing waits any more, so the alarm is gone.
  await expect.poll(() => serviceWorker.evaluate(() => chrome.alarms.get('vaardig-outbox')), { timeout: 10_000 }).toBeUndefined();
});
