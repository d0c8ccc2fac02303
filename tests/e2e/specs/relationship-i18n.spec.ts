// Request a reseller relationship in zh-TW, ko-KR and fr-FR on a 360 px wide screen: the page
// fits, the draft is in the partner's language with the link whole, and no English message is
// left on it ("English": any en-US message text of three words or more that the page's language
// does not also use word for word).
import { test, expect, type Page } from '@playwright/test';
import { CHINA_ADMIN, signIn, useLocale } from './support';
import { REQUEST } from './relationship-cases';

const CATALOGS = ['messages', 'messages-customers'];

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

const WORDS: Record<string, { title: string; open: string }> = {
  'zh-TW': { title: '要求經銷商關係', open: '在電子郵件應用程式中開啟' },
  'ko-KR': { title: '리셀러 관계 요청', open: '이메일 앱에서 열기' },
  'fr-FR': { title: 'Demander une relation de revendeur', open: 'Ouvrir dans la messagerie' },
};

for (const [tag, words] of Object.entries(WORDS)) {
  test(`Request a reseller relationship in ${tag} at 360 px: fits, no English left, the mailto keeps the link`, async ({ page }) => {
    await useLocale(page, tag);
    await page.setViewportSize({ width: 360, height: 740 });
    await signIn(page, CHINA_ADMIN);
    await expect(page).toHaveURL(/\/dashboard\/overview$/);
    await page.goto(REQUEST);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(words.title);
    const link = (await page.locator('#draft-link').textContent()) ?? '';
    expect(link).toMatch(/^https:\/\//);
    const own = new Set(await texts(page, tag));
    const english = (await texts(page, 'en-US')).filter((t) => t.split(/\s+/).length >= 3 && !own.has(t));
    expect(english.length).toBeGreaterThan(20);
    const text = await page.getByRole('main').innerText();
    expect(english.filter((t) => text.includes(t))).toEqual([]);
    const href = (await page.getByRole('link', { name: words.open }).getAttribute('href')) ?? '';
    expect(href.length).toBeLessThanOrEqual(2000);
    expect(decodeURIComponent(/&body=(.*)$/.exec(href)![1]).endsWith(`\r\n\r\n${link}`)).toBe(true);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(360);
  });
}
