import { E2E_ADMIN_TOKEN, WORKER_PORT } from '../../playwright.config';
import { expect, test, asPanel, snap } from './sidepanel-helpers';

test.describe.configure({ timeout: 150_000 });

const API = process.env.E2E_API ?? `http://127.0.0.1:${WORKER_PORT}`;

async function admin<T>(path: string, body: unknown): Promise<T> {
  const response = await fetch(`${API}${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${E2E_ADMIN_TOKEN}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()} (is the Worker on ${API} started with the e2e ADMIN_TOKEN?)`);
  return (await response.json()) as T;
}

// Connected to a team: a submission made offline waits in the outbox and goes out when back online.
test('submit for review: offline it waits in the outbox, online it is sent once', async ({ context, extensionId, fixtureOrigin, openSidePanel }) => {
  const employer = await admin<{ id: string }>('/v1/admin/organizations', { name: `Transport Midden ${Date.now()}`, kind: 'employer' });
  const { token } = await admin<{ token: string }>('/v1/admin/tokens', { organizationId: employer.id, role: 'member' });

  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByLabel(/API token/i).fill(token);
  await options.getByRole('button', { name: /save/i }).click();
  await expect(options.getByRole('status')).toContainText(/API answers/i);

  const page = await context.newPage();
  await page.goto(`${fixtureOrigin}/pages/vacature-logistiek.html`);
  const panel = await asPanel(await openSidePanel(page));
  await panel.getByRole('button', { name: /read this page/i }).click();
  await expect(panel.getByTestId('translation')).toBeVisible({ timeout: 30_000 });
  await panel.getByRole('button', { name: /continue to finish/i }).click();

  // Offline: the API cannot be reached.
  const creates: string[] = [];
  panel.on('request', (request) => {
    if (request.method() === 'POST' && request.url().endsWith('/v1/profiles')) creates.push(request.headers()['idempotency-key'] ?? '');
  });
  await panel.route('**/v1/profiles', (route) => route.abort('internetdisconnected'));
  await panel.getByRole('button', { name: /submit for review/i }).click();
  const status = panel.locator('.submit-review [role="status"]');
  await expect(status).toContainText(/sent as soon as the API can be reached/i);

  // Back online: the outbox sends it, with the same idempotency key on every try.
  await panel.unroute('**/v1/profiles');
  await panel.evaluate(() => dispatchEvent(new Event('online')));
  await expect(status).toHaveText('Submitted for review.', { timeout: 20_000 });
  // The status in words (#19), not the API's code.
  await expect(panel.getByTestId('review-status')).toHaveText('Submitted. Your expertise team has not decided yet.');
  expect(creates.length).toBeGreaterThanOrEqual(2);
  expect(new Set(creates).size).toBe(1);
  expect(creates[0]).toMatch(/^[0-9a-f-]{36}$/);
  await snap(panel, 'submitted-for-review-en');

  const list = (await (await fetch(`${API}/v1/profiles`, { headers: { authorization: `Bearer ${token}` } })).json()) as { profiles: Array<{ status: string }> };
  expect(list.profiles).toHaveLength(1);
  expect(list.profiles[0]?.status).toBe('submitted');
});
