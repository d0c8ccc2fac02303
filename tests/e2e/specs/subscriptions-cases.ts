import { test, expect, type APIRequestContext, type Browser, type Page, type Route } from '@playwright/test';
import { DEMO_PASSWORD, expectAccessible, signIn as signInPage, useLocale } from './support';

// Subscriptions (features spec §2.10): Add subscription and a subscription's details, the same
// cases in both clouds. Every test that changes data buys its own customer through the API, so
// parallel tests never share a subscription.

export interface Cloud {
  name: 'china' | 'global';
  /** The demo users' domain. */
  domain: string;
  /** The suffix of a new customer's domain. */
  customerSuffix: string;
  billingProfile: Record<string, unknown>;
  /** What the suspend confirmation must say about the data in this cloud. */
  consequence: RegExp;
}

const CLIENT = { 'MS-PartnerCenter-Client': 'partner-center-web', 'Content-Type': 'application/json' };
export const E3 = '796B6B5F-613C-4E24-A17C-EBA730D49C02';
export const ESSENTIALS = 'BD938F12-058F-4927-BBA3-AE36B1D2501C';

let counter = 0;
function unique() {
  return `sb${Date.now().toString(36)}${(counter++).toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
}

async function signIn(page: Page, user: string) {
  await signInPage(page, user);
  await expect(page).not.toHaveURL(/\/signin/, { timeout: 30_000 });
}

async function api(request: APIRequestContext, method: string, path: string, data?: unknown, extra: Record<string, string> = {}) {
  const res = await request.fetch(`/api/v1${path}`, {
    method,
    headers: { ...CLIENT, 'MS-RequestId': crypto.randomUUID(), ...extra },
    data: data === undefined ? undefined : JSON.stringify(data),
  });
  expect(res.ok(), `${method} ${path}: ${res.status()} ${await res.text()}`).toBeTruthy();
  return res.json();
}

/** A new customer of the signed-in partner: its id and company name. */
async function newCustomer(page: Page, cloud: Cloud) {
  const prefix = unique();
  const companyName = `Subs ${prefix} <b>Ltd</b>`;
  const c = await api(page.request, 'POST', '/customers', {
    companyProfile: { domain: `${prefix}${cloud.customerSuffix}` },
    billingProfile: { ...cloud.billingProfile, companyName },
  });
  return { id: c.id as string, companyName };
}

async function buy(page: Page, customer: string, offerId = E3, quantity = 5) {
  const s = await api(page.request, 'POST', `/customers/${customer}/subscriptions`, { offerId, quantity });
  return s.id as string;
}

async function subscriptionsOf(page: Page, customer: string) {
  const list = await api(page.request, 'GET', `/customers/${customer}/subscriptions`);
  return list.items as { id: string; offerId: string; quantity: number; status: string }[];
}

async function openDetails(page: Page, customer: string, id: string) {
  await page.goto(`/customers/subscription?customer=${customer}&id=${id}`);
  await expect(page.locator('dd[data-field="quantity"]')).toBeVisible({ timeout: 30_000 });
}

const quantityForm = (page: Page) => page.locator('section[aria-labelledby="sbQuantityTitle"]');
const statusForm = (page: Page) => page.locator('section[aria-labelledby="sbStatusTitle"]');

export function subscriptionCases(cloud: Cloud) {
  const admin = `admin@${cloud.domain}`;
  // Each case signs in, buys a customer and a subscription through the API, then works the pages:
  // on a loaded 2-core machine that takes longer than the default 30 s.
  test.beforeEach(() => test.slow());

  test(`${cloud.name}: Add subscription buys one subscription for a double click`, async ({ page }) => {
    await signIn(page, admin);
    const customer = await newCustomer(page, cloud);
    await page.goto(`/customers/customer/add-subscription?id=${customer.id}`);
    const heading = page.getByRole('heading', { level: 1 });
    await expect(heading).toContainText('Add subscription');
    // The customer's name from the server is text, not markup.
    await expect(heading).toContainText(customer.companyName);

    await page.locator('#sbOfferSearch').fill('no such offer at all');
    await expect(page.getByText('No offers match your search.')).toBeVisible();
    await page.locator('#sbOfferSearch').fill('E3');
    await page.locator('li.choice', { has: page.locator('.choice-title', { hasText: /^Office 365 E3$/ }) }).getByRole('radio').check();
    await expect(page.getByText('From 1 to 300 licenses').first()).toBeVisible();
    await page.locator('#quantity').fill('301');
    await page.locator('form button[type=submit]').click();
    await expect(page.locator('.error-summary')).toContainText('within the range this offer allows');

    // Reload mid-way: the draft is kept.
    await page.reload();
    await expect(page.locator('#quantity')).toHaveValue('301');
    await page.locator('#quantity').fill('12');
    await page.locator('#friendlyName').fill('Finance E3');

    const posts: string[] = [];
    await page.route(`**/api/v1/customers/${customer.id}/subscriptions`, async (route: Route) => {
      if (route.request().method() === 'POST') {
        posts.push(route.request().headers()['ms-requestid'] ?? '');
        await new Promise((r) => setTimeout(r, 700));
      }
      await route.continue();
    });
    await page.locator('form button[type=submit]').dblclick();
    await expect(page.locator('form button[type=submit]')).toHaveText('Submitting…');
    await expect(page).toHaveURL(/\/customers\/subscription\?customer=/, { timeout: 15_000 });
    await expect(page.locator('dd[data-field="quantity"]')).toHaveText('12');
    await expect(page.locator('dd[data-field="friendlyName"]')).toHaveText('Finance E3');
    expect(posts.length).toBe(1);
    const subs = await subscriptionsOf(page, customer.id);
    expect(subs.filter((s) => s.offerId === E3).length).toBe(1);
  });

  test(`${cloud.name}: the quantity and the nickname change, each with its own Submit`, async ({ page }) => {
    await signIn(page, admin);
    const customer = await newCustomer(page, cloud);
    const id = await buy(page, customer.id, E3, 5);
    await openDetails(page, customer.id, id);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(customer.companyName);
    await quantityForm(page).locator('#quantity').fill('0');
    await quantityForm(page).getByRole('button', { name: 'Submit' }).click();
    await expect(page.locator('.error-summary')).toContainText('within the range this offer allows');
    await quantityForm(page).locator('#quantity').fill('9');
    await quantityForm(page).getByRole('button', { name: 'Submit' }).click();
    await expect(page.getByText('The quantity has been updated.')).toBeVisible({ timeout: 20_000 });
    await expect(page.locator('dd[data-field="quantity"]')).toHaveText('9');

    const nickname = '<img src=x onerror=alert(1)> 财务部';
    await page.locator('#friendlyName').fill(nickname);
    await page.locator('section[aria-labelledby="sbNicknameTitle"]').getByRole('button', { name: 'Submit' }).click();
    await expect(page.getByText('The nickname has been updated.')).toBeVisible();
    await expect(page.locator('dd[data-field="friendlyName"]')).toHaveText(nickname);
    const [s] = await subscriptionsOf(page, customer.id);
    expect(s.quantity).toBe(9);
  });

  test(`${cloud.name}: suspending confirms with this cloud's consequence, and reactivating works`, async ({ page }) => {
    await signIn(page, admin);
    const customer = await newCustomer(page, cloud);
    const id = await buy(page, customer.id);
    await openDetails(page, customer.id, id);
    const dialog = page.getByRole('dialog');
    await statusForm(page).getByLabel('Suspended').check();
    await statusForm(page).getByRole('button', { name: 'Submit' }).click();
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText('Suspend this subscription?');
    await expect(dialog).toContainText(cloud.consequence);
    // Focus starts on Cancel, and Escape cancels: nothing changes.
    await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(page.locator('dd[data-field="status"]')).toHaveText('Active');

    await statusForm(page).getByRole('button', { name: 'Submit' }).click();
    await dialog.getByRole('button', { name: 'Suspend', exact: true }).click();
    await expect(page.getByText('The subscription has been suspended.')).toBeVisible();
    await expect(page.locator('dd[data-field="status"]')).toHaveText('Suspended');
    await expect(quantityForm(page)).toContainText("The quantity of a suspended subscription can't be changed.");

    await statusForm(page).getByLabel('Active').check();
    await statusForm(page).getByRole('button', { name: 'Submit' }).click();
    await expect(dialog).toContainText('Reactivate this subscription?');
    await expect(dialog).not.toContainText('days');
    await dialog.getByRole('button', { name: 'Reactivate' }).click();
    await expect(page.getByText('The subscription has been reactivated.')).toBeVisible();
    await expect(page.locator('dd[data-field="status"]')).toHaveText('Active');
    expect((await subscriptionsOf(page, customer.id))[0].status).toBe('active');
  });

  test(`${cloud.name}: a quantity changed by someone else first (412) keeps the typed number`, async ({ page, browser }) => {
    await signIn(page, admin);
    const customer = await newCustomer(page, cloud);
    const id = await buy(page, customer.id, E3, 5);
    await openDetails(page, customer.id, id);
    await quantityForm(page).locator('#quantity').fill('15');

    // A colleague in another browser changes it first.
    const other = await (browser as Browser).newContext();
    const theirs = await other.newPage();
    await signIn(theirs, admin);
    await openDetails(theirs, customer.id, id);
    await quantityForm(theirs).locator('#quantity').fill('20');
    await quantityForm(theirs).getByRole('button', { name: 'Submit' }).click();
    await expect(theirs.getByText('The quantity has been updated.')).toBeVisible();
    await other.close();

    await quantityForm(page).getByRole('button', { name: 'Submit' }).click();
    const notice = quantityForm(page).locator('.notice-warning');
    await expect(notice).toContainText('It now has 20 licenses');
    await expect(notice).toContainText('Active');
    await expect(quantityForm(page).locator('#quantity')).toHaveValue('15');
    await expect(page.locator('dd[data-field="quantity"]')).toHaveText('20');
    await quantityForm(page).getByRole('button', { name: 'Submit' }).click();
    await expect(page.getByText('The quantity has been updated.')).toBeVisible({ timeout: 20_000 });
    await expect(page.locator('dd[data-field="quantity"]')).toHaveText('15');
  });

  test(`${cloud.name}: Upgrade now moves the licenses to the new offer`, async ({ page }) => {
    await signIn(page, admin);
    const customer = await newCustomer(page, cloud);
    // Only Business Essentials: a customer who also had E3 would already have the services every
    // target adds, and the server refuses all of them (conflicting_service_types).
    const id = await buy(page, customer.id, ESSENTIALS, 4);
    await openDetails(page, customer.id, id);
    await expect(page.getByText('This subscription can be upgraded.')).toBeVisible();
    await page.getByRole('link', { name: 'Upgrade now' }).click();
    const section = page.locator('#sbUpgrade');
    await expect(section).toContainText('The subscription must be active');
    await section.getByLabel('Office 365 E1').check();
    await expect(section.locator('#upgradeQuantity')).toHaveValue('4');
    await section.getByRole('button', { name: 'Submit' }).click();
    await expect(section).toContainText('The subscription has been upgraded.');
    await expect(page.locator('dd[data-field="status"]')).toHaveText('Suspended');
    // The source is suspended now: every target is listed as not available, with the reason.
    await expect(section).toContainText("The subscription isn't active, so it can't be upgraded.");
    await expect(section.getByRole('radio')).toHaveCount(0);
    const subs = await subscriptionsOf(page, customer.id);
    expect(subs.filter((s) => s.status === 'active').map((s) => s.quantity)).toEqual([4]);
    expect(subs.find((s) => s.id === id)?.status).toBe('suspended');
  });

  test(`${cloud.name}: a failed read of the upgrades says so and can be tried again`, async ({ page }) => {
    await signIn(page, admin);
    const customer = await newCustomer(page, cloud);
    const id = await buy(page, customer.id, ESSENTIALS, 4);
    const url = `**/api/v1/customers/${customer.id}/subscriptions/${id}/upgrades`;
    await page.route(url, (r) => json(r, 503, { code: 'unavailable', description: 'x' }));
    await openDetails(page, customer.id, id);
    await expect(page.getByRole('alert')).toContainText("The upgrades for this subscription couldn't be read.");
    await expect(page.getByText('This subscription can be upgraded.')).toHaveCount(0);
    await page.unroute(url);
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByText('This subscription can be upgraded.')).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
  });

  test(`${cloud.name}: a helpdesk agent sees a subscription read-only, with the reason`, async ({ page }) => {
    await signIn(page, `helpdesk@${cloud.domain}`);
    const list = await api(page.request, 'GET', '/customers?size=20');
    let customer = '';
    let s: { id: string } | undefined;
    for (const c of list.items as { id: string }[]) {
      [s] = await subscriptionsOf(page, c.id);
      if (s) { customer = c.id; break; }
    }
    expect(s, 'a demo customer with a subscription').toBeTruthy();
    await openDetails(page, customer, s!.id);
    await expect(page.getByText("Your role can view this subscription but can't change it.")).toBeVisible();
    await expect(page.locator('form')).toHaveCount(0);
  });

  const faults: { name: string; fault: (r: Route) => Promise<void>; message: RegExp }[] = [
    { name: '403', fault: (r) => json(r, 403, { code: 'forbidden', description: 'no' }), message: /Your role can't change subscriptions/ },
    { name: '404', fault: (r) => json(r, 404, { code: 'not_found', description: 'gone' }), message: /no longer exists/ },
    { name: '409', fault: (r) => json(r, 409, { code: 'subscription_suspended', description: 'x' }), message: /suspended, so its quantity can't be changed/ },
    { name: '500', fault: (r) => json(r, 500, { code: 'internal_error', description: 'boom' }), message: /Something went wrong on our side/ },
    { name: '503', fault: (r) => json(r, 503, { code: 'unavailable', description: 'x' }), message: /Partner Center is busy right now/ },
    { name: 'timeout', fault: (r) => r.abort('timedout'), message: /can't be reached right now/ },
    { name: 'malformed JSON', fault: (r) => r.fulfill({ status: 200, contentType: 'application/json', body: '{"id":' }), message: /couldn't be read/ },
  ];

  test(`${cloud.name}: faults on the details keep the page and the typed quantity`, async ({ page }) => {
    test.setTimeout(90_000);
    await signIn(page, admin);
    const customer = await newCustomer(page, cloud);
    const id = await buy(page, customer.id, E3, 5);
    await openDetails(page, customer.id, id);
    const url = `**/api/v1/customers/${customer.id}/subscriptions/${id}`;
    for (const f of [...faults, { name: '429', fault: (r: Route) => json(r, 429, { code: 'throttled', description: 'x' }, { 'Retry-After': '7' }), message: /Too many requests/ }]) {
      await page.route(url, (r) => (r.request().method() === 'PATCH' ? f.fault(r) : r.continue()));
      await quantityForm(page).locator('#quantity').fill('7');
      await quantityForm(page).getByRole('button', { name: /Submit|Try again/ }).click();
      await expect(page.locator('.error-summary'), f.name).toContainText(f.message);
      await expect(quantityForm(page).locator('#quantity'), f.name).toHaveValue('7');
      if (f.name === '429') await expect(page.getByText('wait 7 seconds')).toBeVisible();
      await page.unroute(url);
    }
    // Offline.
    await page.context().setOffline(true);
    await quantityForm(page).getByRole('button', { name: /Submit|Try again/ }).click();
    await expect(page.locator('.error-summary')).toContainText("You're offline.");
    await page.context().setOffline(false);
    // 412: the page reads the current version and keeps the typed number.
    await page.route(url, (r) => (r.request().method() === 'PATCH' ? json(r, 412, { code: 'precondition_failed', description: 'x' }) : r.continue()));
    await quantityForm(page).getByRole('button', { name: /Submit|Try again/ }).click();
    await expect(page.locator('.error-summary')).toContainText('Someone else changed this subscription');
    await page.unroute(url);
    await expect(quantityForm(page).locator('#quantity')).toHaveValue('7');
    // The faults are gone: the same number goes through.
    await quantityForm(page).getByRole('button', { name: /Submit|Try again/ }).click();
    await expect(page.getByText('The quantity has been updated.')).toBeVisible({ timeout: 20_000 });
    await expect(page.locator('dd[data-field="quantity"]')).toHaveText('7');
  });

  test(`${cloud.name}: a session that ends (401) signs in and comes back with the typed quantity`, async ({ page }) => {
    await signIn(page, admin);
    const customer = await newCustomer(page, cloud);
    const id = await buy(page, customer.id, E3, 5);
    await openDetails(page, customer.id, id);
    const url = `**/api/v1/customers/${customer.id}/subscriptions/${id}`;
    await page.route(url, (r) => (r.request().method() === 'PATCH' ? json(r, 401, { code: 'unauthorized', description: 'x' }) : r.continue()));
    await quantityForm(page).locator('#quantity').fill('11');
    await quantityForm(page).getByRole('button', { name: 'Submit' }).click();
    await expect(page).toHaveURL(/\/signin/);
    await page.unroute(url);
    await page.locator('#userName').fill(admin);
    await page.locator('#password').fill(DEMO_PASSWORD);
    await page.locator('form button[type=submit]').click();
    await expect(page).toHaveURL(/\/customers\/subscription\?/, { timeout: 30_000 });
    await expect(quantityForm(page).locator('#quantity')).toHaveValue('11');
  });

  test(`${cloud.name}: reads that fail say so and can be tried again; a subscription that is gone says so`, async ({ page }) => {
    await signIn(page, admin);
    const customer = await newCustomer(page, cloud);
    const id = await buy(page, customer.id, E3, 5);
    const url = `**/api/v1/customers/${customer.id}/subscriptions/${id}`;
    await page.route(url, (r) => json(r, 500, { code: 'internal_error', description: 'boom' }));
    await page.goto(`/customers/subscription?customer=${customer.id}&id=${id}`);
    await expect(page.getByRole('alert')).toContainText('Something went wrong on our side');
    await page.unroute(url);
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect(page.locator('dd[data-field="quantity"]')).toHaveText('5');

    await page.goto(`/customers/subscription?customer=${customer.id}&id=00000000-0000-0000-0000-000000000000`);
    await expect(page.getByRole('heading', { level: 1, name: 'Subscription not found' })).toBeVisible({ timeout: 30_000 });
  });

  for (const locale of ['en-US', 'zh-CN']) {
    test(`${cloud.name}: both pages are accessible in ${locale}`, async ({ page }) => {
      await useLocale(page, locale);
      await signIn(page, admin);
      const customer = await newCustomer(page, cloud);
      const id = await buy(page, customer.id, ESSENTIALS, 3);
      await page.goto(`/customers/customer/add-subscription?id=${customer.id}`);
      await expect(page.locator('#sbOfferSearch')).toBeVisible({ timeout: 30_000 });
      await page.locator('form button[type=submit]').click();
      await expect(page.locator('.error-summary')).toBeVisible();
      await expectAccessible(page);
      await openDetails(page, customer.id, id);
      await expectAccessible(page);
      await statusForm(page).getByRole('radio').nth(1).check();
      await statusForm(page).locator('button[type=submit]').click();
      await expect(page.getByRole('dialog')).toBeVisible();
      await expectAccessible(page);
    });
  }

  for (const [locale, heading] of [['zh-TW', '訂閱詳細資料'], ['ko-KR', '구독 세부 정보'], ['fr-FR', 'Détails de l’abonnement']]) {
    test(`${cloud.name}: the details read in ${locale} at 360 px`, async ({ page }) => {
      await page.setViewportSize({ width: 360, height: 740 });
      await useLocale(page, locale);
      await signIn(page, admin);
      const customer = await newCustomer(page, cloud);
      const id = await buy(page, customer.id, E3, 5);
      await openDetails(page, customer.id, id);
      await expect(page.getByRole('heading', { level: 1 })).toContainText(heading);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width).toBeLessThanOrEqual(360);
      await page.goto(`/customers/customer/add-subscription?id=${customer.id}`);
      await expect(page.locator('#sbOfferSearch')).toBeVisible({ timeout: 30_000 });
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    });
  }
}

function json(route: Route, status: number, body: unknown, headers: Record<string, string> = {}) {
  return route.fulfill({ status, contentType: 'application/json', headers, body: JSON.stringify({ data: [], source: 'x', ...(body as object) }) });
}
