import { test, expect } from '@playwright/test';
import { useLocale } from './support';

// The landing page in each language: heading, <html lang>, document title, all switched in place.
const locales = [
  { tag: 'zh-CN', picker: '中文(简体)', signIn: '登录' },
  { tag: 'zh-TW', picker: '中文(繁體)', signIn: '登入' },
  { tag: 'ko-KR', picker: '한국어', signIn: '로그인' },
  { tag: 'fr-FR', picker: 'Français', signIn: 'Se connecter' },
  { tag: 'en-US', picker: 'English (United States)', signIn: 'Sign in' },
];

test('the language picker switches all five languages in place, without a reload', async ({ page }) => {
  await page.goto('/signin');
  await page.locator('#userName').fill('typed@contoso.partner.onmschina.cn');
  await page.evaluate(() => ((window as any).__noReload = true));
  const picker = page.getByRole('combobox');
  for (const l of locales) {
    await picker.selectOption({ label: l.picker });
    await expect(page.locator('html')).toHaveAttribute('lang', l.tag);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(l.signIn);
    await expect(page).toHaveTitle(new RegExp(`^${l.signIn} \\| `));
    await expect(page.locator('#userName')).toHaveValue('typed@contoso.partner.onmschina.cn');
  }
  expect(await page.evaluate(() => (window as any).__noReload)).toBe(true);
});

test('the chosen language is remembered across visits', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('combobox').selectOption({ label: '한국어' });
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko-KR');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko-KR');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('파트너 센터');
});

test.describe('browser languages', () => {
  for (const [browser, want] of [['zh-HK', 'zh-TW'], ['zh-SG', 'zh-CN'], ['fr-CA', 'fr-FR'], ['de-DE', 'zh-CN']] as const) {
    test.describe(browser, () => {
      test.use({ locale: browser });
      test(`a first visit from a ${browser} browser gets ${want}`, async ({ page }) => {
        await page.goto('/');
        await expect(page.locator('html')).toHaveAttribute('lang', want);
      });
    });
  }
});

for (const l of locales.slice(0, 4)) {
  test(`no English is left on the signed-out pages in ${l.tag}`, async ({ page }) => {
    await useLocale(page, l.tag);
    for (const path of ['/', '/signin', '/no-such-page']) {
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('lang', l.tag);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      const text = await page.locator('body').innerText();
      // Latin words allowed: brand names, the example address, and the picker's own autonyms.
      const leftovers = text
        .replace(/someone@[\w.-]+/g, '')
        .replace(/English \(United States\)|Français|21Vianet|Microsoft|CSP/g, '')
        .match(/\b[A-Za-z]{3,}\b/g) ?? [];
      // French is written in Latin letters: there, compare with the English page instead.
      if (l.tag === 'fr-FR') {
        for (const english of ['Sign in', 'Welcome', 'Work account', 'Password', 'Page not found', 'There is a problem']) {
          expect(text, `${l.tag} ${path}`).not.toContain(english);
        }
      } else {
        expect(leftovers, `${l.tag} ${path}`).toEqual([]);
      }
    }
  });
}
