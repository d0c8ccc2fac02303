import { test, expect, type APIRequestContext, type Browser, type Page, type Route } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expectAccessible, signIn as signInPage, useLocale } from './support';

// A customer's details (Account, Subscriptions, and in the global cloud Users and licenses),
// the same cases in both clouds: each spec file passes its cloud's demo users and values. Every
// test that changes data creates its own customer through the API first, so the tests run in
// parallel with everything else.

export interface Cloud {
  name: 'china' | 'global';
  /** The demo partner's users' domain. */
  domain: string;
  /** The cloud's customer domain suffix. */
  suffix: string;
  /** A billing profile in the cloud's country (without the company name). */
  billing: (n: number) => Record<string, unknown>;
  /** A postal code of the cloud's country the rule refuses, and its message. */
  badPostal: { value: string; message: string };
  goodPostal: string;
}

const API = { 'MS-PartnerCenter-Client': 'partner-center-web', 'Content-Type': 'application/json' };
const DETAIL = '/customers/customer';

let counter = 0;
export function unique() {
  return `${Date.now().toString(36)}${(counter++).toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`;
}

async function signIn(page: Page, user: string) {
  await signInPage(page, user);
  await expect(page).not.toHaveURL(/\/signin/, { timeout: 30_000 });
}

/** A new customer of the signed-in partner, made through the API with the page's cookies. */
export async function createCustomer(request: APIRequestContext, cloud: Cloud, name: string) {
  const label = `cd${unique()}`.replace(/[^a-z0-9]/g, '').slice(0, 27);
  const r = await request.post('/api/v1/customers', {
    headers: API,
    data: { companyProfile: { domain: `${label}${cloud.suffix}` }, billingProfile: { ...cloud.billing(1), companyName: name } },
  });
  expect(r.status(), await r.text()).toBe(201);
  const c = await r.json();
  return { id: c.id as string, domain: c.companyProfile.domain as string, name };
}

/** Buys a licence subscription of the partner's catalog for the customer (2 or more seats). */
export async function buySubscription(request: APIRequestContext, customer: string, country: string) {
  const res = await request.get(`/api/v1/offers?country=${country}&size=100`, { headers: API });
  expect(res.status(), await res.text()).toBe(200);
  const offers = (await res.json()).items as Record<string, any>[];
  const offer = offers.find((o) => !o.isAddOn && (o.prerequisiteOffers ?? []).length === 0 && (o.billing ?? o.billingType ?? 'license') === 'license' && (o.maximumQuantity ?? 10) >= 2);
  expect(offer, 'a licence offer without prerequisites').toBeTruthy();
  const quantity = Math.max(2, offer!.minimumQuantity ?? 1);
  const r = await request.post(`/api/v1/customers/${customer}/subscriptions`, { headers: API, data: { offerId: offer!.id, quantity } });
  expect(r.status(), await r.text()).toBe(201);
  return await r.json();
}

async function openTab(page: Page, id: string, tab = 'account') {
  await page.goto(`${DETAIL}?id=${encodeURIComponent(id)}&tab=${tab}`);
}

function menu(page: Page) {
  return page.locator('nav.customer-menu');
}

function dd(page: Page, field: string) {
  return page.locator(`#bill-to-details dd[data-field="${field}"]`);
}

export function customerDetailCases(cloud: Cloud, users: { admin: string; helpdesk: string }) {
  test.describe(`customer details (${cloud.name})`, () => {
    // Each test signs in and creates its customer first; axe runs take seconds on 2 cores.
    test.describe.configure({ timeout: 90_000 });
    test('a deep link opens the customer, survives a reload, and each tab works', async ({ page }) => {
      await signIn(page, users.admin);
      const name = `Detail <b>${unique()}</b> & Co`;
      const c = await createCustomer(page.request, cloud, name);
      await openTab(page, c.id);
      // The name is text: markup in it is shown, never run.
      await expect(page.getByRole('heading', { level: 1, name })).toBeVisible({ timeout: 30_000 });
      await expect(page.locator('#company-details dd[data-field="tenantId"]')).toHaveText(c.id);
      await expect(page.locator('#company-details dd[data-field="domain"]')).toHaveText(c.domain);
      await expect(dd(page, 'email')).toHaveText(String(cloud.billing(1).email));
      await page.reload();
      await expect(page.getByRole('heading', { level: 1, name })).toBeVisible({ timeout: 30_000 });
      await expect(menu(page).getByRole('link', { name: 'Account' })).toHaveAttribute('aria-current', 'page');
      await expectAccessible(page);

      await menu(page).getByRole('link', { name: 'Subscriptions' }).click();
      await expect(page).toHaveURL(/tab=subscriptions/);
      await expect(page.locator('#no-subscriptions')).toHaveText('This customer has no subscriptions yet.');
      await expect(page.getByRole('link', { name: 'Add subscription' })).toHaveAttribute('href', `/customers/customer/add-subscription?id=${c.id}`);
      await expectAccessible(page);

      if (cloud.name === 'global') {
        await menu(page).getByRole('link', { name: 'Users and licenses' }).click();
        await expect(page).toHaveURL(/tab=users/);
        await expect(page.locator('#no-users')).toBeVisible();
        await expectAccessible(page);
      } else {
        await expect(menu(page).getByRole('link')).toHaveCount(2);
        await menu(page).getByRole('link', { name: 'Account' }).click();
        await expect(page.locator('#note-users-china')).toContainText('admin center for Office 365 operated by 21Vianet');
        // A link to the Users tab in China lands on the Account.
        await openTab(page, c.id, 'users');
        await expect(menu(page).getByRole('link', { name: 'Account' })).toHaveAttribute('aria-current', 'page');
      }
    });

    test('a customer that does not exist gets a clear page with a way back', async ({ page }) => {
      await signIn(page, users.admin);
      await openTab(page, `no-such-${unique()}`);
      await expect(page.locator('#customer-gone')).toContainText("This customer no longer exists or isn't yours.", { timeout: 30_000 });
      await page.getByRole('link', { name: 'Go to the customer list' }).click();
      await expect(page).toHaveURL(/\/customers$/);
    });

    test('the Bill-to info is updated, with a bad field refused at the field', async ({ page }) => {
      await signIn(page, users.admin);
      const c = await createCustomer(page.request, cloud, `Update ${unique()}`);
      await openTab(page, c.id);
      await page.getByRole('button', { name: 'Update', exact: true }).click();
      await page.getByLabel('City').fill(`City ${unique()}`);
      await page.getByLabel('Postal code').fill(cloud.badPostal.value);
      await page.getByRole('button', { name: 'Submit', exact: true }).click();
      await expect(page.locator('[id="defaultAddress.postalCode-error"]')).toContainText(cloud.badPostal.message);
      await expect(page.locator('.error-summary')).toBeFocused();
      await page.getByLabel('Postal code').fill(cloud.goodPostal);
      const city = `Town ${unique()}`;
      await page.getByLabel('City').fill(city);
      await page.getByRole('button', { name: 'Submit', exact: true }).click();
      await expect(page.locator('#bill-to-saved')).toBeVisible();
      await expect(dd(page, 'address')).toContainText(city);
      await expect(dd(page, 'address')).toContainText(cloud.goodPostal);
      const saved = await (await page.request.get(`/api/v1/customers/${c.id}/profiles/billing`, { headers: API })).json();
      expect(saved.defaultAddress.city).toBe(city);
    });

    test('someone else updating meanwhile (412) shows the new version and keeps my edits', async ({ page, browser }) => {
      await signIn(page, users.admin);
      const c = await createCustomer(page.request, cloud, `Conflict ${unique()}`);
      await openTab(page, c.id);
      await page.getByRole('button', { name: 'Update', exact: true }).click();
      const myEmail = `mine.${unique()}@example.com`;
      await page.getByLabel('Email').fill(myEmail);
      // A second browser updates the phone number meanwhile.
      const other = await secondSession(browser, users.admin);
      const theirs = await (await other.request.get(`/api/v1/customers/${c.id}/profiles/billing`, { headers: API })).json();
      const theirCity = `Other ${unique()}`;
      const put = await other.request.put(`/api/v1/customers/${c.id}/profiles/billing`, {
        headers: { ...API, 'If-Match': `"${theirs.attributes.etag}"` },
        data: { firstName: theirs.firstName, lastName: theirs.lastName, email: theirs.email, culture: theirs.culture, language: theirs.language, companyName: theirs.companyName, defaultAddress: { ...theirs.defaultAddress, city: theirCity } },
      });
      expect(put.status(), await put.text()).toBe(200);
      await other.close();
      await page.getByRole('button', { name: 'Submit', exact: true }).click();
      await expect(page.locator('.error-summary')).toContainText('Someone else updated this customer');
      await expect(page.locator('#changes-notice')).toContainText(theirCity);
      await expect(page.getByLabel('Email')).toHaveValue(myEmail);
      await expect(page.getByLabel('City')).toHaveValue(theirCity);
      await page.getByRole('button', { name: 'Submit', exact: true }).click();
      await expect(page.locator('#bill-to-saved')).toBeVisible();
      await expect(dd(page, 'email')).toHaveText(myEmail);
      await expect(dd(page, 'address')).toContainText(theirCity);
    });

    test('an expired session on Submit signs in again and comes back with the edits', async ({ page }) => {
      await signIn(page, users.admin);
      const c = await createCustomer(page.request, cloud, `Session ${unique()}`);
      await openTab(page, c.id);
      await page.getByRole('button', { name: 'Update', exact: true }).click();
      const city = `Kept ${unique()}`;
      await page.getByLabel('City').fill(city);
      await page.route('**/api/v1/customers/*/profiles/billing', (route) =>
        route.request().method() === 'PUT' ? route.fulfill({ status: 401, contentType: 'application/json', body: JSON.stringify({ code: 'session_required', description: 'Sign in.', data: [], source: 'test' }) }) : route.continue());
      await page.getByRole('button', { name: 'Submit', exact: true }).click();
      await expect(page).toHaveURL(/\/signin/);
      await page.unroute('**/api/v1/customers/*/profiles/billing');
      await page.locator('#userName').fill(users.admin);
      await page.locator('#password').fill('Partner-Demo-2026');
      await page.locator('form button[type=submit]').click();
      await expect(page).toHaveURL(new RegExp(`id=${c.id}`), { timeout: 30_000 });
      await expect(page.getByLabel('City')).toHaveValue(city);
      await page.getByRole('button', { name: 'Submit', exact: true }).click();
      await expect(dd(page, 'address')).toContainText(city);
    });

    test('a role that may not edit customers sees why instead of Update', async ({ page }) => {
      await signIn(page, users.admin);
      const c = await createCustomer(page.request, cloud, `Helpdesk ${unique()}`);
      await page.context().clearCookies();
      await signIn(page, users.helpdesk);
      await openTab(page, c.id);
      await expect(page.locator('#read-only-reason')).toBeVisible({ timeout: 30_000 });
      await expect(page.getByRole('button', { name: 'Update', exact: true })).toHaveCount(0);
    });

    const faults: { name: string; fulfill: (route: Route) => Promise<void>; message: string }[] = [
      { name: '500', fulfill: (r) => r.fulfill({ status: 500, contentType: 'application/json', body: '{"code":"internal_error","description":"x","data":[],"source":"t"}' }), message: 'Something went wrong on our side.' },
      { name: '503', fulfill: (r) => r.fulfill({ status: 503, body: 'busy' }), message: 'Partner Center is busy right now.' },
      { name: '429 with Retry-After', fulfill: (r) => r.fulfill({ status: 429, headers: { 'Retry-After': '120' }, contentType: 'application/json', body: '{"code":"too_many_requests","description":"x","data":[],"source":"t"}' }), message: 'Too many requests.' },
      { name: 'malformed JSON', fulfill: (r) => r.fulfill({ status: 200, contentType: 'application/json', body: '{"email":' }), message: "couldn't be read" },
      { name: 'offline', fulfill: (r) => r.abort('internetdisconnected'), message: '' },
    ];
    for (const f of faults) {
      test(`the account read failing with ${f.name} is explained and can be retried`, async ({ page }) => {
        await signIn(page, users.admin);
        const c = await createCustomer(page.request, cloud, `Fault ${unique()}`);
        await page.route('**/api/v1/customers/*/profiles/billing', f.fulfill);
        await openTab(page, c.id);
        const alert = page.getByRole('alert');
        await expect(alert).toBeVisible({ timeout: 30_000 });
        if (f.message) await expect(alert).toContainText(f.message);
        // The page stays: the heading and the menu are there.
        await expect(page.getByRole('heading', { level: 1, name: c.name })).toBeVisible();
        await page.unroute('**/api/v1/customers/*/profiles/billing');
        await alert.getByRole('button', { name: 'Try again' }).click();
        await expect(dd(page, 'email')).toBeVisible();
      });
    }

    const updateFaults: { name: string; status: number; message: string }[] = [
      { name: '500', status: 500, message: 'Something went wrong on our side.' },
      { name: '403', status: 403, message: "Your role can't do this." },
      { name: '404', status: 404, message: "This customer no longer exists or isn't yours." },
      { name: '409', status: 409, message: 'Someone else changed this while you were working.' },
    ];
    for (const f of updateFaults) {
      test(`Submit failing with ${f.name} is explained and the edits are kept`, async ({ page }) => {
        await signIn(page, users.admin);
        const c = await createCustomer(page.request, cloud, `Submit ${unique()}`);
        await openTab(page, c.id);
        await page.getByRole('button', { name: 'Update', exact: true }).click();
        const city = `Kept ${unique()}`;
        await page.getByLabel('City').fill(city);
        await page.route('**/api/v1/customers/*/profiles/billing', (route) =>
          route.request().method() === 'PUT' ? route.fulfill({ status: f.status, contentType: 'application/json', body: JSON.stringify({ code: 'x', description: 'x', data: [], source: 't' }) }) : route.continue());
        await page.getByRole('button', { name: 'Submit', exact: true }).click();
        await expect(page.locator('.error-summary')).toContainText(f.message);
        await expect(page.getByLabel('City')).toHaveValue(city);
      });
    }

    test('axe finds nothing on each tab in Chinese (Simplified)', async ({ page }) => {
      await useLocale(page, 'zh-CN');
      await signIn(page, users.admin);
      const c = await createCustomer(page.request, cloud, `无障碍 ${unique()}`);
      await buySubscription(page.request, c.id, cloud.name === 'china' ? 'CN' : 'US');
      await openTab(page, c.id);
      await expect(menu(page).getByRole('link', { name: '帐户' })).toBeVisible({ timeout: 30_000 });
      await expect(page.locator('#bill-to-details')).toBeVisible();
      await expectAccessible(page);
      await menu(page).getByRole('link', { name: '订阅' }).click();
      await expect(page.locator('#subscriptions-table')).toBeVisible();
      await expectAccessible(page);
      if (cloud.name === 'global') {
        await menu(page).getByRole('link', { name: '用户和许可证' }).click();
        await expect(page.locator('#no-users')).toBeVisible();
        await expectAccessible(page);
      }
    });

    for (const l of [
      { tag: 'zh-TW', account: '帳戶', subscriptions: '訂閱', update: '更新' },
      { tag: 'ko-KR', account: '계정', subscriptions: '구독', update: '업데이트' },
      { tag: 'fr-FR', account: 'Compte', subscriptions: 'Abonnements', update: 'Mettre à jour' },
    ]) {
      test(`one pass in ${l.tag} at 360 px`, async ({ page }) => {
        await page.setViewportSize({ width: 360, height: 740 });
        await useLocale(page, l.tag);
        await signIn(page, users.admin);
        const c = await createCustomer(page.request, cloud, `Locale ${unique()}`);
        await openTab(page, c.id);
        await expect(menu(page).getByRole('link', { name: l.account })).toBeVisible({ timeout: 30_000 });
        await expect(page.getByRole('button', { name: l.update, exact: true })).toBeVisible();
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow).toBeLessThanOrEqual(0);
        await menu(page).getByRole('link', { name: l.subscriptions }).click();
        await expect(page.locator('#no-subscriptions')).toBeVisible();
        await expectAccessible(page);
      });
    }
  });
}

async function secondSession(browser: Browser, user: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, user);
  return { request: page.request, close: () => context.close() };
}
