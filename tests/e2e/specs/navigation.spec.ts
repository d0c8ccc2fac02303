// Navigation as data: the addresses printed elsewhere (seeds, Partner Center's own links) lead to
// our pages as redirects that replace the history entry, and every signed-in page sits behind
// the one session guard, which keeps the way back through sign-in.
import { test, expect } from '@playwright/test';
import { CHINA_ADMIN, DEMO_PASSWORD, signIn, useLocale } from './support';

const ENROLL_TITLE = 'Enroll in the 21Vianet China CSP reseller program';

test('/register/resellercnjoinnow opens the enrollment start, in place of itself, also after a reload', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome to Partner Center operated by 21Vianet' })).toBeVisible();
  await page.goto('/register/resellercnjoinnow');
  await expect(page).toHaveURL(/\/enroll$/);
  await expect(page.getByRole('heading', { level: 1, name: ENROLL_TITLE })).toBeVisible();
  await page.reload();
  await expect(page).toHaveURL(/\/enroll$/);
  await expect(page.getByRole('heading', { level: 1, name: ENROLL_TITLE })).toBeVisible();
  // A redirect, not a copy: Back leaves the enrollment start instead of bouncing off the alias.
  await page.goBack();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome to Partner Center operated by 21Vianet' })).toBeVisible();
});

test('the enrollment alias speaks the partner\'s language (zh-CN)', async ({ page }) => {
  await useLocale(page, 'zh-CN');
  await page.goto('/register/resellercnjoinnow');
  await expect(page).toHaveURL(/\/enroll$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('注册世纪互联中国 CSP 经销商计划');
});

test('/pcv/dashboard/overview opens the Overview, in place of itself, also after a reload', async ({ page }) => {
  await signIn(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
  await page.goto('/enroll');
  await expect(page.getByRole('heading', { level: 1, name: ENROLL_TITLE })).toBeVisible();
  await page.goto('/pcv/dashboard/overview');
  await expect(page).toHaveURL(/\/dashboard\/overview$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
  await page.reload();
  await expect(page).toHaveURL(/\/dashboard\/overview$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
  await page.goBack();
  await expect(page).toHaveURL(/\/enroll$/);
  await expect(page.getByRole('heading', { level: 1, name: ENROLL_TITLE })).toBeVisible();
});

test('/pcv/dashboard/overview signed out: sign in, then the Overview', async ({ page }) => {
  await page.goto('/pcv/dashboard/overview');
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  await expect(page).toHaveURL(/\/signin\?returnUrl=%2Fdashboard%2Foverview$/);
  await page.getByLabel('Work account').fill(CHINA_ADMIN);
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/dashboard\/overview$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
  await page.reload();
  await expect(page).toHaveURL(/\/dashboard\/overview$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
});

test('every signed-in page sends a signed-out visitor to sign in, with the way back', async ({ page }) => {
  const guarded = ['/enroll/resume', '/enroll/account', '/enroll/phone', '/enroll/account-created', '/enroll/program',
    '/enroll/review', '/enroll/status', '/enroll/agreement', '/dashboard/overview'];
  for (const path of guarded) {
    await page.goto(`${path}?from=test#here`);
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in' }), path).toBeVisible();
    const back = encodeURIComponent(`${path}?from=test#here`);
    await expect(page, path).toHaveURL((url) => url.pathname === '/signin' && url.search === `?returnUrl=${back}`);
  }
  // Pages open to everyone stay where they are.
  for (const path of ['/', '/signin', '/account/recover', '/enroll', '/enroll/create-one']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 }), path).toBeVisible();
    await expect(page, path).toHaveURL(new RegExp(`${path.replace(/\//g, '\\/')}$`));
  }
});
