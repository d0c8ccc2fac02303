// Areas load on demand (src/areas.rs): the release build cuts the enrollment wizard and the
// account pages into wasm chunks of their own, fetched the first time a partner enters them.
import { expect, test, type Page, type Request } from '@playwright/test';
import { expectAccessible, useLocale } from './support';

const ENROLL_TITLE = 'Enroll in the 21Vianet China CSP reseller program';
const CREATE_TITLE = 'Create a work or school account';
const FAILED_TITLE = "This part of Partner Center didn't load";
/** An area's chunk (`split_enroll-<hash>.wasm`) or a chunk areas share (`chunk_3-<hash>.wasm`). */
const CHUNK = /\/(split_[a-z]+|chunk_\d+)-[0-9a-f]{16}\.wasm$/;

/** Every chunk the page fetches from now on, by path. */
function chunkRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (r: Request) => {
    const path = new URL(r.url()).pathname;
    if (CHUNK.test(path)) seen.push(path);
  });
  return seen;
}

test.beforeEach(async ({ page }) => {
  await useLocale(page, 'en-US');
});

test('the landing page and sign-in load no area chunk', async ({ page }) => {
  const chunks = chunkRequests(page);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.getByRole('link', { name: 'Sign in' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(chunks).toEqual([]);
});

test('entering an area fetches its chunk once; going back and forth fetches nothing more', async ({ page }) => {
  const chunks = chunkRequests(page);
  await page.goto('/');
  await page.getByRole('link', { name: 'Enroll now' }).click();
  await expect(page.getByRole('heading', { level: 1, name: ENROLL_TITLE })).toBeVisible();
  const first = [...chunks];
  expect(first.some((p) => p.includes('/split_enroll-')), first.join()).toBe(true);
  expect(new Set(first).size).toBe(first.length);

  await page.goBack();
  await expect(page.getByRole('link', { name: 'Enroll now' })).toBeVisible();
  await page.goForward();
  await expect(page.getByRole('heading', { level: 1, name: ENROLL_TITLE })).toBeVisible();
  // Another page of another area fetches that area's own chunk, and only it.
  await page.getByRole('link', { name: 'Create one' }).click();
  await expect(page.getByRole('heading', { level: 1, name: CREATE_TITLE })).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: ENROLL_TITLE })).toBeVisible();
  await page.goForward();
  await expect(page.getByRole('heading', { level: 1, name: CREATE_TITLE })).toBeVisible();
  await page.waitForLoadState('networkidle');
  const added = chunks.slice(first.length);
  // That area's own chunk, with the chunks it shares with areas not entered yet (the settings
  // share form code with it), and no other area's own chunk.
  expect(added.some((p) => p.includes('/split_account-')), added.join()).toBe(true);
  expect(added.filter((p) => p.includes('/split_') && !p.includes('/split_account-')), added.join()).toEqual([]);
  // Going back and forth fetched nothing twice.
  expect(new Set(chunks).size, chunks.join()).toBe(chunks.length);
});

test('a deep link into an area works on a cold load', async ({ page }) => {
  await page.goto('/enroll/create-one');
  await expect(page.getByRole('heading', { level: 1, name: CREATE_TITLE })).toBeVisible();
  // The area's page works: a submit with nothing filled in says what is missing.
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('alert')).toBeFocused();
});

for (const [fault, answer] of [
  ['404 after a redeploy', (r: import('@playwright/test').Route) => r.fulfill({ status: 404, body: 'Not found' })],
  ['a dropped connection', (r: import('@playwright/test').Route) => r.abort('connectionreset')],
] as const) {
  test(`a chunk answered with ${fault} shows a page to try again, and Try again works`, async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    // What the partner typed in another area stays.
    await page.goto('/enroll/create-one');
    await page.getByLabel('Organization name').fill('Woodgrove Traders');
    await page.waitForTimeout(300);

    await page.route(/\/split_enroll-[0-9a-f]{16}\.wasm$/, answer);
    await page.goto('/');
    await page.getByRole('link', { name: 'Enroll now' }).click();
    await expect(page.getByRole('heading', { level: 1, name: FAILED_TITLE })).toBeVisible();
    await expect(page.getByRole('alert')).toContainText('Check your connection, then try again.');
    await expect(page.getByRole('banner')).toBeVisible();
    await expectAccessible(page);

    await page.unroute(/\/split_enroll-[0-9a-f]{16}\.wasm$/);
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByRole('heading', { level: 1, name: ENROLL_TITLE })).toBeVisible();
    expect(errors, 'no panic, no uncaught error').toEqual([]);

    await page.getByRole('link', { name: 'Create one' }).click();
    await expect(page.getByLabel('Organization name')).toHaveValue('Woodgrove Traders');
  });
}

test('a chunk that takes its time shows progress, then the page', async ({ page }) => {
  await page.route(/\/split_account-[0-9a-f]{16}\.wasm$/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await route.continue();
  });
  await page.goto('/');
  await page.getByRole('link', { name: 'Sign in' }).first().click();
  await page.getByRole('link', { name: "Can't access your account?" }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Loading…' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: "Can't access your account?" })).toBeVisible();
  await expect(page.getByText('Loading…')).toHaveCount(0);
});

test('a chunk that never arrives shows the page to try again after 15 seconds, and Try again works', async ({ page }) => {
  test.setTimeout(60_000);
  // The connection stalls: no answer at all until the test lets it through.
  let held: import('@playwright/test').Route | undefined;
  await page.route(/\/split_enroll-[0-9a-f]{16}\.wasm$/, (route) => {
    held = route;
  });
  await page.goto('/');
  await page.getByRole('link', { name: 'Enroll now' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Loading…' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: FAILED_TITLE })).toBeVisible({ timeout: 20_000 });

  await held?.continue();
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('heading', { level: 1, name: ENROLL_TITLE })).toBeVisible();
});
