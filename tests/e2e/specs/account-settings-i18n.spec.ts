// Account settings and Pricing and offers in zh-TW, ko-KR and fr-FR on a 360 px wide screen:
// every page fits, and no English message is left on it. "English" is any en-US message text
// (from the catalogs the app serves) of three words or more that the page's language does not
// also use word for word.
import { test, expect, type Page } from '@playwright/test';
import { CHINA_ADMIN, signIn, useLocale } from './support';

const PAGES = [
  '/account-settings',
  '/account-settings/partner-profile',
  '/account-settings/billing-profile',
  '/account-settings/organization-profile',
  '/account-settings/support-profile',
  '/account-settings/mpn-profile',
  '/account-settings/users',
  '/account-settings/users/add',
  '/account-settings/catalog',
  '/pricing',
];
const CATALOGS = ['messages', 'messages-settings', 'messages-pricing'];

/** The static text of every message of a locale's catalogs: each run of text between placeables. */
async function texts(page: Page, tag: string): Promise<string[]> {
  const out: string[] = [];
  for (const name of CATALOGS) {
    const res = await page.request.get(`/locales/${tag}/${name}.ftl`);
    expect(res.ok(), `${tag}/${name}.ftl`).toBeTruthy();
    for (const line of (await res.text()).split('\n')) {
      const m = /^[a-z][a-z0-9-]* = (.+)$/.exec(line);
      if (!m) continue;
      for (const piece of m[1].split(/\{[^}]*\}/)) {
        const t = piece.trim();
        if (t) out.push(t);
      }
    }
  }
  return out;
}

for (const tag of ['zh-TW', 'ko-KR', 'fr-FR']) {
  test(`Account settings and Pricing and offers in ${tag} at 360 px: nothing cut off, no English left`, async ({ page }) => {
    test.setTimeout(90_000);
    await useLocale(page, tag);
    await page.setViewportSize({ width: 360, height: 740 });
    await signIn(page, CHINA_ADMIN);
    await expect(page).toHaveURL(/\/dashboard\/overview$/);
    const own = new Set(await texts(page, tag));
    const english = (await texts(page, 'en-US')).filter((t) => t.split(/\s+/).length >= 3 && !own.has(t));
    expect(english.length).toBeGreaterThan(100);
    for (const path of PAGES) {
      await page.goto(path);
      const main = page.getByRole('main');
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      // The page's data is in: no progress line left, and no error either.
      await expect(main.locator('p.loading')).toHaveCount(0, { timeout: 10_000 });
      await expect(main.locator('.notice-error')).toHaveCount(0);
      const text = await main.innerText();
      const left = english.filter((t) => text.includes(t));
      expect(left, `${tag} ${path}`).toEqual([]);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width, `${tag} ${path}`).toBeLessThanOrEqual(360);
    }
  });
}
