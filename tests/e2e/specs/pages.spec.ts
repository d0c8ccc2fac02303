import { test, expect } from '@playwright/test';
import { expectAccessible, signIn, useLocale } from './support';

test('an unknown address gets a localized 404 page with a way home', async ({ page }) => {
  await page.goto('/no/such/page');
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await expect(page).toHaveTitle('Page not found | Partner Center operated by 21Vianet');
  await page.getByRole('link', { name: 'Go to the home page' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome to Partner Center operated by 21Vianet' })).toBeVisible();
});

test('the 404 page in zh-CN', async ({ page }) => {
  await useLocale(page, 'zh-CN');
  await page.goto('/no/such/page');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('找不到页面');
});

test('keyboard: the skip link jumps to the main content, and navigation moves focus to the new heading', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
  await page.getByRole('main').getByRole('link', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeFocused();
});

for (const tag of ['en-US', 'fr-FR', 'ko-KR', 'zh-TW']) {
  test(`every element fits a 360 px wide screen in ${tag}`, async ({ page }) => {
    await useLocale(page, tag);
    await page.setViewportSize({ width: 360, height: 740 });
    for (const path of ['/', '/signin', '/nope']) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width, `${tag} ${path}`).toBeLessThanOrEqual(360);
    }
    await signIn(page);
    await expect(page.getByRole('navigation')).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });
}

for (const tag of ['en-US', 'zh-CN']) {
  test.describe(`accessibility in ${tag}`, () => {
    test.beforeEach(async ({ page }) => { await useLocale(page, tag); });

    test('landing, sign in (clean and with errors), 404', async ({ page }) => {
      await page.goto('/');
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expectAccessible(page);
      await page.goto('/signin');
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expectAccessible(page);
      await page.locator('form button[type=submit]').click();
      await expect(page.getByRole('alert')).toBeVisible();
      await expectAccessible(page);
      await page.goto('/nope');
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expectAccessible(page);
    });

    test('overview, signed in', async ({ page }) => {
      await signIn(page);
      await expect(page.getByRole('navigation')).toBeVisible();
      await expectAccessible(page);
    });

    test('the start-up error page', async ({ page }) => {
      await page.route('**/config.json', (r) => r.fulfill({ status: 500, body: '' }));
      await page.goto('/');
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expectAccessible(page);
    });
  });
}
