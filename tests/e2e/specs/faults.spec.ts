import { test, expect, type Page } from '@playwright/test';
import { CHINA_ADMIN, DEMO_PASSWORD, useLocale } from './support';

// Every way the sign-in call can fail: the partner sees what happened, keeps what they typed,
// and can try again.
async function fillAndSubmit(page: Page) {
  await page.goto('/signin');
  await page.locator('#userName').fill(CHINA_ADMIN);
  await page.locator('#password').fill(DEMO_PASSWORD);
  await page.locator('form button[type=submit]').click();
}

const cases: { name: string; fault: Parameters<Page['route']>[1]; message: string }[] = [
  { name: 'server down', fault: (r) => r.abort('connectionrefused'), message: "Partner Center can't be reached right now." },
  { name: 'HTTP 500 with the error body', fault: (r) => r.fulfill({ status: 500, contentType: 'application/json', body: '{"code":"internal_error","description":"boom","data":[],"source":"x"}' }), message: 'Something went wrong on our side.' },
  { name: 'HTTP 502 from a proxy, HTML body', fault: (r) => r.fulfill({ status: 502, contentType: 'text/html', body: '<h1>Bad gateway</h1>' }), message: 'Partner Center is busy right now.' },
  { name: 'malformed JSON on success', fault: (r) => r.fulfill({ status: 201, contentType: 'application/json', body: '{"user":' }), message: "Partner Center sent a response that couldn't be read." },
  { name: 'timeout', fault: (r) => r.abort('timedout'), message: "Partner Center can't be reached right now." },
];

for (const c of cases) {
  test(`sign-in: ${c.name} shows a message and keeps the typed work account`, async ({ page }) => {
    await page.route('**/api/v1/sessions', c.fault);
    await fillAndSubmit(page);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText(c.message);
    await expect(alert).toBeFocused();
    await expect(page.locator('#userName')).toHaveValue(CHINA_ADMIN);
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();

    // The fault clears: the same form, submitted again, signs in.
    await page.unroute('**/api/v1/sessions');
    await page.locator('form button[type=submit]').click();
    await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
  });
}

test('sign-in while offline says so', async ({ page, context }) => {
  await page.goto('/signin');
  await page.locator('#userName').fill(CHINA_ADMIN);
  await page.locator('#password').fill(DEMO_PASSWORD);
  await context.setOffline(true);
  await page.locator('form button[type=submit]').click();
  await expect(page.getByRole('alert')).toContainText("You're offline.");
  await expect(page.locator('#userName')).toHaveValue(CHINA_ADMIN);
  await context.setOffline(false);
});

test('a slow answer shows progress, and a double click sends one request', async ({ page }) => {
  const ids: string[] = [];
  await page.route('**/api/v1/sessions', async (route) => {
    ids.push(route.request().headers()['ms-requestid'] ?? '');
    await new Promise((r) => setTimeout(r, 800));
    await route.continue();
  });
  await page.goto('/signin');
  await page.locator('#userName').fill(CHINA_ADMIN);
  await page.locator('#password').fill(DEMO_PASSWORD);
  await page.locator('form button[type=submit]').dblclick();
  await expect(page.locator('form button[type=submit]')).toHaveText('Signing in…');
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
  expect(ids).toHaveLength(1);
  expect(ids[0]).toMatch(/^[0-9a-f-]{36}$/);
});

test('every API call carries the CSRF header, ids and the UI language', async ({ page }) => {
  await useLocale(page, 'ko-KR');
  const seen: Record<string, string>[] = [];
  page.on('request', (r) => { if (r.url().includes('/api/v1/')) seen.push(r.headers()); });
  await fillAndSubmit(page);
  await expect(page.getByRole('heading', { level: 1, name: '개요' })).toBeVisible();
  expect(seen.length).toBeGreaterThanOrEqual(2);
  for (const h of seen) {
    expect(h['ms-partnercenter-client']).toBe('partner-center-web');
    expect(h['ms-correlationid']).toMatch(/^[0-9a-f-]{36}$/);
    expect(h['ms-requestid']).toMatch(/^[0-9a-f-]{36}$/);
    expect(h['x-locale']).toBe('ko-KR');
  }
});

test('a 503 with Retry-After on a read is retried after the wait, then succeeds', async ({ page }) => {
  await fillAndSubmit(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
  const times: number[] = [];
  await page.route('**/api/v1/sessions/current', async (route) => {
    times.push(Date.now());
    if (times.length === 1) {
      await route.fulfill({ status: 503, headers: { 'Retry-After': '1' }, contentType: 'application/json', body: '{"code":"busy","description":"busy"}' });
    } else {
      await route.continue();
    }
  });
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
  expect(times).toHaveLength(2);
  expect(times[1] - times[0]).toBeGreaterThanOrEqual(950);
});

test('a missing config.json shows a clear error page, not a blank one', async ({ page }) => {
  await page.route('**/config.json', (r) => r.fulfill({ status: 404, body: 'not found' }));
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: "Partner Center can't start" })).toBeVisible();
  await expect(page.getByText('config.json')).toBeVisible();
  await page.unroute('**/config.json');
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome to Partner Center operated by 21Vianet' })).toBeVisible();
});

test('a malformed config.json shows the error page in the visitor language', async ({ page }) => {
  await useLocale(page, 'fr-FR');
  await page.route('**/config.json', (r) => r.fulfill({ status: 200, contentType: 'application/json', body: '{"apiBase": 42' }));
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Espace partenaires/);
  await expect(page.locator('html')).toHaveAttribute('lang', /fr/);
});
