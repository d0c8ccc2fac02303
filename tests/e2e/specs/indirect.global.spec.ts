import { test, expect, type Browser } from '@playwright/test';
import { signIn, expectAccessible, useLocale } from './support';

// Indirect providers in the global cloud (seed 003, GL17/indirect-reseller-tasks): the reseller's
// Indirect providers page, and a provider's invitation opened from its link, authorized by a
// global admin only.

const FABRIKAM_ADMIN = 'admin@fabrikam.onmicrosoft.com';
const FABRIKAM_AGENT = 'adminagent@fabrikam.onmicrosoft.com';
const CONTOSO_ADMIN = 'provider@contoso-distribution.onmicrosoft.com';
const CLIENT = { 'MS-PartnerCenter-Client': 'partner-center-web' };

/** A new invitation from `provider`'s account (through the API, as its own pages would). */
async function invitation(browser: Browser, provider: string, resellerEmail: string): Promise<{ url: string; name: string }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, provider);
  await expect(page).toHaveURL(/\/dashboard\/overview$/);
  const r = await page.request.post('/api/v1/relationships/invitations', {
    headers: { ...CLIENT, 'MS-RequestId': crypto.randomUUID() },
    data: { resellerEmail, message: 'We would be glad to <b>supply</b> your cloud business.' },
  });
  expect(r.status()).toBe(201);
  const body = await r.json();
  await context.close();
  return { url: body.url, name: body.providerName };
}

test('global: the Indirect providers page lists the providers the reseller works with', async ({ page }) => {
  await signIn(page, FABRIKAM_ADMIN);
  await page.getByRole('navigation').getByRole('link', { name: 'Indirect providers', exact: true }).click();
  await expect(page).toHaveURL(/\/indirect-providers$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Indirect providers' })).toBeVisible();
  const table = page.locator('#providers-table');
  await expect(table.getByRole('row', { name: /Contoso Distribution Ltd\./ })).toContainText('5012733');
  await expectAccessible(page);
  // A deep link survives a reload.
  await page.reload();
  await expect(table.getByRole('row', { name: /Contoso Distribution Ltd\./ })).toBeVisible();
});

test('global: a provider\'s invitation, from a cold link, is authorized by a global admin once', async ({ page, browser }) => {
  // Fabrikam invites Contoso to be its indirect reseller; Contoso's global admin opens the link.
  const invite = await invitation(browser, FABRIKAM_ADMIN, CONTOSO_ADMIN);
  expect(invite.url).toMatch(/^\/indirect-providers\/accept\/[^/]+$/);
  await page.goto(invite.url);
  // Signed out: Sign in first, then back to the invitation.
  await expect(page).toHaveURL(/\/signin\?returnUrl=/);
  await page.locator('#userName').fill(CONTOSO_ADMIN);
  await page.locator('#password').fill('Partner-Demo-2026');
  await page.locator('form button[type=submit]').click();
  await expect(page).toHaveURL(new RegExp(`${invite.url}$`));
  await expect(page.getByRole('heading', { level: 1, name: 'Authorize indirect provider' })).toBeVisible();
  await expect(page.getByText(`${invite.name} invites you to become its indirect reseller.`)).toBeVisible();
  // The provider's message is text, not markup.
  await expect(page.locator('blockquote')).toHaveText('We would be glad to <b>supply</b> your cloud business.');
  await expect(page.locator('blockquote b')).toHaveCount(0);
  await expect(page.getByText('The provider gets admin access to your Azure AD tenant.')).toBeVisible();
  await expectAccessible(page);
  // The check box is required.
  const authorize = page.getByRole('button', { name: 'Authorize indirect provider' });
  await authorize.click();
  await expect(page.locator('#confirmed-error')).toHaveText(/Select the check box to authorize the provider\./);
  // A double click authorizes once.
  let posts = 0;
  page.on('request', (r) => { if (r.method() === 'POST' && r.url().includes('/authorize')) posts++; });
  await page.getByLabel('I understand, and I want to authorize this indirect provider.').check();
  await authorize.dblclick();
  await expect(page.locator('#accept-done')).toHaveText(`${invite.name} is now your indirect provider. Your company is on its Indirect resellers page.`);
  expect(posts).toBe(1);
  await expectAccessible(page);
  // The link is spent now.
  await page.reload();
  await expect(page.locator('#accept-done')).toBeVisible();
  await page.getByRole('link', { name: 'Go to Indirect providers' }).click();
  await expect(page.locator('#providers-table').getByRole('row', { name: /Fabrikam, Inc\./ })).toBeVisible();
});

test('global: an admin agent is told that only a global admin can authorize', async ({ page, browser }) => {
  const invite = await invitation(browser, CONTOSO_ADMIN, FABRIKAM_AGENT);
  await signIn(page, FABRIKAM_AGENT);
  await expect(page).toHaveURL(/\/dashboard\/overview$/);
  await page.goto(invite.url);
  await expect(page.locator('#accept-not-admin')).toHaveText(/Only a global admin of your organization can authorize an indirect provider\./);
  await expect(page.getByRole('button', { name: 'Authorize indirect provider' })).toHaveCount(0);
  await expectAccessible(page);
});

test('global: a link that is not an invitation says so', async ({ page }) => {
  await signIn(page, FABRIKAM_ADMIN);
  await expect(page).toHaveURL(/\/dashboard\/overview$/);
  await page.goto('/indirect-providers/accept/no-such-invitation');
  await expect(page.locator('#accept-dead')).toHaveText(/This invitation link isn't valid\./);
  await expect(page.getByRole('button', { name: 'Authorize indirect provider' })).toHaveCount(0);
});

test('global: an expired invitation, and one another organization accepted, each say so', async ({ page }) => {
  await signIn(page, FABRIKAM_ADMIN);
  await expect(page).toHaveURL(/\/dashboard\/overview$/);
  await page.goto('/indirect-providers/accept/demo-invite-expired-Z5r1');
  await expect(page.locator('#accept-dead')).toHaveText('This invitation has expired.');
  await page.goto('/indirect-providers/accept/demo-invite-lumiere-L7w3');
  await expect(page.locator('#accept-dead')).toHaveText(/Another organization has already accepted this invitation\./);
  await expect(page.getByRole('button', { name: 'Authorize indirect provider' })).toHaveCount(0);
  await expectAccessible(page);
});

test('global: a failed read of the invitation keeps the page and can be tried again', async ({ page, browser }) => {
  const invite = await invitation(browser, CONTOSO_ADMIN, 'it@northwind-traders.com');
  await signIn(page, FABRIKAM_ADMIN);
  await expect(page).toHaveURL(/\/dashboard\/overview$/);
  let fail = true;
  await page.route('**/api/v1/relationships/invitations/by-token/**', (route) =>
    fail ? route.fulfill({ status: 503, contentType: 'application/json', body: '{"code":"unavailable","description":"x"}' }) : route.continue());
  await page.goto(invite.url);
  await expect(page.getByRole('alert')).toBeVisible();
  fail = false;
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByText(`${invite.name} invites you to become its indirect reseller.`)).toBeVisible();
});

for (const [tag, title] of [['zh-CN', '批准间接提供商'], ['zh-TW', '授權間接提供者'], ['ko-KR', '간접 공급자 승인'], ['fr-FR', 'Autoriser le fournisseur indirect']]) {
  test(`global: the invitation in ${tag} at 360 px`, async ({ page, browser }) => {
    const invite = await invitation(browser, CONTOSO_ADMIN, 'it@northwind-traders.com');
    await useLocale(page, tag);
    await page.setViewportSize({ width: 360, height: 740 });
    await signIn(page, FABRIKAM_ADMIN);
    await expect(page).toHaveURL(/\/dashboard\/overview$/);
    await page.goto(invite.url);
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    if (tag === 'zh-CN') await expectAccessible(page);
  });
}
