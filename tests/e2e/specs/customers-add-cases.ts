import { test, expect, type Page, type Route } from '@playwright/test';
import { expectAccessible, signIn, useLocale } from './support';

// Add customer (Customers › Add customer), the same cases in both clouds: each spec file passes
// its cloud. Every test that submits creates its own customer with a unique domain; no test
// counts a shared list (all specs share one server database).

export interface Cloud {
  name: 'china' | 'global';
  /** The demo partner's domain (every demo user is `<role>@<domain>`). */
  domain: string;
  /** The customers' domain suffix in this cloud. */
  suffix: string;
  /** The domain prefix of a demo customer: taken. */
  takenPrefix: string;
  /** The label of the Review step's per-section button (docs: China "Update", global "Edit"). */
  edit: string;
}

const ADD = '/customers/add';
export const who = (cloud: Cloud, role: string) => `${role}@${cloud.domain}`;
/** An input by its id (the contract path, with dots). */
export const byId = (page: Page, id: string) => page.locator(`[id="${id}"]`);

let counter = 0;
export function uniquePrefix() {
  return `e2e${Date.now().toString(36)}${(counter++).toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`.slice(0, 27);
}

export async function login(page: Page, user: string) {
  await signIn(page, user);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page).not.toHaveURL(/signin/);
}

export async function openAdd(page: Page, heading = 'Add customer') {
  await page.goto(ADD);
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
}

function today() {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export interface Customer {
  company: string;
  prefix: string;
}

/** Fills Account info with a valid customer. */
export async function fillAccount(page: Page, cloud: Cloud, c: Customer, english = true) {
  await byId(page, 'billingProfile.companyName').fill(c.company);
  await byId(page, 'companyProfile.domain').fill(c.prefix);
  await byId(page, 'billingProfile.defaultAddress.firstName').fill('Mei');
  await byId(page, 'billingProfile.defaultAddress.lastName').fill('Lin');
  await byId(page, 'billingProfile.email').fill(`mei.lin@${c.prefix}.example.com`);
  if (cloud.name === 'china') {
    await byId(page, 'billingProfile.defaultAddress.phoneNumber').fill('+86 138 1234 5678');
    await byId(page, 'billingProfile.defaultAddress.state').fill('上海市');
    await byId(page, 'billingProfile.defaultAddress.city').fill('上海');
    await byId(page, 'billingProfile.defaultAddress.addressLine1').fill('浦东新区世纪大道 100 号');
    await byId(page, 'billingProfile.defaultAddress.postalCode').fill('200120');
  } else {
    await byId(page, 'billingProfile.defaultAddress.country').selectOption('US');
    await byId(page, 'billingProfile.defaultAddress.phoneNumber').fill('+1 425 555 0100');
    await byId(page, 'billingProfile.defaultAddress.state').fill('WA');
    await byId(page, 'billingProfile.defaultAddress.city').fill('Redmond');
    await byId(page, 'billingProfile.defaultAddress.addressLine1').fill('1 Microsoft Way');
    await byId(page, 'billingProfile.defaultAddress.postalCode').fill('98052');
    await byId(page, 'mcaAccepted').check();
    await byId(page, 'dateAgreed').fill(today());
  }
  if (english) {
    await expect(page.getByRole('status').filter({ hasText: `${c.prefix}${cloud.suffix} is available.` })).toBeVisible();
  }
}

const newCustomer = (tag: string): Customer => {
  const prefix = uniquePrefix();
  return { company: `E2E ${tag} ${prefix}`, prefix };
};

/** From Account info (filled) to Review, choosing the first offer with its minimum count. */
async function toReview(page: Page, chooseOffer = true): Promise<string> {
  await page.getByRole('button', { name: 'Next: Subscriptions' }).click();
  await expect(page.locator('[aria-current="step"]')).toHaveText('Subscriptions');
  let offer = '';
  if (chooseOffer) {
    const first = page.locator('li.card input[type=checkbox]').first();
    await expect(first).toBeVisible();
    offer = (await page.locator('li.card label strong').first().textContent()) ?? '';
    await first.check();
  }
  await page.getByRole('button', { name: 'Next: Review' }).click();
  await expect(page.locator('[aria-current="step"]')).toHaveText('Review');
  return offer;
}

const err = (body: string) => ({ contentType: 'application/json', body });

export function addCustomerCases(cloud: Cloud) {
  test.describe(`${cloud.name}: Add customer`, () => {
    test('the happy path: Account info, Subscriptions, Review, Submit, the credentials once, Copy, Done', async ({ page, context }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await login(page, who(cloud, 'admin'));
      await openAdd(page);
      await expect(page.locator('[aria-current="step"]')).toHaveText('Account info');
      const c = newCustomer('happy');
      await fillAccount(page, cloud, c);
      const offer = await toReview(page);
      const review = page.getByRole('region', { name: 'Account info' });
      await expect(review).toContainText(c.company);
      await expect(review).toContainText(`${c.prefix}${cloud.suffix}`);
      await expect(page.getByRole('region', { name: 'Subscriptions' })).toContainText(offer);
      await page.getByRole('button', { name: 'Submit' }).click();
      await expect(page.getByRole('heading', { name: 'Confirmation' })).toBeVisible();
      const setup = page.getByRole('region', { name: 'Setup info' });
      await expect(setup).toContainText(`admin@${c.prefix}${cloud.suffix}`);
      await expect(setup).toContainText('The password is shown only once');
      const password = (await setup.locator('code').textContent()) ?? '';
      expect(password.length).toBeGreaterThanOrEqual(8);
      await expect(page.getByText(`Bought ${offer}, quantity: 1.`)).toBeVisible();
      if (cloud.name === 'global') {
        await expect(page.getByText('The Microsoft cloud agreement acceptance is recorded.')).toBeVisible();
      }
      await setup.getByRole('button', { name: 'Copy' }).click();
      await expect(page.getByText('Copied to the clipboard.')).toBeVisible();
      const clip = await page.evaluate(() => navigator.clipboard.readText());
      expect(clip).toContain(password);
      expect(clip).toContain(`admin@${c.prefix}${cloud.suffix}`);
      // The password is nowhere in storage.
      const stored = await page.evaluate(() => JSON.stringify({ ...sessionStorage }) + JSON.stringify({ ...localStorage }));
      expect(stored).not.toContain(password);
      await page.getByRole('button', { name: 'Done' }).click();
      await expect(page).toHaveURL(/\/customers\/customer\?id=/);
      // Back on Add customer: a new, empty wizard (the draft was cleared).
      await openAdd(page);
      await expect(byId(page, 'billingProfile.companyName')).toHaveValue('');
    });

    test('bad input at each step is named at its field', async ({ page }) => {
      await login(page, who(cloud, 'admin'));
      await openAdd(page);
      await page.getByRole('button', { name: 'Next: Subscriptions' }).click();
      const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
      await expect(summary).toBeFocused();
      await expect(summary).toContainText('Company name is required.');
      await expect(summary).toContainText('Domain name is required.');
      await expect(summary).toContainText('Email address is required.');
      await byId(page, 'companyProfile.domain').fill('bad-domain');
      await byId(page, 'billingProfile.email').fill('mei@');
      await byId(page, 'billingProfile.defaultAddress.postalCode').fill('1234');
      await byId(page, 'billingProfile.defaultAddress.city').click();
      await expect(page.getByText('Use 1 to 27 letters or digits, with no spaces, hyphens or dots.').first()).toBeVisible();
      await expect(page.getByText('Enter an email address in the correct format').first()).toBeVisible();
      const postal = cloud.name === 'china' ? 'Enter the 6-digit postal code, like 200120.' : 'Enter the postal code in the format of the country';
      await expect(page.getByText(postal).first()).toBeVisible();
      await expect(page.locator('[aria-current="step"]')).toHaveText('Account info');

      // Subscriptions: a count outside the offer's range.
      const c = newCustomer('bad');
      await fillAccount(page, cloud, c);
      await page.getByRole('button', { name: 'Next: Subscriptions' }).click();
      await page.locator('li.card input[type=checkbox]').first().check();
      const count = page.locator('li.card input[inputmode=numeric]').first();
      await count.fill('0');
      await page.getByRole('button', { name: 'Next: Review' }).click();
      await expect(page.getByRole('alert').filter({ hasText: 'Enter a whole number of licenses from' })).toBeFocused();
      await expect(page.locator('[aria-current="step"]')).toHaveText('Subscriptions');
      await count.fill('2');
      await page.getByRole('button', { name: 'Next: Review' }).click();
      await expect(page.locator('[aria-current="step"]')).toHaveText('Review');
    });

    test('a reload mid-wizard keeps the input and the step; a skipped step is not reachable', async ({ page }) => {
      await login(page, who(cloud, 'admin'));
      await openAdd(page);
      // An address past an invalid step lands on the first invalid one.
      await page.goto(`${ADD}?step=review`);
      await expect(page.locator('[aria-current="step"]')).toHaveText('Account info');
      await expect(page).toHaveURL(/step=account/);
      const c = newCustomer('reload');
      await fillAccount(page, cloud, c);
      await page.getByRole('button', { name: 'Next: Subscriptions' }).click();
      await expect(page).toHaveURL(/step=subscriptions/);
      await page.locator('li.card input[type=checkbox]').first().check();
      await page.locator('li.card input[inputmode=numeric]').first().fill('3');
      await page.reload();
      await expect(page.locator('[aria-current="step"]')).toHaveText('Subscriptions');
      await expect(page.locator('li.card input[inputmode=numeric]').first()).toHaveValue('3');
      await page.goBack();
      await expect(page.locator('[aria-current="step"]')).toHaveText('Account info');
      await expect(byId(page, 'billingProfile.companyName')).toHaveValue(c.company);
      await expect(byId(page, 'companyProfile.domain')).toHaveValue(c.prefix);
      // Update on Review goes back to its step.
      await page.goto(`${ADD}?step=review`);
      await expect(page.locator('[aria-current="step"]')).toHaveText('Review');
      await page.getByRole('button', { name: `${cloud.edit} Account info` }).click();
      await expect(page.locator('[aria-current="step"]')).toHaveText('Account info');
    });

    test('a domain already taken is said as you type, and on Submit', async ({ page }) => {
      await login(page, who(cloud, 'admin'));
      await openAdd(page);
      await byId(page, 'companyProfile.domain').fill(cloud.takenPrefix);
      await expect(page.getByText('This domain is already in use. Choose another one.').first()).toBeVisible();
      await expect(byId(page, 'companyProfile.domain')).toHaveAttribute('aria-invalid', 'true');
      // On Submit: the lookup said free (it raced another partner), the server says taken.
      const c = newCustomer('taken');
      await fillAccount(page, cloud, c);
      await toReview(page, false);
      await page.route('**/api/v1/customers', (r) => (r.request().method() === 'POST'
        ? r.fulfill({ status: 409, ...err('{"code":"domain_taken","description":"This domain is already in use by another tenant. Choose another.","data":[]}') })
        : r.continue()));
      await page.getByRole('button', { name: 'Submit' }).click();
      await expect(page.locator('[aria-current="step"]')).toHaveText('Account info');
      await expect(page.getByText('This domain is already in use. Choose another one.').first()).toBeVisible();
      await expect(byId(page, 'billingProfile.companyName')).toHaveValue(c.company);
    });

    test('a double click on Submit creates one customer', async ({ page }) => {
      await login(page, who(cloud, 'admin'));
      await openAdd(page);
      const c = newCustomer('double');
      await fillAccount(page, cloud, c);
      await toReview(page, false);
      let posts = 0;
      page.on('request', (r) => {
        if (r.method() === 'POST' && new URL(r.url()).pathname === '/api/v1/customers') posts++;
      });
      await page.getByRole('button', { name: 'Submit' }).dblclick();
      await expect(page.getByRole('heading', { name: 'Confirmation' })).toBeVisible();
      await page.waitForTimeout(300);
      expect(posts).toBe(1);
    });

    const faults: { name: string; fault: (r: Route) => Promise<void>; message: string }[] = [
      { name: '403', fault: (r) => r.fulfill({ status: 403, ...err('{"code":"forbidden","description":"x","data":[]}') }), message: "Your role can't do this." },
      { name: '409', fault: (r) => r.fulfill({ status: 409, ...err('{"code":"conflict","description":"x","data":[]}') }), message: 'Someone else changed this while you were working.' },
      { name: '429', fault: (r) => r.fulfill({ status: 429, headers: { 'Retry-After': '30' }, ...err('{"code":"throttled","description":"x","data":[]}') }), message: 'Too many requests.' },
      { name: '500', fault: (r) => r.fulfill({ status: 500, ...err('{"code":"internal_error","description":"x","data":[]}') }), message: 'Something went wrong on our side.' },
      { name: '503', fault: (r) => r.fulfill({ status: 503, headers: { 'Retry-After': '30' }, contentType: 'text/html', body: '<h1>Service unavailable</h1>' }), message: 'Partner Center is busy right now.' },
      { name: 'timeout', fault: (r) => r.abort('timedout'), message: "Partner Center can't be reached right now." },
      { name: 'malformed JSON', fault: (r) => r.fulfill({ status: 201, ...err('{"id":') }), message: "Partner Center sent a response that couldn't be read." },
    ];
    for (const f of faults) {
      test(`Submit: ${f.name} is explained and the input stays`, async ({ page }) => {
        await login(page, who(cloud, 'admin'));
        await openAdd(page);
        const c = newCustomer('fault');
        await fillAccount(page, cloud, c);
        await toReview(page, false);
        await page.route('**/api/v1/customers', (r) => (r.request().method() === 'POST' ? f.fault(r) : r.continue()));
        await page.getByRole('button', { name: 'Submit' }).click();
        await expect(page.getByRole('alert').filter({ hasText: f.message })).toBeVisible();
        await expect(page.locator('[aria-current="step"]')).toHaveText('Review');
        await expect(page.getByRole('region', { name: 'Account info' })).toContainText(c.company);
        await page.getByRole('button', { name: `${cloud.edit} Account info` }).click();
        await expect(byId(page, 'billingProfile.companyName')).toHaveValue(c.company);
      });
    }

    test('Submit offline is explained and the input stays', async ({ page, context }) => {
      await login(page, who(cloud, 'admin'));
      await openAdd(page);
      const c = newCustomer('offline');
      await fillAccount(page, cloud, c);
      await toReview(page, false);
      await context.setOffline(true);
      await page.getByRole('button', { name: 'Submit' }).click();
      await expect(page.getByRole('alert').filter({ hasText: "You're offline." })).toBeVisible();
      await context.setOffline(false);
      await expect(page.getByRole('region', { name: 'Account info' })).toContainText(c.company);
    });

    test('Submit after the session ended: sign in, back on Review with everything intact', async ({ page }) => {
      await login(page, who(cloud, 'admin'));
      await openAdd(page);
      const c = newCustomer('expired');
      await fillAccount(page, cloud, c);
      await toReview(page);
      await page.route('**/api/v1/customers', (r) => (r.request().method() === 'POST'
        ? r.fulfill({ status: 401, ...err('{"code":"session_required","description":"x","data":[]}') })
        : r.continue()), { times: 1 });
      await page.getByRole('button', { name: 'Submit' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
      await page.locator('#userName').fill(who(cloud, 'admin'));
      await page.locator('#password').fill('Partner-Demo-2026');
      await page.locator('form button[type=submit]').click();
      await expect(page.locator('[aria-current="step"]')).toHaveText('Review');
      await expect(page.getByRole('region', { name: 'Account info' })).toContainText(c.company);
      await page.getByRole('button', { name: 'Submit' }).click();
      await expect(page.getByRole('heading', { name: 'Confirmation' })).toBeVisible();
    });

    test('every step is accessible in en-US', async ({ page }) => {
      // Five axe runs and a real submit: on the shared 2-core machine this outgrows 30 s.
      test.slow();
      await login(page, who(cloud, 'admin'));
      await openAdd(page);
      await expectAccessible(page);
      await page.getByRole('button', { name: 'Next: Subscriptions' }).click();
      await expectAccessible(page);
      const c = newCustomer('axe');
      await fillAccount(page, cloud, c);
      await page.getByRole('button', { name: 'Next: Subscriptions' }).click();
      await expect(page.locator('li.card').first()).toBeVisible();
      await expectAccessible(page);
      await page.locator('li.card input[type=checkbox]').first().check();
      await page.getByRole('button', { name: 'Next: Review' }).click();
      await expect(page.locator('[aria-current="step"]')).toHaveText('Review');
      await expectAccessible(page);
      await page.getByRole('button', { name: 'Submit' }).click();
      await expect(page.getByRole('heading', { name: 'Confirmation' })).toBeVisible();
      await expectAccessible(page);
    });
  });
}

/** One pass in a language: the steps in its words and axe clean, at `width`. */
export function addCustomerLocaleCase(cloud: Cloud, tag: string, words: { title: string; next: string; step: string }, width = 360) {
  test(`${cloud.name}: Add customer in ${tag} at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await useLocale(page, tag);
    await login(page, who(cloud, 'admin'));
    await openAdd(page, words.title);
    await expect(page.locator('[aria-current="step"]')).toHaveText(words.step);
    await expectAccessible(page);
    const c = newCustomer('i18n');
    await fillAccount(page, cloud, c, false);
    await page.getByRole('button', { name: words.next }).click();
    await expect(page.locator('li.card').first()).toBeVisible();
    await expectAccessible(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
}
