// The global indirect reseller enrollment as a partner lives it, through the UI only: Welcome,
// Create one, the MPN association (Partner Membership Center sign-in, then the organization),
// the business details with the web-mail rule, Enroll now, the primary contact's e-mail link,
// the review (the operator approves between), the Microsoft Partner Agreement and an active
// account whose Overview reminds the admin of the admin agent role. In en-US and zh-CN with axe
// on every page and a reload on every step; then the refusals (PMC password, an organization in
// another country), the link's rules (used, expired, another's) and one pass per other language
// at 360 px. The `global` project: a `--cloud global` server with PC_EXPOSE_CODES=1.
import { test, expect, type Page, type Response } from '@playwright/test';
import { randomUUID } from 'node:crypto';
import { expectAccessible, useLocale } from './support';
import { CLIENT, enrollmentOf, expectNoOverflow, NEW_PASSWORD, review } from './enroll-support';

const PMC_USER = 'pmc@fabrikam.com';
const PMC_PASSWORD = 'Partner-Demo-2026';
const field = (page: Page, id: string) => page.locator(`[id="${id}"]`);
const submit = (page: Page) => page.locator('main form button[type=submit]').first();
const h1 = (page: Page) => page.getByRole('heading', { level: 1 });

function uniqueLabel() {
  return `e${Date.now().toString(36)}${Math.random().toString(36).slice(2, 7)}`;
}

const words: Record<string, Record<string, string>> = {
  'en-US': {
    welcome: 'Enroll as an indirect reseller in the Cloud Solution Provider program',
    organization: 'Associate your MPN ID',
    details: 'Provide your business details',
    verify: "Verify the primary contact's email address",
    verified: 'is verified',
    reviewing: 'several days',
    approved: "You've been approved as an indirect reseller",
    agreement: 'Microsoft Partner Agreement',
    webMail: "We don't accept email addresses from Web-based email services",
    reminder: "Check that you're in the admin agent group",
  },
  'zh-CN': {
    welcome: '注册为云解决方案提供商计划中的间接经销商',
    organization: '关联你的 MPN ID',
    details: '提供公司详细信息',
    verify: '验证主要联系人的电子邮件地址',
    verified: '已通过验证',
    reviewing: '几天',
    approved: '你已获准成为间接经销商',
    agreement: 'Microsoft 合作伙伴协议',
    webMail: '我们不接受来自基于 Web 的电子邮件服务',
    reminder: '确认你已在管理员代理组中',
  },
};

/** The primary contact's link, from Enroll now's answer (PC_EXPOSE_CODES=1 exposes it). */
async function linkFrom(answer: Promise<Response>) {
  const body = await (await answer).json();
  const url = body.emailVerification?.debugUrl ?? body.debugUrl;
  expect(url).toMatch(/^\/enroll\/verify-email\//);
  return url as string;
}

async function fillDetails(page: Page, email = 'dana.whitley@northwind-it.com') {
  const set = (id: string, v: string) => field(page, id).fill(v);
  await set('legalBusinessProfile.companyName', 'Northwind IT Services Ltd.');
  await set('legalBusinessProfile.address.addressLine1', '500 Pine Street');
  await set('legalBusinessProfile.address.city', 'Seattle');
  await set('legalBusinessProfile.address.province', 'WA');
  await set('legalBusinessProfile.address.postalCode', '98101');
  await set('legalBusinessProfile.primaryContact.firstName', 'Dana');
  await set('legalBusinessProfile.primaryContact.lastName', 'Whitley');
  await set('legalBusinessProfile.primaryContact.email', email);
  await set('legalBusinessProfile.primaryContact.phoneNumber', '+1 206 555 0142');
  await set('supportProfile.website', 'https://support.northwind-it.com');
  await set('supportProfile.email', 'support@northwind-it.com');
  await set('supportProfile.telephone', '+1 206 555 0100');
}

/** Checks the page, reloads it, and expects the same step back (resumable at any step). */
async function step(page: Page, heading: string, reload = true) {
  await expect(h1(page)).toContainText(heading);
  await expectAccessible(page);
  if (!reload) return;
  const url = page.url();
  await page.reload();
  await expect(page).toHaveURL(url);
  await expect(h1(page)).toContainText(heading);
}

for (const tag of ['en-US', 'zh-CN']) {
  test(`${tag}: from Welcome to an active indirect reseller, with the operator approving between`, async ({ page }) => {
    test.setTimeout(120_000);
    const w = words[tag];
    await useLocale(page, tag);
    await page.goto('/enroll');
    await step(page, w.welcome);
    await page.locator('main a[href="/enroll/create-one"]').click();

    // Create one: a .onmicrosoft.com work account, then on into this cloud's journey.
    await expect(page).toHaveURL(/\/enroll\/create-one$/);
    await expect(page.getByRole('main')).toContainText('.onmicrosoft.com');
    await field(page, 'organizationDomain').fill(uniqueLabel());
    await field(page, 'organizationName').fill('Northwind IT Services');
    await field(page, 'adminFirstName').fill('Dana');
    await field(page, 'adminLastName').fill('Whitley');
    await field(page, 'password').fill(NEW_PASSWORD);
    await field(page, 'confirmPassword').fill(NEW_PASSWORD);
    await submit(page).click();

    // The MPN association: the information, Sign in, PMC user name, Next, password, Sign in.
    await expect(page).toHaveURL(/\/enroll\/organization$/, { timeout: 15_000 });
    await step(page, w.organization);
    await page.locator('main button.button').first().click();
    await field(page, 'pmcUserName').fill(PMC_USER);
    await submit(page).click();
    await field(page, 'pmcPassword').fill(PMC_PASSWORD);
    await expectAccessible(page);
    await submit(page).click();

    // The organizations: the US one (the tenant's country) is chosen; the others say why not.
    await expect(page.locator('#org-4567890')).toBeChecked();
    await expect(page.locator('#org-4567891')).toBeDisabled();
    await expect(page.locator('#org-4567892')).toBeDisabled();
    await expectAccessible(page);
    await submit(page).click();

    // The business details, then Enroll now. A Web-based address is refused at its field.
    await expect(page).toHaveURL(/\/enroll\/details$/);
    await step(page, w.details, false);
    await fillDetails(page, 'dana.whitley@gmail.com');
    await submit(page).click();
    await expect(page.getByRole('main')).toContainText(w.webMail);
    await expect(page).toHaveURL(/\/enroll\/details$/);
    // What was typed survives a reload.
    await page.reload();
    await expect(field(page, 'legalBusinessProfile.address.city')).toHaveValue('Seattle');
    await expect(field(page, 'legalBusinessProfile.primaryContact.email')).toHaveValue('dana.whitley@gmail.com');
    await expectAccessible(page);
    await field(page, 'legalBusinessProfile.primaryContact.email').fill('dana.whitley@northwind-it.com');
    const answer = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/v1/enrollment'
      && r.request().method() === 'POST' && r.status() === 201);
    await submit(page).click();
    const link = await linkFrom(answer);

    // Waiting for the primary contact's verification; the steps before cannot be opened again.
    await expect(page).toHaveURL(/\/enroll\/status$/);
    await step(page, '');
    await expect(page.getByRole('heading', { level: 2 })).toContainText(w.verify);
    await expect(page.getByRole('main')).toContainText('dana.whitley@northwind-it.com');
    await page.goto('/enroll/details');
    await expect(page).toHaveURL(/\/enroll\/status$/);

    // The link from the e-mail: verified, and the review starts ("several days").
    await page.goto(link);
    await expect(page.locator('#verify-done')).toContainText(w.verified);
    await expectAccessible(page);
    await page.locator('main a[href="/enroll/status"]').click();
    await expect(page.getByRole('main')).toContainText(w.reviewing);

    // The operator approves; Refresh shows it, then the Microsoft Partner Agreement.
    const { id } = await enrollmentOf(page);
    review('approve', id, undefined, 'global');
    await page.locator('main button.button-secondary').last().click();
    await expect(page.getByRole('heading', { level: 2 })).toContainText(w.approved);
    await page.locator('main a[href="/enroll/agreement"]').click();
    await step(page, w.agreement);
    await page.locator('#accept').check();
    await submit(page).click();

    // Provisioning ends by itself (PC_PROVISIONING_SECONDS=3): the Overview, with the reminder.
    await expect(page).toHaveURL(/\/dashboard\/overview$/, { timeout: 30_000 });
    const reminder = page.locator('#admin-agent-reminder');
    await expect(reminder).toContainText(w.reminder);
    await expect(reminder.getByRole('link')).toHaveAttribute('href', /^\/account-settings\/users\/user\?id=/);
    await expectAccessible(page);
    await reminder.getByRole('link').click();
    await expect(page).toHaveURL(/\/account-settings\/users\/user\?id=/);
  });
}

test('a partner in France: Create one in France, the French organization, an address with French rules', async ({ page }) => {
  await page.goto('/enroll/create-one');
  await field(page, 'organizationDomain').fill(uniqueLabel());
  await field(page, 'organizationName').fill('Lumière Conseil');
  await field(page, 'country').selectOption('FR');
  await field(page, 'adminFirstName').fill('Camille');
  await field(page, 'adminLastName').fill('Martin');
  await field(page, 'password').fill(NEW_PASSWORD);
  await field(page, 'confirmPassword').fill(NEW_PASSWORD);
  await submit(page).click();
  await expect(page).toHaveURL(/\/enroll\/organization$/, { timeout: 15_000 });
  await page.locator('main button.button').first().click();
  await field(page, 'pmcUserName').fill(PMC_USER);
  await submit(page).click();
  await field(page, 'pmcPassword').fill(PMC_PASSWORD);
  await submit(page).click();
  // The tenant is in France: the French organization is the one to choose, the US one is not.
  await expect(page.locator('#org-4567891')).toBeChecked();
  await expect(page.locator('#org-4567890')).toBeDisabled();
  await submit(page).click();
  await expect(page).toHaveURL(/\/enroll\/details$/);
  await expect(field(page, 'legalBusinessProfile.address.country')).toHaveText('France');
  await fillDetails(page, 'camille.martin@lumiere-conseil.fr');
  await field(page, 'legalBusinessProfile.address.city').fill('Paris');
  await field(page, 'legalBusinessProfile.address.province').fill('');
  // Four digits are not a French postal code.
  await field(page, 'legalBusinessProfile.address.postalCode').fill('7500');
  await submit(page).click();
  await expect(page.getByRole('main')).toContainText("Enter a postal code in the format used in the address's country/region.");
  await field(page, 'legalBusinessProfile.address.postalCode').fill('75008');
  await submit(page).click();
  await expect(page).toHaveURL(/\/enroll\/status$/);
  const e = await enrollmentOf(page);
  expect(e.mpnId).toBe('4567891');
});

/** A new global organization's admin, signed in through the API. */
async function newSignedIn(page: Page) {
  const label = uniqueLabel();
  const upn = `admin@${label}.onmicrosoft.com`;
  const created = await page.request.post('/api/v1/accounts', {
    headers: { ...CLIENT, 'MS-RequestId': randomUUID() },
    data: {
      organizationDomain: `${label}.onmicrosoft.com`, organizationName: 'Northwind IT Services',
      adminFirstName: 'Dana', adminLastName: 'Whitley', userName: 'admin', password: NEW_PASSWORD,
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  const s = await page.request.post('/api/v1/sessions', {
    headers: { ...CLIENT, 'MS-RequestId': randomUUID() }, data: { userName: upn, password: NEW_PASSWORD },
  });
  expect(s.status()).toBe(201);
  return upn;
}

/** Through the API: PMC sign-in and the US organization, then (optionally) Enroll now. */
async function throughApi(page: Page, submitToo: boolean) {
  const post = (path: string, data: unknown) => page.request.post(`/api/v1${path}`, {
    headers: { ...CLIENT, 'MS-RequestId': randomUUID() }, data,
  });
  expect((await post('/enrollment/pmc/signin', { userName: PMC_USER, password: PMC_PASSWORD })).status()).toBe(200);
  expect((await post('/enrollment/mpn', { mpnId: '4567890' })).status()).toBe(200);
  if (!submitToo) {
    // What the app keeps once the organization is chosen (its draft): the MPN ID, the
    // organization, and the address's country (the tenant's).
    const draft = await page.request.put('/api/v1/enrollment/draft', {
      headers: { ...CLIENT, 'If-Match': '*' },
      data: {
        mpnId: '4567890', pmcOrganization: { userName: PMC_USER, name: 'Fabrikam, Inc.', country: 'US' },
        legalBusinessProfile: { address: { country: 'US' } },
      },
    });
    expect(draft.status(), await draft.text()).toBe(200);
    return '';
  }
  const r = await post('/enrollment', {
    mpnId: '4567890',
    legalBusinessProfile: {
      companyName: 'Northwind IT Services Ltd.',
      address: { country: 'US', city: 'Seattle', addressLine1: '500 Pine Street', postalCode: '98101' },
      primaryContact: { firstName: 'Dana', lastName: 'Whitley', email: 'dana@northwind-it.com', phoneNumber: '+1 206 555 0142' },
    },
    approvalContact: { firstName: 'Dana', lastName: 'Whitley', email: 'dana@northwind-it.com', phoneNumber: '+1 206 555 0142' },
    supportProfile: { website: 'https://support.northwind-it.com', email: 'support@northwind-it.com', telephone: '+1 206 555 0100' },
  });
  expect(r.status(), await r.text()).toBe(201);
  return (await r.json()).emailVerification.debugUrl as string;
}

test('PMC refusals: a wrong password, and an organization in another country', async ({ page }) => {
  await newSignedIn(page);
  await page.goto('/enroll/resume');
  await expect(page).toHaveURL(/\/enroll\/organization$/);
  await page.locator('main button.button').first().click();
  await field(page, 'pmcUserName').fill(PMC_USER);
  await submit(page).click();
  await field(page, 'pmcPassword').fill('Not-The-Password-1');
  await submit(page).click();
  await expect(page.getByRole('main')).toContainText('The Partner Membership Center user name or password is incorrect.');
  // Not an ended Partner Center session: still here, signed in, the user name kept.
  await expect(page).toHaveURL(/\/enroll\/organization$/);
  await expect(field(page, 'pmcUserName')).toHaveValue(PMC_USER);

  // The French organization is not offered (the tenant is in the US)...
  await field(page, 'pmcPassword').fill(PMC_PASSWORD);
  await submit(page).click();
  await expect(page.locator('#org-4567891')).toBeDisabled();
  await expect(page.getByRole('main')).toContainText('this organization profile is located in France');
  // ... and should a client offer it anyway, the server refuses it and the page says why.
  await page.locator('main button.button-secondary').click();
  await submit(page).click();
  await page.route('**/api/v1/enrollment/pmc/signin', async (route) => {
    const r = await route.fetch();
    const body = await r.json();
    for (const o of body.organizations) { o.eligible = true; delete o.ineligibleReason; }
    await route.fulfill({ response: r, json: body });
  });
  await field(page, 'pmcPassword').fill(PMC_PASSWORD);
  await submit(page).click();
  await page.locator('#org-4567891').check();
  await submit(page).click();
  await expect(page.getByRole('main')).toContainText(
    "This organization profile isn't located in the same country/region as your Azure AD tenant.");
  await expect(page).toHaveURL(/\/enroll\/organization$/);
  await expectAccessible(page);
});

test('steps cannot be skipped by address: the details wait for an organization', async ({ page }) => {
  await newSignedIn(page);
  for (const path of ['/enroll/details', '/enroll/status', '/enroll/agreement']) {
    await page.goto(path);
    await expect(page, path).toHaveURL(/\/enroll\/organization$/);
  }
});

test('the e-mail link: valid once, then used; expired; another organization\'s; a new one too soon', async ({
  page, browser,
}) => {
  await newSignedIn(page);
  const link = await throughApi(page, true);
  // A new link asked for right after the first: the server's 429 and its Retry-After, in words.
  await page.goto('/enroll/status');
  await page.locator('#resend-link').click();
  await expect(page.getByRole('main')).toContainText(/A link was sent a moment ago\. Wait \d+ seconds/);
  await expect(page).toHaveURL(/\/enroll\/status$/);
  // Once the server sends one (its 202, as it answers 30 seconds later), the page says so.
  await page.route('**/api/v1/enrollment/emailverification', (route) => route.fulfill({
    status: 202, contentType: 'application/json',
    body: JSON.stringify({ email: 'dana@northwind-it.com', sentAt: '2026-12-05T10:00:00Z', expiresAt: '2026-12-12T10:00:00Z', attributes: {} }),
  }), { times: 1 });
  await page.locator('#resend-link').click();
  await expect(page.getByRole('main')).toContainText('We sent a new link to dana@northwind-it.com.');
  await page.waitForTimeout(500);
  await expect(page.getByRole('main')).toContainText('We sent a new link to dana@northwind-it.com.');
  const second = link;

  // Another organization's admin opening it is told so, and verifies nothing.
  const other = await browser.newPage();
  await newSignedIn(other);
  await other.goto(second);
  await expect(other.locator('#verify-dead')).toContainText("belongs to another organization's enrollment");
  await other.close();

  // The right one verifies; opened again, it says it was used.
  await page.goto(second);
  await expect(page.locator('#verify-done')).toBeVisible();
  await page.goto(second);
  await expect(page.locator('#verify-dead')).toContainText('This verification link has already been used');
  await expectAccessible(page);

  // Expired (the server's 410 for a link past PC_EMAIL_LINK_SECONDS, which this server keeps long).
  await page.route('**/api/v1/enrollment/emailverification/*/verify', (route) => route.fulfill({
    status: 410, contentType: 'application/json',
    body: JSON.stringify({ code: 'email_link_expired', description: 'expired', data: [] }),
  }));
  await page.goto('/enroll/verify-email/an-old-token');
  await expect(page.locator('#verify-dead')).toContainText('This verification link has expired.');
  await page.goto('/enroll/verify-email/%20');
  await expect(page.locator('#verify-dead')).toContainText("This verification link isn't valid.");
});

test('a server error on Enroll now keeps every field, and Try again submits once', async ({ page }) => {
  await newSignedIn(page);
  await throughApi(page, false);
  await page.goto('/enroll/details');
  await fillDetails(page);
  let calls = 0;
  await page.route('**/api/v1/enrollment', async (route) => {
    if (route.request().method() !== 'POST') return route.fallback();
    calls += 1;
    if (calls === 1) return route.fulfill({ status: 500, contentType: 'application/json', body: '{"code":"internal_error","description":"x","data":[]}' });
    return route.fallback();
  });
  await submit(page).click();
  await expect(page.getByRole('alert').first()).toBeVisible();
  await expect(field(page, 'legalBusinessProfile.companyName')).toHaveValue('Northwind IT Services Ltd.');
  await submit(page).click();
  await expect(page).toHaveURL(/\/enroll\/status$/);
  const { status } = await enrollmentOf(page);
  expect(status).toBe('pending_email_verification');
});

test('a session that ends on Enroll now: sign in again, back on the step, nothing lost; a double click enrolls once', async ({
  page,
}) => {
  const upn = await newSignedIn(page);
  await throughApi(page, false);
  await page.goto('/enroll/details');
  await fillDetails(page);
  await page.route('**/api/v1/enrollment', (route) => route.request().method() === 'POST'
    ? route.fulfill({ status: 401, contentType: 'application/json', body: '{"code":"session_required","description":"x","data":[]}' })
    : route.fallback(), { times: 1 });
  await submit(page).click();
  await expect(page).toHaveURL(/\/signin\?.*returnUrl=%2Fenroll%2Fdetails/);
  await page.locator('#userName').fill(upn);
  await page.locator('#password').fill(NEW_PASSWORD);
  await page.locator('form button[type=submit]').click();
  await expect(page).toHaveURL(/\/enroll\/details$/);
  await expect(field(page, 'legalBusinessProfile.address.postalCode')).toHaveValue('98101');
  await expect(field(page, 'supportProfile.telephone')).toHaveValue('+1 206 555 0100');

  const posts: string[] = [];
  page.on('request', (r) => {
    if (new URL(r.url()).pathname === '/api/v1/enrollment' && r.method() === 'POST') posts.push(r.headers()['ms-requestid']);
  });
  await submit(page).dblclick();
  await expect(page).toHaveURL(/\/enroll\/status$/);
  expect(new Set(posts).size).toBe(1);
});

const otherLocales: Record<string, string> = {
  'zh-TW': '連結您的 MPN 識別碼',
  'ko-KR': 'MPN ID 연결',
  'fr-FR': 'Associer votre ID MPN',
};

for (const [tag, heading] of Object.entries(otherLocales)) {
  test(`${tag} at 360 px: Welcome, the MPN association and the details fit, in the language`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await useLocale(page, tag);
    await newSignedIn(page);
    await page.goto('/enroll/organization');
    await expect(h1(page)).toContainText(heading);
    await expectNoOverflow(page, `${tag} organization`);
    await throughApi(page, false);
    await page.goto('/enroll/details');
    await expect(page.locator('main form')).toBeVisible();
    await expectNoOverflow(page, `${tag} details`);
    // No English left but the names (MPN, Microsoft, Partner Membership Center).
    const text = (await page.locator('main').innerText())
      .replace(/Partner Membership Center|Microsoft|MPN|ID|Azure AD|https?:\S+/g, '');
    expect(text).not.toMatch(/\b(Enter|Select|Provide|Primary contact|Business)\b/);
    await page.goto('/enroll');
    await expectNoOverflow(page, `${tag} welcome`);
  });
}
