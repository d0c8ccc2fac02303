import { test, expect, type Browser, type Page, type Route } from '@playwright/test';
import { expectAccessible, signIn as signInPage, useLocale } from './support';

// Partner profiles (Account settings › Partner profile, Partner billing profile, Organization
// profile, Support profile, MPN profile), the same cases in both clouds: each spec file passes
// its cloud's demo users and values. The profiles are shared by every test of a run, so the
// tests of a cloud run one after another, and none expects a value it did not just write.

export interface Cloud {
  name: 'china' | 'global';
  domain: string;
  /** A phone number the shared rule accepts, with a unique tail. */
  phone: (n: number) => string;
  /** An address in the cloud's country, for the lines a profile created on first read lacks. */
  address: { line1: string; city: string };
  /** A postal code of the cloud's country, and one it refuses. */
  postal: { good: string; bad: string; message: string };
}

export const PAGES = {
  legal: { path: '/account-settings/partner-profile', title: 'Partner profile' },
  billing: { path: '/account-settings/billing-profile', title: 'Partner billing profile' },
  organization: { path: '/account-settings/organization-profile', title: 'Organization profile' },
  support: { path: '/account-settings/support-profile', title: 'Support profile' },
  mpn: { path: '/account-settings/mpn-profile', title: 'MPN profile' },
};

const PHONE_MESSAGE = 'Enter a telephone number of 5 to 15 digits, like 021-6888 1234 or +86 138 1234 5678.';

/** Signs in and waits until the app has left the sign-in page (the session is set). */
async function signIn(page: Page, user: string) {
  await signInPage(page, user);
  await expect(page).not.toHaveURL(/\/signin/, { timeout: 30_000 });
}

let counter = 0;
function uniqueNumber() {
  return (Date.now() % 100000) * 10 + (counter++ % 10);
}

function userOf(cloud: Cloud, local: string) {
  return `${local}@${cloud.domain}`;
}

async function open(page: Page, which: keyof typeof PAGES) {
  await page.goto(PAGES[which].path);
  await expect(page.getByRole('heading', { level: 1, name: PAGES[which].title })).toBeVisible({ timeout: 30_000 });
}

function field(page: Page, path: string) {
  return page.locator(`dd[data-field="${path}"]`);
}

function byId(page: Page, id: string) {
  return page.locator(`[id="${id}"]`);
}

async function startUpdate(page: Page) {
  await page.getByRole('button', { name: 'Update', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Submit', exact: true })).toBeVisible();
}

/** The form's submit button: Submit, or Try again after an answer that may not have landed. */
async function submit(page: Page) {
  await page.locator('form button[type=submit]').click();
}

/** Fills the required lines a profile created on first read leaves empty (its address, the
 * contact's phone), so an update can pass; filled lines are left as they are. */
async function completeRequired(page: Page, cloud: Cloud) {
  const values: Record<string, string> = {
    addressLine1: cloud.address.line1,
    city: cloud.address.city,
    postalCode: cloud.postal.good,
    phoneNumber: cloud.phone(uniqueNumber()),
    telephone: cloud.phone(uniqueNumber()),
  };
  for (const prefix of ['address.', 'companyApproverAddress.', 'defaultAddress.', 'primaryContact.', '']) {
    for (const [name, value] of Object.entries(values)) {
      const input = page.locator(`input[id="${prefix}${name}"]`);
      if ((await input.count()) && !(await input.inputValue())) await input.fill(value);
    }
  }
}

const summary = (page: Page) => page.locator('.error-summary, [role=alert]').first();

export function profileCases(cloud: Cloud) {
  const admin = userOf(cloud, 'admin');
  // Serial: the profiles are shared. Generous time: the debug build is large and CI is slow.
  test.describe.configure({ mode: 'serial', timeout: 120_000 });

  test.describe(`${cloud.name}: partner profiles`, () => {
    test('support profile: read-only, Update, edit, Submit, the new value shown', async ({ page }) => {
      await signIn(page, admin);
      await open(page, 'support');
      await expect(page.getByRole('textbox')).toHaveCount(0);
      await startUpdate(page);
      const phone = cloud.phone(uniqueNumber());
      await page.getByLabel('Phone', { exact: true }).fill(phone);
      await submit(page);
      await expect(page.getByText('Your changes have been saved.')).toBeVisible();
      await expect(field(page, 'telephone')).toHaveText(phone);
      // Stored, not only shown: a fresh read says the same.
      await page.reload();
      await expect(field(page, 'telephone')).toHaveText(phone);
    });

    test('bad input is refused at the field, in the same words the server would use', async ({ page }) => {
      await signIn(page, admin);
      await open(page, 'support');
      await startUpdate(page);
      const phone = page.getByLabel('Phone', { exact: true });
      await phone.fill('12');
      await submit(page);
      await expect(byId(page, 'telephone-error')).toContainText(PHONE_MESSAGE);
      await expect(phone).toHaveAttribute('aria-invalid', 'true');
      await page.getByRole('button', { name: 'Cancel' }).click();

      // The legal address's postal code follows the country's rule.
      await open(page, 'legal');
      await startUpdate(page);
      await byId(page, 'address.postalCode').fill(cloud.postal.bad);
      await submit(page);
      await expect(byId(page, 'address.postalCode-error')).toContainText(cloud.postal.message);

      await page.getByRole('button', { name: 'Cancel' }).click();

      // The server's refusal of a field reads the same as the app's own check.
      await open(page, 'support');
      await startUpdate(page);
      await phone.fill(cloud.phone(uniqueNumber()));
      await page.route('**/api/v1/profiles/support', (r) =>
        r.request().method() === 'PUT'
          ? r.fulfill({
            status: 400,
            contentType: 'application/json',
            body: JSON.stringify({
              code: 'validation_failed',
              description: 'Some fields are not valid; see data for each problem.',
              data: [{ field: 'telephone', code: 'invalid_format', description: 'Enter a telephone number.' }],
              source: 'PartnerCenterReferenceServer',
            }),
          })
          : r.continue());
      await submit(page);
      await expect(byId(page, 'telephone-error')).toContainText(PHONE_MESSAGE);
      await page.unroute('**/api/v1/profiles/support');
      await page.getByRole('button', { name: 'Cancel' }).click();
    });

    test('a legal name change says it starts verification, then shows it pending', async ({ page }) => {
      await signIn(page, admin);
      await open(page, 'legal');
      await startUpdate(page);
      const name = page.getByLabel('Organization name', { exact: true });
      const notice = byId(page, 'reverify-notice');
      await expect(notice).toHaveCount(0);
      const newName = `${(await name.inputValue()).replace(/ E2E \d+$/, '')} E2E ${uniqueNumber()}`;
      await completeRequired(page, cloud);
      await name.fill(newName);
      await expect(notice).toContainText('your legal identity will be verified again');
      await submit(page);
      await expect(page.getByText('Your changes have been saved.')).toBeVisible();
      await expect(field(page, 'companyName')).toHaveText(newName);
      await expect(field(page, 'vettingStatus')).toHaveText('Pending');
      await expect(byId(page, 'vetting-pending')).toBeVisible();
    });

    test('someone else changed it meanwhile: field by field, my edits kept and applied', async ({ page, browser, baseURL }) => {
      await signIn(page, admin);
      await open(page, 'support');
      await startUpdate(page);
      const myEmail = userOf(cloud, `support.${uniqueNumber()}`);
      await page.getByLabel('Email', { exact: true }).fill(myEmail);
      const before = await page.getByLabel('Phone', { exact: true }).inputValue();

      const theirPhone = await otherUserChangesPhone(browser, baseURL!, cloud, admin);

      await submit(page);
      const changes = page.locator('#changes-notice');
      await expect(changes).toContainText('Changes made by someone else');
      const row = changes.locator('tr[data-field="telephone"]');
      await expect(row).toContainText(before);
      await expect(row).toContainText(theirPhone);
      await expect(summary(page)).toContainText('Someone else updated this profile while you were editing it.');
      // My edit stays; their change is in the form.
      await expect(page.getByLabel('Email', { exact: true })).toHaveValue(myEmail);
      await expect(page.getByLabel('Phone', { exact: true })).toHaveValue(theirPhone);
      await submit(page);
      await expect(page.getByText('Your changes have been saved.')).toBeVisible();
      await expect(field(page, 'email')).toHaveText(myEmail);
      await expect(field(page, 'telephone')).toHaveText(theirPhone);
    });

    test('edits survive a reload; Cancel drops them', async ({ page }) => {
      await signIn(page, admin);
      await open(page, 'organization');
      await startUpdate(page);
      const email = userOf(cloud, `org.${uniqueNumber()}`);
      await completeRequired(page, cloud);
      await page.getByLabel('Email', { exact: true }).fill(email);
      await page.reload();
      await expect(page.getByLabel('Email', { exact: true })).toHaveValue(email);
      await page.getByRole('button', { name: 'Cancel' }).click();
      await expect(field(page, 'email')).not.toHaveText(email);
      await page.reload();
      await expect(page.getByRole('button', { name: 'Update', exact: true })).toBeVisible();
    });

    test('leaving with unsaved edits asks first', async ({ page }) => {
      await signIn(page, admin);
      await open(page, 'support');
      await startUpdate(page);
      await page.getByLabel('Email', { exact: true }).fill(userOf(cloud, `leave.${uniqueNumber()}`));
      let asked = '';
      page.once('dialog', async (d) => {
        asked = d.message();
        await d.dismiss();
      });
      await page.getByRole('link', { name: 'Account settings' }).first().click();
      await expect.poll(() => asked).toContain("haven't been submitted");
      await expect(page).toHaveURL(new RegExp(PAGES.support.path));
      await page.getByRole('button', { name: 'Cancel' }).click();
    });

    test('session expiry on Submit: sign in again and come back with the edits', async ({ page }) => {
      await signIn(page, admin);
      await open(page, 'support');
      await startUpdate(page);
      const email = userOf(cloud, `expired.${uniqueNumber()}`);
      await completeRequired(page, cloud);
      await page.getByLabel('Email', { exact: true }).fill(email);
      await page.route('**/api/v1/profiles/support', (r) =>
        r.request().method() === 'PUT'
          ? r.fulfill({ status: 401, contentType: 'application/json', body: '{"code":"session_required","description":"Sign in.","data":[]}' })
          : r.continue());
      await submit(page);
      await expect(page).toHaveURL(/\/signin/);
      await page.unroute('**/api/v1/profiles/support');
      await page.locator('#userName').fill(admin);
      await page.locator('#password').fill('Partner-Demo-2026');
      await page.locator('form button[type=submit]').click();
      await expect(page).toHaveURL(new RegExp(PAGES.support.path));
      await expect(page.getByLabel('Email', { exact: true })).toHaveValue(email);
      await submit(page);
      await expect(field(page, 'email')).toHaveText(email);
    });

    test('faults on Submit keep the form and the edits, with a clear message', async ({ page, context }) => {
      await signIn(page, admin);
      await open(page, 'support');
      await startUpdate(page);
      const email = userOf(cloud, `faults.${uniqueNumber()}`);
      await completeRequired(page, cloud);
      await page.getByLabel('Email', { exact: true }).fill(email);
      const faults: { name: string; fault: (r: Route) => Promise<void>; message: string }[] = [
        { name: '403', fault: (r) => r.fulfill({ status: 403, contentType: 'application/json', body: '{"code":"forbidden","description":"no","data":[]}' }), message: "Your roles don't allow you to update this profile" },
        { name: '412', fault: (r) => r.fulfill({ status: 412, contentType: 'application/json', body: '{"code":"precondition_failed","description":"stale","data":[]}' }), message: 'Someone else updated this profile' },
        { name: '404', fault: (r) => r.fulfill({ status: 404, contentType: 'application/json', body: '{"code":"not_found","description":"gone","data":[]}' }), message: "We couldn't find what you were looking for." },
        { name: '409', fault: (r) => r.fulfill({ status: 409, contentType: 'application/json', body: '{"code":"conflict","description":"conflict","data":[]}' }), message: 'Someone else changed this while you were working.' },
        { name: '429', fault: (r) => r.fulfill({ status: 429, headers: { 'Retry-After': '1' }, contentType: 'application/json', body: '{"code":"throttled","description":"slow down","data":[]}' }), message: 'Too many requests.' },
        { name: '500', fault: (r) => r.fulfill({ status: 500, contentType: 'application/json', body: '{"code":"internal_error","description":"boom","data":[]}' }), message: 'Something went wrong on our side.' },
        { name: '503', fault: (r) => r.fulfill({ status: 503, contentType: 'text/html', body: '<h1>busy</h1>' }), message: 'Partner Center is busy right now.' },
        { name: 'malformed JSON', fault: (r) => r.fulfill({ status: 200, contentType: 'application/json', body: '{"email":' }), message: "Partner Center sent a response that couldn't be read." },
      ];
      for (const f of faults) {
        await page.route('**/api/v1/profiles/support', (r) => (r.request().method() === 'PUT' ? f.fault(r) : r.continue()));
        await submit(page);
        await expect(summary(page), f.name).toContainText(f.message, { timeout: 15_000 });
        await expect(page.getByLabel('Email', { exact: true }), f.name).toHaveValue(email);
        await page.unroute('**/api/v1/profiles/support');
      }
      await context.setOffline(true);
      await submit(page);
      await expect(summary(page)).toContainText("You're offline.");
      await expect(page.getByLabel('Email', { exact: true })).toHaveValue(email);
      await context.setOffline(false);
      await submit(page);
      await expect(page.getByText('Your changes have been saved.')).toBeVisible();
      await expect(field(page, 'email')).toHaveText(email);
    });

    test('a failed read offers Try again and then shows the profile', async ({ page }) => {
      await signIn(page, admin);
      await page.route('**/api/v1/profiles/billing', (r) =>
        r.fulfill({ status: 200, contentType: 'application/json', body: '{"companyName":' }));
      await page.goto(PAGES.billing.path);
      await expect(page.getByRole('alert')).toContainText("Partner Center sent a response that couldn't be read.");
      await page.unroute('**/api/v1/profiles/billing');
      await page.getByRole('button', { name: 'Try again' }).click();
      await expect(field(page, 'billingCurrency')).toHaveText(cloud.name === 'china' ? 'CNY' : 'USD');
    });

    test('roles: an admin agent may update every profile', async ({ page }) => {
      await signIn(page, userOf(cloud, 'adminagent'));
      for (const p of ['legal', 'billing', 'organization', 'support'] as const) {
        await open(page, p);
        await expect(page.getByRole('button', { name: 'Update', exact: true }), p).toBeVisible();
      }
    });

    test('roles: a billing admin updates the billing profile only', async ({ page }) => {
      await signIn(page, userOf(cloud, 'billing'));
      for (const p of ['legal', 'organization', 'support'] as const) {
        await open(page, p);
        await expect(page.getByRole('button', { name: 'Update', exact: true })).toHaveCount(0);
        await expect(page.locator('#read-only-reason')).toHaveText('Only global admins and admin agents can update this profile.');
      }
      await open(page, 'billing');
      await startUpdate(page);
      await completeRequired(page, cloud);
      const po = `PO-${uniqueNumber()}`;
      await page.getByLabel('Purchase order number (optional)').fill(po);
      await submit(page);
      await expect(page.getByText('Your changes have been saved.')).toBeVisible();
      await expect(field(page, 'purchaseOrderNumber')).toHaveText(po);
      // Shown, never editable: the company name on invoices and the currency.
      await startUpdate(page);
      await expect(page.locator('input[id="companyName"], input[id="billingCurrency"]')).toHaveCount(0);
      await expect(page.locator('[data-field="billingCurrency"]')).toContainText(cloud.name === 'china' ? 'CNY' : 'USD');
      await page.getByRole('button', { name: 'Cancel' }).click();
    });

    for (const who of ['sales', 'usermgmt']) {
      test(`roles: ${who} sees the profiles read-only and is told why`, async ({ page }) => {
        await signIn(page, userOf(cloud, who));
        for (const p of ['legal', 'billing'] as const) {
          await open(page, p);
          await expect(field(page, 'companyName'), p).not.toBeEmpty();
          await expect(page.getByRole('button', { name: 'Update', exact: true })).toHaveCount(0);
        }
        await expect(page.locator('#read-only-reason')).toHaveText(
          'Only the Global admin, Billing admin or Admin agent can change the billing address.');
      });
    }

    test('roles: a helpdesk agent cannot open the profiles', async ({ page }) => {
      await signIn(page, userOf(cloud, 'helpdesk'));
      for (const p of ['legal', 'support'] as const) {
        await page.goto(PAGES[p].path);
        await expect(page.getByRole('heading', { level: 1, name: "This page isn't available to your role" })).toBeVisible({ timeout: 30_000 });
        await expect(page.locator('dd[data-field]')).toHaveCount(0);
      }
    });

    for (const locale of ['en-US', 'zh-CN']) {
      test(`axe: every profile page, read-only and editing (${locale})`, async ({ page }) => {
        await useLocale(page, locale);
        await signIn(page, admin);
        for (const p of Object.values(PAGES)) {
          await page.goto(p.path);
          await expect(page.locator('main h1, h1').first()).toBeVisible();
          await expect(page.locator('dl.summary-list, #no-mpn-id').first()).toBeVisible();
          await expectAccessible(page);
        }
        await page.goto(PAGES.legal.path);
        // Update, by its place: its label is in the test's language.
        await page.locator('main button.button').first().click();
        await expect(page.locator('form fieldset').first()).toBeVisible();
        await expectAccessible(page);
        await page.locator('main button.button-secondary').click();
      });
    }

    test('MPN profile: read-only', async ({ page }) => {
      await signIn(page, admin);
      await open(page, 'mpn');
      await expect(page.locator('#no-mpn-id, dd[data-field="mpnId"]').first()).toBeVisible();
      await expect(page.getByRole('button', { name: 'Update', exact: true })).toHaveCount(0);
    });
  });
}

/** A second browser (another admin's session) updates the support phone; returns the value. */
async function otherUserChangesPhone(browser: Browser, baseURL: string, cloud: Cloud, admin: string) {
  const context = await browser.newContext({ baseURL });
  const other = await context.newPage();
  try {
    await signIn(other, admin);
    await open(other, 'support');
    await startUpdate(other);
    const phone = cloud.phone(uniqueNumber());
    await other.getByLabel('Phone', { exact: true }).fill(phone);
    await submit(other);
    await expect(other.getByText('Your changes have been saved.')).toBeVisible();
    return phone;
  } finally {
    await context.close();
  }
}
