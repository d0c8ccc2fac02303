import { expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

export const DEMO_PASSWORD = 'Partner-Demo-2026';
export const CHINA_ADMIN = 'admin@fabrikam-sh.partner.onmschina.cn';
export const CHINA_ADMIN_NAME = '王立华';
export const CHINA_PARTNER = '上海法布里坎信息技术有限公司';

/** The UI language for a test: what a visitor's browser would ask for. */
export async function useLocale(page: Page, tag: string) {
  await page.addInitScript((t) => {
    if (!sessionStorage.getItem('pc.e2e.locale-set')) {
      localStorage.setItem('pc.locale', t);
      sessionStorage.setItem('pc.e2e.locale-set', '1');
    }
  }, tag);
}

export async function signIn(page: Page, user = CHINA_ADMIN, password = DEMO_PASSWORD) {
  await page.goto('/signin');
  await page.locator('#userName').fill(user);
  await page.locator('#password').fill(password);
  await page.locator('form button[type=submit]').click();
}

/** Zero axe violations for WCAG 2.0 / 2.1 / 2.2 A and AA. */
export async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary, 'axe violations').toEqual([]);
}
