// The navigation shell in the China cloud: the Dashboard menu is built from the page list for
// the signed-in role and the cloud (a nav landmark of links, the current area marked), and a
// page the role may not open shows "not available" at its own address, never the page itself.
import { test, expect, type Locator, type Page } from '@playwright/test';
import { CHINA_ADMIN, expectAccessible, signIn, useLocale } from './support';
import { newSignedInPartner } from './enroll-support';

const HELPDESK = 'helpdesk@fabrikam-sh.partner.onmschina.cn';
const NOT_FOR_ROLE = "This page isn't available to your role";

const menu = (page: Page) => page.getByRole('navigation', { name: 'Dashboard menu' });

/** Every request to the enrollment's endpoints: a page that must not be built makes none. */
function enrollmentCalls(page: Page) {
  const calls: string[] = [];
  page.on('request', (r) => {
    if (new URL(r.url()).pathname.startsWith('/api/v1/enrollment')) calls.push(`${r.method()} ${r.url()}`);
  });
  return calls;
}

/** Presses Tab until `target` has focus, as a keyboard user would (at most 20 times). */
async function tabTo(page: Page, target: Locator) {
  for (let i = 0; i < 20; i++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error('Tab never reached the target');
}

test('the global admin\'s Dashboard menu lists the areas of their role, the current one marked', async ({ page }) => {
  await signIn(page, CHINA_ADMIN);
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
  await expect(menu(page).getByRole('listitem')).toHaveCount(4);
  await expect(menu(page).getByRole('link')).toHaveText(['Overview', 'Account settings', 'Customers', 'Pricing and offers']);
  await expect(menu(page).getByRole('link', { name: 'Overview' })).toHaveAttribute('aria-current', 'page');
  await expect(menu(page).getByRole('link', { name: 'Overview' })).toHaveAttribute('href', '/dashboard/overview');
});

test('a help desk agent: the menu of their role, and the enrollment is not for them', async ({ page }) => {
  const calls = enrollmentCalls(page);
  await signIn(page, HELPDESK);
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
  await expect(page.getByText('Your roles: Help desk agent')).toBeVisible();
  await expect(menu(page).getByRole('link')).toHaveText(['Overview', 'Customers']);
  await expect(menu(page).getByRole('link', { name: 'Overview' })).toHaveAttribute('aria-current', 'page');

  // A deep link to a global admin's page: "not available to your role", at that address.
  await page.goto('/enroll/status');
  await expect(page.getByRole('heading', { level: 1, name: NOT_FOR_ROLE })).toBeVisible();
  await expect(page).toHaveURL(/\/enroll\/status$/);
  await expect(page).toHaveTitle(`${NOT_FOR_ROLE} | Partner Center operated by 21Vianet`);
  await expect(page.getByText('ask a global admin in your organization to change your role')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toHaveCount(0);
  // The menu stays, with nothing marked current: this page is no area.
  await expect(menu(page).getByRole('link', { name: 'Overview' })).not.toHaveAttribute('aria-current', 'page');

  // By keyboard, back to the Overview through the offer on the page.
  const back = page.getByRole('main').getByRole('link', { name: 'Go to the Overview' });
  await tabTo(page, back);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeFocused();
  await expect(page).toHaveURL(/\/dashboard\/overview$/);
  await expect(menu(page).getByRole('link', { name: 'Overview' })).toHaveAttribute('aria-current', 'page');
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: NOT_FOR_ROLE })).toBeVisible();
  // The enrollment status page was never built, not even for a moment on the way in or out.
  expect(calls).toEqual([]);
});

test('signed out, a deep link the role may not open: sign in first, then "not available"', async ({ page }) => {
  await page.goto('/enroll/agreement');
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  await page.getByLabel('Work account').fill(HELPDESK);
  await page.getByLabel('Password', { exact: true }).fill('Partner-Demo-2026');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/enroll\/agreement$/);
  await expect(page.getByRole('heading', { level: 1, name: NOT_FOR_ROLE })).toBeVisible();
});

test('the "not available" page in zh-CN', async ({ page }) => {
  await useLocale(page, 'zh-CN');
  await signIn(page, HELPDESK);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('概述');
  await page.goto('/enroll/review');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('你的角色无法访问此页面');
  await expect(page.getByRole('navigation', { name: '仪表板菜单' }).getByRole('link')).toHaveText(['概述', '客户']);
  await expect(page.getByRole('main').getByRole('link', { name: '转到概述' })).toBeVisible();
});

test('a partner still enrolling has no Dashboard menu: no area is open to them yet', async ({ page }) => {
  await newSignedInPartner(page);
  await page.goto('/dashboard/overview');
  await expect(page).toHaveURL(/\/enroll\/account$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Dashboard menu' })).toHaveCount(0);
});

for (const tag of ['en-US', 'zh-CN', 'zh-TW', 'ko-KR', 'fr-FR']) {
  test(`the menu and the "not available" page fit a 360 px wide screen in ${tag}`, async ({ page }) => {
    await useLocale(page, tag);
    await page.setViewportSize({ width: 360, height: 740 });
    await signIn(page, HELPDESK);
    await expect(page).toHaveURL(/\/dashboard\/overview$/);
    for (const path of ['/dashboard/overview', '/enroll/status']) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.getByRole('navigation')).toBeVisible();
      await expect(page.getByRole('navigation').getByRole('link')).toHaveCount(2);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width, `${tag} ${path}`).toBeLessThanOrEqual(360);
      // Every link of the menu is inside the screen, not cut off at its edge.
      const rights = await page.getByRole('navigation').getByRole('link')
        .evaluateAll((links) => links.map((l) => l.getBoundingClientRect().right));
      for (const right of rights) expect(right, `${tag} ${path}`).toBeLessThanOrEqual(360);
    }
  });
}

for (const tag of ['en-US', 'zh-CN']) {
  test(`the "not available" page is accessible in ${tag}`, async ({ page }) => {
    await useLocale(page, tag);
    await signIn(page, HELPDESK);
    await expect(page.getByRole('navigation')).toBeVisible();
    await page.goto('/enroll/status');
    await expect(page.getByRole('heading', { level: 2 })).toBeVisible();
    await expectAccessible(page);
  });
}
