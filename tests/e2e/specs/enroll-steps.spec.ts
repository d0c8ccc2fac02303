// The first enrollment steps as a partner meets them: "Create a Partner Center account", the
// telephone challenge and the account-created confirmation; bad input, reloads, faults, an
// expired session, double clicks and skipping ahead by URL.
import { test, expect, type Page } from '@playwright/test';
import { randomUUID } from 'node:crypto';
import { expectAccessible, useLocale } from './support';
import { codeFrom, fillAccountStep, newPartner, newSignedInPartner } from './enroll-support';

const field = (page: Page, id: string) => page.locator(`[id="${id}"]`);

const T = {
  'en-US': {
    account: 'Create a Partner Center account', phone: 'Verify your telephone number', created: 'Your Partner Center account has been created',
    postal: 'Enter the 6-digit postal code, like 200120.', checksum: 'This Unified Social Credit Code is not valid.',
    required: 'Legal business name is required.', problem: 'There is a problem', cont: 'Continue', send: 'Send code', verify: 'Verify',
    wrong: 'The code is not correct.', create: 'Create account', chinaPhone: 'Enter a China mobile number',
  },
  'zh-CN': {
    account: '创建合作伙伴中心帐户', phone: '验证电话号码', created: '你的合作伙伴中心帐户已创建',
    postal: '请输入 6 位邮政编码，例如 200120。', checksum: '此统一社会信用代码无效。',
    required: '请填写“法定企业名称”。', problem: null, cont: '继续', send: '发送验证码', verify: '验证',
    wrong: '验证码不正确。', create: '创建帐户', chinaPhone: '请输入中国手机号码',
  },
} as const;

for (const tag of ['en-US', 'zh-CN'] as const) {
  const t = T[tag];
  test.describe(`enrollment steps in ${tag}`, () => {
    test.beforeEach(async ({ page }) => { await useLocale(page, tag); });

    test('the account step checks fields on blur and on submit, keeps typing over a reload, and is accessible', async ({ page }) => {
      await newSignedInPartner(page);
      await page.goto('/enroll/resume');
      await expect(page).toHaveURL(/\/enroll\/account$/);
      await expect(page.getByRole('heading', { level: 1, name: t.account })).toBeVisible();
      // Where the partner is in the journey, read with the heading.
      await expect(page.getByRole('heading', { level: 1 })).toContainText(tag === 'en-US' ? 'Step 1 of 5' : '第 1 步，共 5 步');
      await expect(page.locator('[aria-current="step"]')).toHaveText(t.account);
      await expectAccessible(page);

      await field(page, 'legalBusinessProfile.address.postalCode').fill('20012');
      await field(page, 'legalBusinessProfile.address.postalCode').blur();
      await expect(page.getByText(t.postal)).toBeVisible();
      await expect(field(page, 'legalBusinessProfile.address.postalCode')).toHaveAttribute('aria-invalid', 'true');
      await field(page, 'legalBusinessProfile.unifiedSocialCreditCode').fill('91350100M000100Y44');
      await field(page, 'legalBusinessProfile.unifiedSocialCreditCode').blur();
      await expect(page.getByText(t.checksum)).toBeVisible();

      await field(page, 'legalBusinessProfile.companyName').fill('');
      await page.getByRole('button', { name: t.cont }).click();
      const summary = page.getByRole('alert').filter({ has: page.getByRole('heading') });
      await expect(summary).toBeFocused();
      await expect(summary.getByRole('link', { name: t.required })).toBeVisible();
      await summary.getByRole('link', { name: t.required }).click();
      await expect(field(page, 'legalBusinessProfile.companyName')).toBeFocused();
      await expectAccessible(page);

      await page.reload();
      await expect(field(page, 'legalBusinessProfile.unifiedSocialCreditCode')).toHaveValue('91350100M000100Y44');
      await expect(field(page, 'legalBusinessProfile.address.postalCode')).toHaveValue('20012');
    });

    test('the whole first part: account, telephone challenge with a wrong code, confirmation, sign in again', async ({ page }) => {
      const p = await newSignedInPartner(page);
      await page.goto('/enroll');
      await page.getByRole('link', { name: tag === 'en-US' ? 'Start enrollment' : '开始注册' }).click();
      await expect(page).toHaveURL(/\/enroll\/account$/);
      await fillAccountStep(page);
      await page.getByRole('button', { name: t.cont }).click();

      await expect(page.getByRole('heading', { level: 1, name: t.phone })).toBeFocused();
      await expect(field(page, 'phoneNumber')).toHaveValue('0755-8888-1234');
      await field(page, 'phoneNumber').fill('+1 425 555 0100');
      await page.getByRole('button', { name: t.send }).click();
      await expect(page.getByRole('alert').getByText(t.chinaPhone)).toBeVisible();
      await field(page, 'phoneNumber').fill('+86 138 1234 5678');
      const code = await codeFrom(page, () => page.getByRole('button', { name: t.send }).click());
      await expectAccessible(page);
      const wrong = code === '000000' ? '111111' : '000000';
      await field(page, 'code').fill(wrong);
      await page.getByRole('button', { name: t.verify, exact: true }).click();
      await expect(page.getByRole('alert').getByText(t.wrong)).toBeVisible();
      await page.reload();
      await field(page, 'code').fill(code);
      await page.getByRole('button', { name: t.verify, exact: true }).click();
      await expect(page.getByRole('status').filter({ hasText: '13812345678' })).toBeVisible();
      await expectAccessible(page);
      await page.getByRole('button', { name: t.create }).click();

      await expect(page.getByRole('heading', { level: 1, name: t.created })).toBeVisible();
      await expect(page.getByText(p.userName)).toBeVisible();
      await expectAccessible(page);
      await page.getByRole('button', { name: t.cont }).click();
      await expect(page).toHaveURL(/\/signin\?returnUrl=%2Fenroll%2Fresume$/);
      await expect(page.locator('#userName')).toHaveValue(p.userName);
      await page.locator('#password').fill(p.password);
      await page.locator('form button[type=submit]').click();
      await expect(page).toHaveURL(/\/enroll\/program$/);
      // The confirmation is shown once.
      await page.goto('/enroll/account-created');
      await expect(page).toHaveURL(/\/enroll\/program$/);
    });
  });
}

test('steps cannot be skipped by URL', async ({ page }) => {
  await newSignedInPartner(page);
  for (const path of ['/enroll/phone', '/enroll/account-created', '/enroll/program', '/enroll/review', '/enroll/status', '/enroll/agreement']) {
    await page.goto(path);
    await expect(page, path).toHaveURL(/\/enroll\/account$/);
  }
});

test('a session that expires mid-step comes back to the same step with the typing intact', async ({ page, context }) => {
  const p = await newSignedInPartner(page);
  await page.goto('/enroll/account');
  await fillAccountStep(page);
  await context.clearCookies();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page).toHaveURL(/\/signin\?reason=expired/);
  await expect(page.getByRole('status').filter({ hasText: 'session' })).toBeVisible();
  await page.locator('#userName').fill(p.userName);
  await page.locator('#password').fill(p.password);
  await page.locator('form button[type=submit]').click();
  await expect(page).toHaveURL(/\/enroll\/account$/);
  await expect(field(page, 'legalBusinessProfile.unifiedSocialCreditCode')).toHaveValue('91350100M000100Y43');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page).toHaveURL(/\/enroll\/phone$/);
});

const faults: [string, (page: Page) => Promise<void>, string][] = [
  ['a 500', (page) => page.route('**/api/v1/enrollment/draft', (r) => r.request().method() === 'PUT'
    ? r.fulfill({ status: 500, contentType: 'application/json', body: '{"code":"internal","description":"x"}' }) : r.continue()),
    'Something went wrong on our side'],
  ['a timeout', (page) => page.route('**/api/v1/enrollment/draft', (r) => r.request().method() === 'PUT' ? r.abort('timedout') : r.continue()),
    ''],
  ['malformed JSON', (page) => page.route('**/api/v1/enrollment/draft', (r) => r.request().method() === 'PUT'
    ? r.fulfill({ status: 200, contentType: 'application/json', body: '{' }) : r.continue()),
    "couldn't be read"],
];
for (const [name, inject, message] of faults) {
  test(`${name} on Continue keeps the form, and trying again works`, async ({ page }) => {
    await newSignedInPartner(page);
    await page.goto('/enroll/account');
    await fillAccountStep(page);
    await inject(page);
    await page.getByRole('button', { name: 'Continue' }).click();
    const summary = page.getByRole('alert').filter({ has: page.getByRole('heading') });
    await expect(summary).toBeVisible({ timeout: 20_000 });
    if (message) await expect(summary).toContainText(message);
    await expect(field(page, 'legalBusinessProfile.companyName')).toHaveValue('深圳蓝海数据服务有限公司');
    await page.unrouteAll();
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page).toHaveURL(/\/enroll\/phone$/);
  });
}

test('offline on Continue keeps the form, and trying again online works', async ({ page, context }) => {
  await newSignedInPartner(page);
  await page.goto('/enroll/account');
  await fillAccountStep(page);
  await context.setOffline(true);
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('alert').filter({ hasText: "You're offline" })).toBeVisible();
  await context.setOffline(false);
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page).toHaveURL(/\/enroll\/phone$/);
});

test('double clicks send one code, and a code asked for too soon waits as the server says', async ({ page }) => {
  await newSignedInPartner(page);
  await page.goto('/enroll/account');
  await fillAccountStep(page);
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page).toHaveURL(/\/enroll\/phone$/);
  let sent = 0;
  page.on('request', (r) => { if (r.method() === 'POST' && new URL(r.url()).pathname === '/api/v1/phonechallenges') sent++; });
  await page.getByRole('button', { name: 'Send code' }).dblclick();
  await expect(field(page, 'code')).toBeVisible();
  expect(sent).toBe(1);
  const resend = page.getByRole('button', { name: 'Send a new code' });
  await expect(resend).toHaveAttribute('aria-disabled', 'true');
  await expect(page.getByText(/You can ask for a new code in \d+ seconds?\./)).toBeVisible();
});

test('an expired code says so and a new code can be asked for', async ({ page }) => {
  await newSignedInPartner(page);
  await page.goto('/enroll/account');
  await fillAccountStep(page);
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('button', { name: 'Send code' }).click();
  await page.route('**/api/v1/phonechallenges/*/verify', (r) => r.fulfill({
    status: 410, contentType: 'application/json',
    body: '{"code":"code_expired","description":"The code has expired; request a new one.","data":[]}',
  }));
  await field(page, 'code').fill('123456');
  await page.getByRole('button', { name: 'Verify', exact: true }).click();
  await expect(page.getByRole('alert').getByText('The code has expired. Ask for a new code.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Send a new code' })).toBeVisible();
});

test('a partner who signs in again mid-enrollment lands on their step', async ({ page }) => {
  const p = await newPartner(page);
  await page.goto('/signin');
  await page.locator('#userName').fill(p.userName);
  await page.locator('#password').fill(p.password);
  await page.locator('form button[type=submit]').click();
  await expect(page).toHaveURL(/\/enroll\/account$/);
});

test('the contract lengths and formats are checked at the fields', async ({ page }) => {
  await newSignedInPartner(page);
  await page.goto('/enroll/account');
  await fillAccountStep(page);
  await field(page, 'legalBusinessProfile.companyName').fill('深'.repeat(101));
  await field(page, 'legalBusinessProfile.address.addressLine1').fill('路'.repeat(201));
  await field(page, 'legalBusinessProfile.primaryContact.email').fill('lin.hai@');
  await field(page, 'legalBusinessProfile.primaryContact.phoneNumber').fill('12');
  await page.getByRole('button', { name: 'Continue' }).click();
  const summary = page.getByRole('alert').filter({ has: page.getByRole('heading') });
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('Legal business name must be 100 characters or fewer.');
  await expect(summary).toContainText('Address line 1 must be 200 characters or fewer.');
  await expect(summary).toContainText('Enter an email address in the correct format');
  await expect(summary).toContainText('Enter a telephone number of 5 to 15 digits');
  await expect(page).toHaveURL(/\/enroll\/account$/);
});

test('the server gives the same field errors for the same bad input', async ({ page }) => {
  // What the browser would refuse, sent straight to the API: the server's own checks.
  await newSignedInPartner(page);
  const r = await page.request.post('/api/v1/enrollment', {
    headers: { 'MS-PartnerCenter-Client': 'partner-center-web', 'MS-RequestId': randomUUID() },
    data: {
      mpnId: '61a9485',
      legalBusinessProfile: {
        companyName: '深圳蓝海数据服务有限公司',
        address: { country: 'CN', province: '广东省', city: '深圳市', district: '南山区', addressLine1: '深南大道9988号', postalCode: '20012' },
        unifiedSocialCreditCode: '91350100M000100Y44',
        primaryContact: { firstName: '海', lastName: '林', email: 'lin.hai@', phoneNumber: '12' },
      },
      approvalContact: { firstName: '海', lastName: '林', email: 'lin.hai@lanhai-data.cn', phoneNumber: '13912345678' },
      supportProfile: { website: 'http://www.lanhai-data.cn', email: 'support@lanhai-data.cn', telephone: '400-800-1234' },
    },
  });
  expect(r.status()).toBe(400);
  const codes = Object.fromEntries((await r.json()).data.map((d: { field: string; code: string }) => [d.field, d.code]));
  expect(codes).toMatchObject({
    mpnId: 'invalid_format',
    'legalBusinessProfile.address.postalCode': 'invalid_format',
    'legalBusinessProfile.unifiedSocialCreditCode': 'invalid_checksum',
    'legalBusinessProfile.primaryContact.email': 'invalid_format',
    'legalBusinessProfile.primaryContact.phoneNumber': 'invalid_format',
    'supportProfile.website': 'invalid_format',
  });
});

const phoneFaults: [string, (page: Page, context: import('@playwright/test').BrowserContext) => Promise<void>][] = [
  ['a 500', (page) => page.route('**/api/v1/phonechallenges', (r) => r.fulfill({ status: 500, contentType: 'application/json', body: '{"code":"internal","description":"x"}' }))],
  ['a timeout', (page) => page.route('**/api/v1/phonechallenges', (r) => r.abort('timedout'))],
  ['malformed JSON', (page) => page.route('**/api/v1/phonechallenges', (r) => r.fulfill({ status: 201, contentType: 'application/json', body: '{' }))],
  ['offline', (_page, context) => context.setOffline(true)],
];
for (const [name, inject] of phoneFaults) {
  test(`${name} when sending the code keeps the number, and trying again sends one code`, async ({ page, context }) => {
    await newSignedInPartner(page);
    await page.goto('/enroll/account');
    await fillAccountStep(page);
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page).toHaveURL(/\/enroll\/phone$/);
    await field(page, 'phoneNumber').fill('13812345678');
    await inject(page, context);
    await page.getByRole('button', { name: 'Send code' }).click();
    await expect(page.getByRole('alert').filter({ has: page.getByRole('heading') })).toBeVisible({ timeout: 20_000 });
    await expect(field(page, 'phoneNumber')).toHaveValue('13812345678');
    await page.unrouteAll();
    await context.setOffline(false);
    const code = await codeFrom(page, () => page.getByRole('button', { name: 'Send code' }).click());
    await field(page, 'code').fill(code);
    await page.getByRole('button', { name: 'Verify', exact: true }).click();
    await expect(page.locator('.notice-success')).toBeVisible();
  });
}

test('double clicks on Continue and Create account save once each', async ({ page }) => {
  await newSignedInPartner(page);
  await page.goto('/enroll/account');
  await fillAccountStep(page);
  let puts = 0;
  page.on('request', (r) => { if (r.method() === 'PUT' && new URL(r.url()).pathname === '/api/v1/enrollment/draft') puts++; });
  await page.getByRole('button', { name: 'Continue' }).dblclick();
  await expect(page).toHaveURL(/\/enroll\/phone$/);
  expect(puts).toBe(1);
  const code = await codeFrom(page, () => page.getByRole('button', { name: 'Send code' }).click());
  await field(page, 'code').fill(code);
  await page.getByRole('button', { name: 'Verify', exact: true }).dblclick();
  await expect(page.locator('.notice-success')).toBeVisible();
  await page.getByRole('button', { name: 'Create account' }).dblclick();
  await expect(page).toHaveURL(/\/enroll\/account-created$/);
  expect(puts).toBe(2);
});
