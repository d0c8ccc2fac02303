import { test, expect, type Page, type Browser } from '@playwright/test';
import { signIn as signInPage, expectAccessible, useLocale } from './support';

// Account settings › Catalog in one cloud: browse, search and filter the offers; pin, reorder
// and unpin; the sixth pin refused; a change made meanwhile by someone else (412); what each
// role sees. Called by catalog.spec.ts (China) and catalog.global.spec.ts (global).

export type CatalogCloud = { name: string; domain: string };

export const OFFERS = {
  e1: { id: '91FD106F-4B2C-4938-95AC-F54F74E9A239', name: 'Office 365 E1' },
  e3: { id: '796B6B5F-613C-4E24-A17C-EBA730D49C02', name: 'Office 365 E3' },
  essentials: { id: 'BD938F12-058F-4927-BBA3-AE36B1D2501C', name: 'Office 365 Business Essentials' },
  premium: { id: '031C9E47-4802-4248-838E-778FB1D2CC05', name: 'Office 365 Business Premium' },
  exchange: { id: '195416C1-3447-423A-B37B-EE59A99A19C4', name: 'Exchange Online (Plan 1)' },
  powerbi: { id: 'F1A7C3E9-2B4D-4F6A-8C1E-5D3B7A9F2C10', name: 'Power BI Pro' },
  dynamics: { id: 'A8B5F2E4-8C6D-4F1B-9E3A-2D7C5B1E4F60', name: 'Dynamics 365 Sales Professional' },
};

export const CATALOG = '/account-settings/catalog';

/** Signs in and waits until the session is there (the Overview). */
export async function signIn(page: Page, user: string) {
  await signInPage(page, user);
  await expect(page).toHaveURL(/\/dashboard\/overview$/);
}

/** Replaces the partner's pins through the API (the signed-in page's cookies), whatever they are. */
export async function setPins(page: Page, ids: string[]) {
  const r = await page.request.put('/api/v1/pinnedoffers', {
    headers: { 'MS-PartnerCenter-Client': 'partner-center-web', 'Content-Type': 'application/json', 'If-Match': '*' },
    data: { offerIds: ids },
  });
  expect(r.status()).toBe(200);
}

export function pinnedNames(page: Page) {
  return page.locator('.pinned-offers li strong');
}

export function offerCard(page: Page, name: string) {
  return page.locator('li.offer').filter({ has: page.getByRole('heading', { level: 3, name, exact: true }) });
}

export function catalogCases(cloud: CatalogCloud) {
  const user = (name: string) => `${name}@${cloud.domain}`;

  test('browse the offers, search them and pick a category; the choice survives a reload', async ({ page }) => {
    await signIn(page, user('admin'));
    await page.goto(CATALOG);
    await expect(page.getByRole('heading', { level: 1, name: 'Catalog' })).toBeVisible();
    await expect(offerCard(page, OFFERS.e3.name)).toBeVisible();
    await expect(offerCard(page, OFFERS.powerbi.name)).toBeVisible();

    await page.getByLabel('Search offers').fill('power');
    await expect(offerCard(page, OFFERS.powerbi.name)).toBeVisible();
    await expect(offerCard(page, OFFERS.e3.name)).toHaveCount(0);
    await expect(page).toHaveURL(/q=power/);
    await page.reload();
    await expect(page.getByLabel('Search offers')).toHaveValue('power');
    await expect(offerCard(page, OFFERS.powerbi.name)).toBeVisible();
    await expect(offerCard(page, OFFERS.e3.name)).toHaveCount(0);

    await page.getByLabel('Search offers').fill('');
    await page.getByLabel('Category').selectOption({ label: 'Dynamics 365' });
    await expect(offerCard(page, OFFERS.dynamics.name)).toBeVisible();
    await expect(offerCard(page, OFFERS.e3.name)).toHaveCount(0);
    await expect(page).toHaveURL(/category=Dynamics/);

    await page.getByLabel('Search offers').fill('no such offer at all');
    await expect(page.getByText('No offers match your search.')).toBeVisible();
  });

  test.describe('pins', () => {
    test.describe.configure({ mode: 'serial' });

    test('pin, reorder with the keyboard and unpin; the order is kept', async ({ page }) => {
      await signIn(page, user('admin'));
      await setPins(page, [OFFERS.e3.id, OFFERS.premium.id]);
      await page.goto(CATALOG);
      await expect(pinnedNames(page)).toHaveText([OFFERS.e3.name, OFFERS.premium.name]);
      await expect(page.getByText('2 of 5 offers pinned')).toBeVisible();

      await page.getByRole('button', { name: `Pin to top: ${OFFERS.powerbi.name}` }).click();
      await expect(page.getByRole('status').filter({ hasText: 'The pinned offers are saved.' })).toBeVisible();
      await expect(pinnedNames(page)).toHaveText([OFFERS.e3.name, OFFERS.premium.name, OFFERS.powerbi.name]);
      // The same button now unpins, and says so.
      await expect(page.getByRole('button', { name: `Unpin: ${OFFERS.powerbi.name}` }).last()).toBeVisible();

      const up = page.getByRole('button', { name: `Move up: ${OFFERS.powerbi.name}` });
      await up.focus();
      await page.keyboard.press('Enter');
      await expect(pinnedNames(page)).toHaveText([OFFERS.e3.name, OFFERS.powerbi.name, OFFERS.premium.name]);
      // Focus stays with the offer that moved, so Enter moves it again.
      await expect(up).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(pinnedNames(page)).toHaveText([OFFERS.powerbi.name, OFFERS.e3.name, OFFERS.premium.name]);
      await expect(page.getByRole('button', { name: `Move up: ${OFFERS.powerbi.name}` })).toBeDisabled();
      await expect(page.getByRole('button', { name: `Move down: ${OFFERS.powerbi.name}` })).toBeFocused();

      await page.locator('.pinned-offers').getByRole('button', { name: `Unpin: ${OFFERS.e3.name}` }).click();
      await expect(pinnedNames(page)).toHaveText([OFFERS.powerbi.name, OFFERS.premium.name]);

      await page.reload();
      await expect(pinnedNames(page)).toHaveText([OFFERS.powerbi.name, OFFERS.premium.name]);
    });

    test('a sixth pin is refused before anything is sent', async ({ page }) => {
      await signIn(page, user('admin'));
      const five = [OFFERS.e1, OFFERS.e3, OFFERS.essentials, OFFERS.premium, OFFERS.exchange];
      await setPins(page, five.map((o) => o.id));
      await page.goto(CATALOG);
      await expect(pinnedNames(page)).toHaveText(five.map((o) => o.name));
      let puts = 0;
      page.on('request', (r) => { if (r.method() === 'PUT' && r.url().includes('/pinnedoffers')) puts++; });
      await page.getByRole('button', { name: `Pin to top: ${OFFERS.powerbi.name}` }).click();
      await expect(page.getByRole('alert')).toContainText('You can pin up to five offers. Unpin an offer before you pin another one.');
      expect(puts).toBe(0);
      await expect(pinnedNames(page)).toHaveCount(5);
    });

    test('a change made meanwhile in another browser is explained, shown, and can be applied again', async ({ page, browser }) => {
      await signIn(page, user('admin'));
      await setPins(page, [OFFERS.e3.id]);
      await page.goto(CATALOG);
      await expect(pinnedNames(page)).toHaveText([OFFERS.e3.name]);

      // Someone else, signed in elsewhere, pins an offer.
      const other = await otherPage(browser, user('adminagent'));
      await other.goto(CATALOG);
      await expect(pinnedNames(other)).toHaveText([OFFERS.e3.name]);
      await other.getByRole('button', { name: `Pin to top: ${OFFERS.dynamics.name}` }).click();
      await expect(pinnedNames(other)).toHaveText([OFFERS.e3.name, OFFERS.dynamics.name]);
      await other.context().close();

      await page.getByRole('button', { name: `Pin to top: ${OFFERS.powerbi.name}` }).click();
      const alert = page.getByRole('alert');
      await expect(alert).toContainText('Someone else changed the pinned offers while you were working.');
      await expect(pinnedNames(page)).toHaveText([OFFERS.e3.name, OFFERS.dynamics.name]);
      await alert.getByRole('button', { name: 'Apply my change again' }).click();
      await expect(pinnedNames(page)).toHaveText([OFFERS.e3.name, OFFERS.dynamics.name, OFFERS.powerbi.name]);
      await expect(page.getByRole('status').filter({ hasText: 'The pinned offers are saved.' })).toBeVisible();
    });
  });

  test('a sales agent sees the catalog and the pins without the controls, and has no Pricing page', async ({ page }) => {
    await signIn(page, user('sales'));
    await page.goto(CATALOG);
    await expect(offerCard(page, OFFERS.e3.name)).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Pinned offers' })).toBeVisible();
    await expect(pinnedNames(page).first()).toBeVisible();
    await expect(page.getByText('Only a global admin or an admin agent can pin offers.')).toBeVisible();
    await expect(page.getByRole('button', { name: /Pin to top|Unpin|Move up|Move down/ })).toHaveCount(0);
    await page.goto('/pricing');
    await expect(page.getByRole('heading', { level: 1, name: "This page isn't available to your role" })).toBeVisible();
  });

  test('a billing admin sees the catalog without the controls', async ({ page }) => {
    await signIn(page, user('billing'));
    await page.goto(CATALOG);
    await expect(offerCard(page, OFFERS.e3.name)).toBeVisible();
    await expect(page.getByRole('button', { name: /Pin to top|Unpin|Move up|Move down/ })).toHaveCount(0);
  });

  test('a help desk agent has neither the catalog nor Pricing and offers', async ({ page }) => {
    await signIn(page, user('helpdesk'));
    for (const path of [CATALOG, '/pricing']) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1, name: "This page isn't available to your role" })).toBeVisible();
    }
  });

  test('the page works 360 px wide, without scrolling sideways', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await signIn(page, user('admin'));
    await page.goto(CATALOG);
    await expect(page.locator('li.offer').first()).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });

  for (const [tag, heading, pinned] of [['en-US', 'Catalog', 'Pinned offers'], ['zh-CN', '目录', '已固定的优惠']]) {
    test(`the catalog is accessible in ${tag}`, async ({ page }) => {
      await useLocale(page, tag);
      await signIn(page, user('admin'));
      await page.goto(CATALOG);
      await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
      await expect(page.getByRole('heading', { level: 2, name: pinned })).toBeVisible();
      await expect(page.locator('li.offer').first()).toBeVisible();
      await expectAccessible(page);
    });
  }
}

async function otherPage(browser: Browser, user: string) {
  const context = await browser.newContext({ baseURL: test.info().project.use.baseURL, locale: 'en-US' });
  const page = await context.newPage();
  await signIn(page, user);
  return page;
}
