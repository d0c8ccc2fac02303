import { test, expect } from '@playwright/test';
import { signIn, CHINA_ADMIN, CHINA_ADMIN_NAME, CHINA_PARTNER, DEMO_PASSWORD, useLocale } from './support';

test.describe('signing in and out', () => {
  test('a partner signs in, sees their Overview, and signs out', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Welcome to Partner Center operated by 21Vianet' })).toBeVisible();
    await page.getByRole('main').getByRole('link', { name: 'Sign in' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
    await page.getByLabel('Work account').fill(CHINA_ADMIN);
    await page.getByLabel('Password').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();

    await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
    await expect(page).toHaveURL(/\/dashboard\/overview$/);
    await expect(page.getByText(`Welcome, ${CHINA_ADMIN_NAME}`)).toBeVisible();
    await expect(page.getByText(CHINA_PARTNER)).toBeVisible();
    await expect(page.getByText('Your roles: Global admin')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Manage your Partner Center account' })).toBeVisible();
    await expect(page.getByText('User self-service password recover or reset')).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Dashboard menu' }).getByRole('link', { name: 'Overview' })).toBeVisible();
    await expect(page).toHaveTitle('Overview | Partner Center operated by 21Vianet');
    // The session is an HttpOnly cookie: the page's scripts cannot read it.
    expect(await page.evaluate(() => document.cookie)).toBe('');
    const cookie = (await page.context().cookies()).find((c) => c.name === '__Host-pc_session');
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe('Strict');

    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Welcome to Partner Center operated by 21Vianet' })).toBeVisible();
    await expect(page).toHaveTitle('Partner Center operated by 21Vianet');
    await expect(page.getByRole('navigation', { name: 'Dashboard menu' })).toHaveCount(0);
    await page.goto('/dashboard/overview');
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  });

  test('a deep link survives reload, and a signed-out deep link comes back after sign-in', async ({ page }) => {
    await page.goto('/dashboard/overview');
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
    await expect(page).toHaveURL(/\/signin\?returnUrl=%2Fdashboard%2Foverview/);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
    await page.getByLabel('Work account').fill(CHINA_ADMIN);
    await page.getByLabel('Password').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page).toHaveURL(/\/dashboard\/overview$/);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
    await expect(page.getByText(`Welcome, ${CHINA_ADMIN_NAME}`)).toBeVisible();
  });

  test('a signed-in partner who opens the home page goes to Overview', async ({ page }) => {
    await signIn(page);
    await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
  });

  test('a wrong password gets a clear message, keeps the work account, and empties the password', async ({ page }) => {
    await signIn(page, CHINA_ADMIN, 'not-the-password');
    const summary = page.getByRole('alert');
    await expect(summary).toContainText('There is a problem');
    await expect(summary).toContainText('The work account or password is incorrect.');
    await expect(summary).toBeFocused();
    await expect(page.locator('#userName')).toHaveValue(CHINA_ADMIN);
    await expect(page.locator('#password')).toHaveValue('');
  });

  test('the same wrong password in zh-CN speaks Chinese', async ({ page }) => {
    await useLocale(page, 'zh-CN');
    await signIn(page, CHINA_ADMIN, 'not-the-password');
    await expect(page.getByRole('alert')).toContainText('工作帐户或密码不正确');
  });

  test('empty fields are caught before anything is sent, with links to each field', async ({ page }) => {
    let posted = 0;
    page.on('request', (r) => { if (r.method() === 'POST') posted++; });
    await page.goto('/signin');
    await page.getByRole('button', { name: 'Sign in' }).click();
    const summary = page.getByRole('alert');
    await expect(summary).toBeFocused();
    await expect(summary.getByRole('link', { name: 'Enter your work account' })).toBeVisible();
    await expect(summary.getByRole('link', { name: 'Enter your password' })).toBeVisible();
    await expect(page.getByLabel('Work account')).toHaveAttribute('aria-invalid', 'true');
    await summary.getByRole('link', { name: 'Enter your password' }).click();
    await expect(page.getByLabel('Password')).toBeFocused();
    expect(posted).toBe(0);
  });

  test('the typed work account survives a reload (the password never does)', async ({ page }) => {
    await page.goto('/signin');
    await page.getByLabel('Work account').fill('someone@contoso.partner.onmschina.cn');
    await page.getByLabel('Password').fill('secret');
    await page.reload();
    await expect(page.getByLabel('Work account')).toHaveValue('someone@contoso.partner.onmschina.cn');
    await expect(page.getByLabel('Password')).toHaveValue('');
    expect(await page.evaluate(() => JSON.stringify(sessionStorage) + JSON.stringify(localStorage))).not.toContain('secret');
  });
});
