import { test, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { buySubscription, createCustomer, customerDetailCases, unique, type Cloud } from './customer-detail-cases';
import { expectAccessible, signIn as signInPage } from './support';

// Customer details in the global Partner Center: the shared cases, then what only the global
// cloud has: Export subscriptions and Users and licenses.
const GLOBAL: Cloud = {
  name: 'global',
  domain: 'fabrikam.onmicrosoft.com',
  suffix: '.onmicrosoft.com',
  billing: () => ({
    email: 'it@adventure-works.com',
    culture: 'en-US',
    language: 'en',
    firstName: 'Tony',
    lastName: 'Krijnen',
    defaultAddress: {
      country: 'US', state: 'WA', city: 'Redmond', addressLine1: 'One Microsoft Way', postalCode: '98052',
      firstName: 'Tony', lastName: 'Krijnen', phoneNumber: '+1 425 555 0101',
    },
  }),
  badPostal: { value: '980', message: "Enter Postal code in the format of the address's country, like 98052 or 98052-6399." },
  goodPostal: '98052-6399',
};
const ADMIN = 'admin@fabrikam.onmicrosoft.com';

customerDetailCases(GLOBAL, { admin: ADMIN, helpdesk: 'helpdesk@fabrikam.onmicrosoft.com' });

async function signIn(page: Page, user: string) {
  await signInPage(page, user);
  await expect(page).not.toHaveURL(/\/signin/, { timeout: 30_000 });
}

test.describe.configure({ timeout: 90_000 });

test('the subscriptions list links each subscription and exports the docs\' columns', async ({ page }) => {
  await signIn(page, ADMIN);
  const c = await createCustomer(page.request, GLOBAL, `Export ${unique()}`);
  const sub = await buySubscription(page.request, c.id, 'US');
  await page.goto(`/customers/customer?id=${c.id}&tab=subscriptions`);
  const row = page.locator(`#subscriptions-table tr[data-subscription="${sub.id}"]`);
  await expect(row).toBeVisible({ timeout: 30_000 });
  await expect(row.getByRole('link')).toHaveAttribute('href', `/customers/subscription?customer=${c.id}&id=${sub.id}`);
  await expect(row.locator('td').nth(3)).toHaveText('Active');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export subscriptions' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe(`subscriptions-${c.domain}.csv`);
  const bytes = readFileSync((await file.path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.toString('utf8').slice(1).split('\r\n').filter((l) => l);
  expect(lines[0]).toBe('Subscription ID,Subscription,Quantity,Status,Reseller');
  expect(lines).toHaveLength(2);
  expect(lines[1].startsWith(`${sub.id},`)).toBe(true);
  expect(lines[1]).toContain(`,${sub.quantity},Active,`);
  await expect(page.locator('#export-status')).toHaveText('Exported 1 subscription.');
});

test('users and licenses: add a user, assign a license, delete the user', async ({ page }) => {
  await signIn(page, ADMIN);
  const c = await createCustomer(page.request, GLOBAL, `Users ${unique()}`);
  const sub = await buySubscription(page.request, c.id, 'US');
  await page.goto(`/customers/customer?id=${c.id}&tab=users`);
  await expect(page.locator('#no-users')).toBeVisible({ timeout: 30_000 });
  await page.getByRole('button', { name: 'Add user' }).click();
  await page.getByLabel('First name').fill('Grace');
  await page.getByLabel('Last name').fill('Taylor');
  await expect(page.getByLabel('Display name')).toHaveValue('Grace Taylor');
  // A name the rule refuses is refused at the field.
  await page.getByLabel('User name').fill('grace taylor');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.locator('[id="userPrincipalName-error"]')).toContainText('Use only letters, digits, dots, hyphens and underscores');
  await page.getByLabel('User name').fill('grace.taylor');
  await page.getByLabel('Usage location').fill('US');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.locator('#status-users')).toHaveText('Grace Taylor was added.');
  const row = page.locator(`li[data-user="grace.taylor@${c.domain}"]`);
  await expect(row).toContainText('Active');
  await expectAccessible(page);

  await row.getByRole('button', { name: 'Manage licenses' }).click();
  const box = row.getByRole('checkbox', { name: sub.offerName });
  await expect(box).not.toBeChecked();
  await box.check();
  await row.getByRole('button', { name: 'Save' }).click();
  await expect(row.getByRole('status').filter({ hasText: 'The licenses were saved.' })).toBeVisible();
  await expect(box).toBeChecked();
  const users = await (await page.request.get(`/api/v1/customers/${c.id}/users`, { headers: { 'MS-PartnerCenter-Client': 'partner-center-web' } })).json();
  const licenses = await (await page.request.get(`/api/v1/customers/${c.id}/users/${users.items[0].id}/licenses`, { headers: { 'MS-PartnerCenter-Client': 'partner-center-web' } })).json();
  expect(licenses.items.map((l: any) => l.productSku.id.toLowerCase())).toEqual([sub.offerId.toLowerCase()]);

  await row.getByRole('button', { name: 'Delete user account' }).first().click();
  // The question names the user; Cancel is there too.
  const confirm = row.getByRole('group', { name: 'Delete the user account of Grace Taylor? The user can no longer sign in.' });
  await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeVisible();
  await confirm.getByRole('button', { name: 'Delete user account' }).click();
  await expect(page.locator('#status-users')).toHaveText('Grace Taylor was deleted.');
  await expect(page.locator('#no-users')).toBeVisible();
});

test('the user name already taken is said at the field', async ({ page }) => {
  await signIn(page, ADMIN);
  const c = await createCustomer(page.request, GLOBAL, `Taken ${unique()}`);
  const r = await page.request.post(`/api/v1/customers/${c.id}/users`, {
    headers: { 'MS-PartnerCenter-Client': 'partner-center-web', 'Content-Type': 'application/json' },
    data: { userPrincipalName: `ravi@${c.domain}`, firstName: 'Ravi', lastName: 'Patel', displayName: 'Ravi Patel', usageLocation: 'US' },
  });
  expect(r.status()).toBe(201);
  await page.goto(`/customers/customer?id=${c.id}&tab=users`);
  await page.getByRole('button', { name: 'Add user' }).click({ timeout: 30_000 });
  await page.getByLabel('First name').fill('Ravi');
  await page.getByLabel('Last name').fill('Patel');
  await page.getByLabel('User name').fill('ravi');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.locator('[id="userPrincipalName-error"]')).toContainText('A user with this user name already exists. Choose another.');
});
