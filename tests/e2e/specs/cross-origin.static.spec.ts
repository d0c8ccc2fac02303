// The app on one origin (nginx, deploy/nginx/), its API on another (the China reference server,
// named by config.json's apiBase): the reference server allow-lists the app's origin for CORS
// with credentials. The two are same-site (127.0.0.1), as https://partner.example.cn and
// https://api.partner.example.cn are, so the SameSite=Strict session cookie goes along.
import { test, expect } from '@playwright/test';
import { CHINA_ADMIN, signIn } from './support';
import { API_ORIGIN, CROSS_PORT, FOREIGN_PORT } from '../playwright.config';

const APP = `http://127.0.0.1:${CROSS_PORT}`;
const FOREIGN = `http://127.0.0.1:${FOREIGN_PORT}`;

test.use({ baseURL: APP });

test('the app signs in to an API on another origin and loads the Overview', async ({ page }) => {
  const apiCalls: string[] = [];
  page.on('request', (r) => { if (r.url().includes('/api/')) apiCalls.push(new URL(r.url()).origin); });
  const problems: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error' && !/status of 401/.test(m.text())) problems.push(m.text()); });

  const res = await page.goto('/');
  // The CSP lets the page connect to the API's origin, and only that one besides its own.
  expect(res?.headers()['content-security-policy']).toContain(`connect-src 'self' ${API_ORIGIN};`);
  expect(await (await page.request.get('/config.json')).json()).toMatchObject({ apiBase: `${API_ORIGIN}/api` });

  await signIn(page, CHINA_ADMIN);
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
  // A new page load sends the session cookie to the API again (credentials: include).
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
  expect(apiCalls.length).toBeGreaterThan(0);
  expect(new Set(apiCalls)).toEqual(new Set([API_ORIGIN]));
  expect(problems).toEqual([]);
});

test('an origin outside the allow-list is refused by the browser, and the app says the service cannot be reached', async ({ page }) => {
  const messages: string[] = [];
  page.on('console', (m) => messages.push(m.text()));
  await page.goto(`${FOREIGN}/signin`);
  await page.locator('#userName').fill(CHINA_ADMIN);
  await page.locator('#password').fill('Partner-Demo-2026');
  await page.locator('form button[type=submit]').click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText("Partner Center can't be reached right now.");
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  // The API refused the preflight (no Access-Control-Allow-Origin), so the sign-in never went out.
  expect(messages.join('\n')).toMatch(/blocked by CORS policy: Response to preflight request doesn't pass access control check/);
});
