// Account settings and Pricing and offers, as each of the six roles finds them: the Dashboard
// menu, the Account settings page's list of pages, and the Overview's tasks linking to them.
// Run against both clouds (account-settings.spec.ts, account-settings.global.spec.ts).
import { test, expect, type Page } from '@playwright/test';
import { expectAccessible, signIn, useLocale } from './support';

export type Cloud = { name: 'china' | 'global'; domain: string; app: string };
export const CHINA: Cloud = { name: 'china', domain: 'fabrikam-sh.partner.onmschina.cn', app: 'Partner Center operated by 21Vianet' };
export const GLOBAL: Cloud = { name: 'global', domain: 'fabrikam.onmicrosoft.com', app: 'Partner Center' };

const PROFILES = ['Partner profile', 'Partner billing profile', 'Organization profile', 'Support profile', 'MPN profile'];
const NOT_FOR_ROLE = "This page isn't available to your role";

// What each role is offered: its menu areas and its Account settings pages (features spec §3).
const ROLES: { user: string; role: string; menu: string[]; settings: string[] | null }[] = [
  { user: 'admin', role: 'Global admin', menu: ['Overview', 'Account settings', 'Customers', 'Pricing and offers'], settings: [...PROFILES, 'User management', 'Catalog'] },
  { user: 'billing', role: 'Billing admin', menu: ['Overview', 'Account settings', 'Pricing and offers'], settings: [...PROFILES, 'Catalog'] },
  { user: 'usermgmt', role: 'User management admin', menu: ['Overview', 'Account settings'], settings: [...PROFILES, 'User management'] },
  { user: 'adminagent', role: 'Admin agent', menu: ['Overview', 'Account settings', 'Customers', 'Pricing and offers'], settings: [...PROFILES, 'Catalog'] },
  { user: 'sales', role: 'Sales agent', menu: ['Overview', 'Account settings', 'Customers'], settings: [...PROFILES, 'Catalog'] },
  { user: 'helpdesk', role: 'Help desk agent', menu: ['Overview', 'Customers'], settings: null },
];

const menu = (page: Page) => page.getByRole('navigation', { name: 'Dashboard menu' });

export function accountSettingsSpecs(cloud: Cloud) {
  for (const r of ROLES) {
    test(`${cloud.name}: the ${r.role} is offered the account pages of their role, and only those`, async ({ page }) => {
      await signIn(page, `${r.user}@${cloud.domain}`);
      await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
      // The global cloud adds Indirect providers for the roles that work with them (after
      // Customers), and Indirect resellers, as the demo partner is an indirect provider too.
      const indirect = cloud.name === 'global' && ['admin', 'adminagent', 'sales'].includes(r.user);
      const want = indirect ? r.menu.flatMap((m) => (m === 'Customers' ? [m, 'Indirect providers', 'Indirect resellers'] : [m])) : r.menu;
      await expect(menu(page).getByRole('link')).toHaveText(want);
      await page.goto('/account-settings');
      if (r.settings === null) {
        await expect(page.getByRole('heading', { level: 1, name: NOT_FOR_ROLE })).toBeVisible();
        await page.goto('/pricing');
        await expect(page.getByRole('heading', { level: 1, name: NOT_FOR_ROLE })).toBeVisible();
        return;
      }
      await expect(page.getByRole('heading', { level: 1, name: 'Account settings' })).toBeVisible();
      await expect(page).toHaveTitle(`Account settings | ${cloud.app}`);
      await expect(page.getByRole('main').getByRole('listitem').getByRole('link')).toHaveText(r.settings);
      await expect(menu(page).getByRole('link', { name: 'Account settings' })).toHaveAttribute('aria-current', 'page');
      if (!r.menu.includes('Pricing and offers')) {
        await page.goto('/pricing');
        await expect(page.getByRole('heading', { level: 1, name: NOT_FOR_ROLE })).toBeVisible();
      }
    });
  }

  test(`${cloud.name}: the Overview's account tasks link to their pages`, async ({ page }) => {
    await signIn(page, `admin@${cloud.domain}`);
    const tasks = page.getByRole('region', { name: 'Manage your Partner Center account' });
    await expect(tasks.getByRole('link')).toHaveCount(5);
    const password = cloud.name === 'china' ? 'User self-service password recover or reset' : 'Reset a user password';
    await expect(tasks.getByRole('link', { name: password }))
      .toHaveAttribute('href', cloud.name === 'china' ? '/account/recover' : '/account-settings/users');
    await tasks.getByRole('link', { name: 'Update your partner profile' }).click();
    await expect(page).toHaveURL(/\/account-settings\/partner-profile$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Partner profile' })).toBeVisible();
  });

  test(`${cloud.name}: a help desk agent's Overview says which tasks their role doesn't include`, async ({ page }) => {
    await signIn(page, `helpdesk@${cloud.domain}`);
    const tasks = page.getByRole('region', { name: 'Manage your Partner Center account' });
    await expect(tasks.getByRole('listitem').filter({ hasText: 'Update your partner profile' }))
      .toContainText("Your role doesn't include this");
    // China's self-service reset is everyone's; the global reset is a user admin's.
    await expect(tasks.getByRole('link')).toHaveCount(cloud.name === 'china' ? 1 : 0);
  });

  test(`${cloud.name}: Account settings survives a reload, and Partner Center's own pricing address leads to Pricing and offers`, async ({ page }) => {
    await signIn(page, `admin@${cloud.domain}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
    await page.goto('/account-settings');
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Account settings' })).toBeVisible();
    await page.goto('/pcv/sales');
    await expect(page).toHaveURL(/\/pricing$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Pricing and offers' })).toBeVisible();
  });

  for (const tag of ['en-US', 'zh-CN']) {
    test(`${cloud.name}: Account settings is accessible in ${tag}`, async ({ page }) => {
      await useLocale(page, tag);
      await signIn(page, `admin@${cloud.domain}`);
      await expect(menu(page).or(page.getByRole('navigation', { name: '仪表板菜单' }))).toBeVisible();
      await page.goto('/account-settings');
      await expect(page.getByRole('main').getByRole('listitem').first()).toBeVisible();
      await expectAccessible(page);
    });
  }
}
