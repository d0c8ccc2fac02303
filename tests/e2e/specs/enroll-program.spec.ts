import { test, expect, type Page, type Route } from '@playwright/test';
import { randomUUID } from 'node:crypto';
import { expectAccessible, useLocale } from './support';

// "Enroll in the Cloud Solution Provider program" and "Review and submit", as a new partner
// does them: a work account created with "Create one", signed in, the account step and the
// telephone challenge already done (through the API, which the earlier steps' specs cover).

const PASSWORD = 'Cloud-Partner-2027';
const KNOWN_MPN = { id: '6129485', name: '北京蓝云恒通科技有限公司' };
// Tests that submit without a lookup start from a draft with another ID the server knows.
const SUBMITTABLE_MPN = '6107712';
const COMPANY = '深圳蓝海数据服务有限公司';

function headers(extra: Record<string, string> = {}) {
  return {
    'MS-PartnerCenter-Client': 'partner-center-web',
    'MS-RequestId': randomUUID(),
    'MS-CorrelationId': randomUUID(),
    ...extra,
  };
}

async function call(page: Page, method: string, path: string, data?: unknown, extra: Record<string, string> = {}) {
  const res = await page.request.fetch(`/api/v1${path}`, { method, headers: headers(extra), data });
  expect(res.ok(), `${method} ${path}: ${res.status()} ${await res.text()}`).toBeTruthy();
  return res.status() === 204 ? null : res.json();
}

const legalBusinessProfile = {
  companyName: COMPANY,
  address: { country: 'CN', province: '广东省', city: '深圳市', district: '南山区', addressLine1: '科技园南区深南大道9988号', addressLine2: '', postalCode: '200120' },
  unifiedSocialCreditCode: '91350100M000100Y43',
  primaryContact: { firstName: '海', lastName: '林', email: 'lin.hai@lanhai-data.cn', phoneNumber: '0755-8888-1234' },
};

const programDetails = {
  mpnId: SUBMITTABLE_MPN,
  approvalContact: { firstName: '海', lastName: '林', email: 'lin.hai@lanhai-data.cn', phoneNumber: '13912345678' },
  supportProfile: { website: 'https://www.lanhai-data.cn', email: 'support@lanhai-data.cn', telephone: '400-800-1234' },
};

/**
 * A new partner organization whose global admin is signed in (the session cookie is in the
 * page's context) and who has completed the steps up to `step`: `created` (the program step is
 * next) or `program` (the review is next, the program details filled in).
 */
async function newPartner(page: Page, step: 'created' | 'program' = 'created') {
  const label = `e2e-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  const account = await call(page, 'POST', '/accounts', {
    organizationDomain: `${label}.partner.onmschina.cn`,
    organizationName: COMPANY,
    adminFirstName: '海',
    adminLastName: '林',
    userName: 'lin.hai',
    password: PASSWORD,
    cloud: 'china',
  });
  await call(page, 'POST', '/sessions', { userName: account.userPrincipalName, password: PASSWORD });
  const challenge = await call(page, 'POST', '/phonechallenges', { phoneNumber: '13812345678' });
  expect(challenge.debugCode, 'the server runs with PC_EXPOSE_CODES=1').toMatch(/^\d{6}$/);
  await call(page, 'POST', `/phonechallenges/${challenge.challengeId}/verify`, { code: challenge.debugCode });
  const empty = {
    mpnId: '',
    approvalContact: { firstName: '', lastName: '', email: '', phoneNumber: '' },
    supportProfile: { website: '', email: '', telephone: '' },
  };
  await call(
    page,
    'PUT',
    '/enrollment/draft',
    {
      step,
      legalBusinessProfile,
      ...(step === 'program' ? programDetails : empty),
      phoneNumber: challenge.phoneNumber,
      phoneChallengeId: challenge.challengeId,
    },
    { 'If-Match': '*' },
  );
  return account;
}

async function enrollmentStatus(page: Page) {
  return (await call(page, 'GET', '/enrollment')).status as string;
}

type Texts = {
  tag: string;
  programTitle: string;
  reviewTitle: string;
  mpn: string;
  found: string;
  sameAsAdmin: string;
  firstName: string;
  email: string;
  phone: string;
  website: string;
  supportEmail: string;
  supportPhone: string;
  continue: string;
  confirm: string;
  submit: string;
  httpsError: string;
  emailError: string;
  phoneError: string;
  mpnNotFound: string;
  personal: string;
  problem: string;
  legal: string;
};

const EN: Texts = {
  tag: 'en-US',
  programTitle: 'Enroll in the Cloud Solution Provider program',
  reviewTitle: 'Review and submit',
  mpn: 'MPN ID',
  found: `MPN ID found: ${KNOWN_MPN.name}`,
  sameAsAdmin: 'Same as the global admin',
  firstName: 'First name',
  email: 'Email',
  phone: 'Phone number',
  website: 'Support website',
  supportEmail: 'Support email',
  supportPhone: 'Support phone number',
  continue: 'Continue',
  confirm: 'I confirm that the information I provided is accurate.',
  submit: 'Submit',
  httpsError: 'Enter a web address that starts with https://',
  emailError: 'Enter an email address in the correct format',
  phoneError: 'Enter a telephone number of 5 to 15 digits',
  mpnNotFound: "We couldn't find this MPN ID.",
  personal: 'This looks like a personal email address.',
  problem: 'There is a problem',
  legal: 'Legal business profile',
};

const ZH: Texts = {
  tag: 'zh-CN',
  programTitle: '注册云解决方案提供商计划',
  reviewTitle: '检查并提交',
  mpn: 'MPN ID（合作伙伴网络 ID）',
  found: `已找到 MPN ID：${KNOWN_MPN.name}`,
  sameAsAdmin: '与全局管理员相同',
  firstName: '名',
  email: '电子邮件',
  phone: '电话号码',
  website: '支持网站',
  supportEmail: '支持电子邮件',
  supportPhone: '支持电话号码',
  continue: '继续',
  confirm: '我确认我提供的信息准确无误。',
  submit: '提交',
  httpsError: '请输入以 https:// 开头的网址',
  emailError: '请输入格式正确的电子邮件地址',
  phoneError: '请输入 5 到 15 位数字的电话号码',
  mpnNotFound: '找不到此 MPN ID。',
  personal: '这似乎是个人电子邮件地址。',
  problem: '出现问题',
  legal: '法定企业资料',
};

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const field = (page: Page, label: string) => page.getByLabel(label, { exact: true });

async function fillProgram(page: Page, t: Texts, approvalEmail?: string) {
  await field(page, t.mpn).fill(KNOWN_MPN.id);
  await field(page, t.mpn).press('Tab');
  await expect(page.getByRole('status').filter({ hasText: t.found })).toBeVisible();
  await page.getByLabel(t.sameAsAdmin).check();
  await expect(field(page, t.firstName)).toHaveValue('海');
  if (approvalEmail) await field(page, t.email).fill(approvalEmail);
  await field(page, t.phone).fill('139 1234 5678');
  await field(page, t.website).fill('https://www.lanhai-data.cn');
  await field(page, t.supportEmail).fill('support@lanhai-data.cn');
  await field(page, t.supportPhone).fill('400-800-1234');
}

for (const t of [EN, ZH]) {
  test.describe(t.tag, () => {
    test.beforeEach(async ({ page }) => {
      await useLocale(page, t.tag);
    });

    test('program → review: the entries, both pages accessible', async ({ page }) => {
      await newPartner(page);
      await page.goto('/enroll/program');
      await expect(page.getByRole('heading', { level: 1, name: t.programTitle })).toBeVisible();
      await expectAccessible(page);
      // The legal business profile from the account step, read-only, with a way back.
      const legal = page.getByRole('region', { name: t.legal });
      await expect(legal.getByText(COMPANY)).toBeVisible();
      await expect(legal.getByText('91350100M000100Y43')).toBeVisible();
      await expect(legal.getByRole('link')).toHaveAttribute('href', '/enroll/account');

      await fillProgram(page, t);
      await expectAccessible(page);
      await page.getByRole('button', { name: t.continue }).click();

      await expect(page).toHaveURL(/\/enroll\/review$/);
      await expect(page.getByRole('heading', { level: 1, name: t.reviewTitle })).toBeVisible();
      for (const v of [COMPANY, '91350100M000100Y43', KNOWN_MPN.id, 'https://www.lanhai-data.cn', '13812345678', '139 1234 5678']) {
        await expect(page.getByText(v, { exact: true }).first()).toBeVisible();
      }
      await expectAccessible(page);
    });

    test('review → submit lands on the status page, pending review', async ({ page }) => {
      await newPartner(page, 'program');
      await page.goto('/enroll/review');
      await expect(page.getByRole('heading', { level: 1, name: t.reviewTitle })).toBeVisible();
      await page.getByLabel(t.confirm).check();
      await page.getByRole('button', { name: t.submit }).click();
      await expect(page).toHaveURL(/\/enroll\/status$/);
      expect(await enrollmentStatus(page)).toBe('pending_review');
    });

    test('bad input shows at the fields on blur and in the summary on Continue', async ({ page }) => {
      await newPartner(page);
      await page.goto('/enroll/program');
      await field(page, t.website).fill('http://www.lanhai-data.cn');
      await field(page, t.website).press('Tab');
      await expect(field(page, t.website)).toHaveAttribute('aria-invalid', 'true');
      await expect(field(page, t.website)).toHaveAccessibleDescription(new RegExp(escape(t.httpsError)));
      await field(page, t.supportEmail).fill('support@');
      await field(page, t.supportEmail).press('Tab');
      await expect(field(page, t.supportEmail)).toHaveAttribute('aria-invalid', 'true');
      await expect(field(page, t.supportEmail)).toHaveAccessibleDescription(new RegExp(escape(t.emailError)));
      await field(page, t.supportPhone).fill('12');
      await field(page, t.supportPhone).press('Tab');
      await expect(field(page, t.supportPhone)).toHaveAttribute('aria-invalid', 'true');
      await expect(field(page, t.supportPhone)).toHaveAccessibleDescription(new RegExp(escape(t.phoneError)));

      await page.getByRole('button', { name: t.continue }).click();
      const summary = page.getByRole('alert').filter({ hasText: t.problem });
      await expect(summary).toBeFocused();
      await expect(summary.getByRole('link', { name: t.httpsError })).toBeVisible();
      await expect(summary.getByRole('link', { name: t.emailError })).toBeVisible();
      await expect(summary.getByRole('link', { name: t.phoneError })).toBeVisible();
      await expect(page).toHaveURL(/\/enroll\/program$/);
      // The summary leads to the field.
      await summary.getByRole('link', { name: t.httpsError }).click();
      await expect(field(page, t.website)).toBeFocused();
      await expectAccessible(page);
    });

    test('an unknown MPN ID is an error at the field', async ({ page }) => {
      await newPartner(page);
      await page.goto('/enroll/program');
      await field(page, t.mpn).fill('99999');
      await field(page, t.mpn).press('Tab');
      await expect(field(page, t.mpn)).toHaveAccessibleDescription(new RegExp(escape(t.mpnNotFound)));
      await expect(field(page, t.mpn)).toHaveAttribute('aria-invalid', 'true');
    });
  });
}

test('the whole journey with a looked-up MPN ID submits', async ({ page }) => {
  await newPartner(page);
  await page.goto('/enroll/program');
  await fillProgram(page, EN);
  await page.getByRole('button', { name: EN.continue }).click();
  await expect(page).toHaveURL(/\/enroll\/review$/);
  await page.getByLabel(EN.confirm).check();
  await page.getByRole('button', { name: EN.submit }).click();
  await expect(page).toHaveURL(/\/enroll\/status$/);
});

test('the other known China MPN IDs are found with their partner names', async ({ page }) => {
  await newPartner(page);
  await page.goto('/enroll/program');
  for (const id of ['6237710', '5874023']) {
    await field(page, EN.mpn).fill(id);
    await field(page, EN.mpn).press('Tab');
    await expect(page.getByRole('status').filter({ hasText: 'MPN ID found:' })).toBeVisible();
    await expect(field(page, EN.mpn)).toHaveAttribute('aria-invalid', 'false');
  }
});

test('an unknown MPN ID typed and submitted at once stops at the field', async ({ page }) => {
  await newPartner(page);
  await page.goto('/enroll/program');
  await fillProgram(page, EN);
  await field(page, EN.mpn).fill('99999');
  await page.getByRole('button', { name: EN.continue }).click();
  await expect(page.getByRole('alert').getByRole('link', { name: EN.mpnNotFound })).toBeVisible();
  await expect(page).toHaveURL(/\/enroll\/program$/);
});

test('a personal approval email warns but does not block', async ({ page }) => {
  await newPartner(page);
  await page.goto('/enroll/program');
  await fillProgram(page, EN, 'lin.hai@qq.com');
  await field(page, EN.email).press('Tab');
  await expect(page.getByRole('status').filter({ hasText: EN.personal })).toBeVisible();
  await expect(field(page, EN.email)).toHaveAttribute('aria-invalid', 'false');
  await page.getByRole('button', { name: EN.continue }).click();
  await expect(page).toHaveURL(/\/enroll\/review$/);
  await expect(page.getByText('lin.hai@qq.com')).toBeVisible();
});

test('a reload on the program page keeps what was typed', async ({ page }) => {
  await newPartner(page);
  await page.goto('/enroll/program');
  await field(page, EN.mpn).fill(KNOWN_MPN.id);
  await field(page, EN.website).fill('https://www.lanhai-data.cn/help');
  await field(page, EN.supportPhone).fill('400-800-1234');
  await page.reload();
  await expect(field(page, EN.mpn)).toHaveValue(KNOWN_MPN.id);
  await expect(field(page, EN.website)).toHaveValue('https://www.lanhai-data.cn/help');
  await expect(field(page, EN.supportPhone)).toHaveValue('400-800-1234');
});

test('the review cannot be opened before the program step is done', async ({ page }) => {
  await newPartner(page);
  await page.goto('/enroll/review');
  await expect(page).toHaveURL(/\/enroll\/program$/);
  await expect(page.getByRole('heading', { level: 1, name: EN.programTitle })).toBeVisible();
});

test('the review asks for the confirmation at the checkbox', async ({ page }) => {
  await newPartner(page, 'program');
  await page.goto('/enroll/review');
  await page.getByRole('button', { name: EN.submit }).click();
  const box = page.getByLabel(EN.confirm);
  await expect(box).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('alert')).toBeFocused();
  await page.getByRole('alert').getByRole('link', { name: /Confirm that the information/ }).click();
  await expect(box).toBeFocused();
  await expectAccessible(page);
  await page.keyboard.press('Space');
  await expect(box).toBeChecked();
  await expect(box).toHaveAttribute('aria-invalid', 'false');
  expect(await enrollmentStatus(page)).toBe('draft');
});

test('a double click on Submit makes one enrollment', async ({ page }) => {
  await newPartner(page, 'program');
  const ids: string[] = [];
  await page.route('**/api/v1/enrollment', async (route) => {
    if (route.request().method() !== 'POST') return route.continue();
    ids.push(route.request().headers()['ms-requestid'] ?? '');
    await new Promise((r) => setTimeout(r, 600));
    await route.continue();
  });
  await page.goto('/enroll/review');
  await page.getByLabel(EN.confirm).check();
  await page.getByRole('button', { name: EN.submit }).dblclick();
  await expect(page.getByRole('button', { name: 'Submitting…' })).toBeVisible();
  await expect(page).toHaveURL(/\/enroll\/status$/);
  expect(ids).toHaveLength(1);
  expect(await enrollmentStatus(page)).toBe('pending_review');
});

const faults: { name: string; fault: (r: Route) => Promise<void>; message: string }[] = [
  { name: 'HTTP 500', fault: (r) => r.fulfill({ status: 500, contentType: 'application/json', body: '{"code":"internal_error","description":"boom","data":[],"source":"x"}' }), message: 'Something went wrong on our side.' },
  { name: 'timeout', fault: (r) => r.abort('timedout'), message: 'Partner Center' },
  { name: 'malformed JSON', fault: (r) => r.fulfill({ status: 201, contentType: 'application/json', body: '{' }), message: "Partner Center sent a response that couldn't be read." },
];

for (const c of faults) {
  test(`submit: ${c.name} keeps the page, and the retry with the same request id succeeds`, async ({ page }) => {
    await newPartner(page, 'program');
    const ids: string[] = [];
    let failing = true;
    await page.route('**/api/v1/enrollment', async (route) => {
      if (route.request().method() !== 'POST') return route.continue();
      ids.push(route.request().headers()['ms-requestid'] ?? '');
      if (failing) return c.fault(route);
      return route.continue();
    });
    await page.goto('/enroll/review');
    await page.getByLabel(EN.confirm).check();
    await page.getByRole('button', { name: EN.submit }).click();
    await expect(page.getByRole('alert')).toContainText(c.message);
    await expect(page.getByRole('alert')).toBeFocused();
    await expect(page).toHaveURL(/\/enroll\/review$/);
    await expect(page.getByLabel(EN.confirm)).toBeChecked();

    failing = false;
    await page.getByRole('button', { name: EN.submit }).click();
    await expect(page).toHaveURL(/\/enroll\/status$/);
    expect(ids).toHaveLength(2);
    expect(ids[1]).toBe(ids[0]);
    expect(await enrollmentStatus(page)).toBe('pending_review');
  });
}

test('submit while offline says so, and submitting again once online succeeds', async ({ page, context }) => {
  await newPartner(page, 'program');
  await page.goto('/enroll/review');
  await page.getByLabel(EN.confirm).check();
  await context.setOffline(true);
  await page.getByRole('button', { name: EN.submit }).click();
  await expect(page.getByRole('alert')).toContainText("You're offline.");
  await expect(page).toHaveURL(/\/enroll\/review$/);
  await context.setOffline(false);
  await page.getByRole('button', { name: EN.submit }).click();
  await expect(page).toHaveURL(/\/enroll\/status$/);
  expect(await enrollmentStatus(page)).toBe('pending_review');
});

test("the server's field errors list the step that fixes each", async ({ page }) => {
  await newPartner(page, 'program');
  await page.route('**/api/v1/enrollment', async (route) => {
    if (route.request().method() !== 'POST') return route.continue();
    await route.fulfill({
      status: 400,
      contentType: 'application/json',
      body: JSON.stringify({
        code: 'validation_failed',
        description: 'x',
        data: [
          { field: 'legalBusinessProfile.unifiedSocialCreditCode', code: 'invalid_checksum', description: 'x' },
          { field: 'approvalContact.email', code: 'invalid_format', description: 'x' },
        ],
        source: 'x',
      }),
    });
  });
  await page.goto('/enroll/review');
  await page.getByLabel(EN.confirm).check();
  await page.getByRole('button', { name: EN.submit }).click();
  const summary = page.getByRole('alert');
  await expect(summary).toContainText('Unified Social Credit Code: This Unified Social Credit Code is not valid.');
  await expect(summary).toContainText('Email (Approval contact):');
  await expect(summary.getByRole('link', { name: 'Change Unified Social Credit Code' })).toHaveAttribute('href', '/enroll/account');
  await expect(summary.getByRole('link', { name: 'Change Email (Approval contact)' })).toHaveAttribute('href', '/enroll/program');
  await expectAccessible(page);
  await summary.getByRole('link', { name: 'Change Unified Social Credit Code' }).click();
  await expect(page).toHaveURL(/\/enroll\/account$/);
});

test('submitted meanwhile from another tab: Submit goes to the status page', async ({ page }) => {
  await newPartner(page, 'program');
  await page.goto('/enroll/review');
  await expect(page.getByRole('heading', { level: 1, name: EN.reviewTitle })).toBeVisible();
  const draft = await call(page, 'GET', '/enrollment/draft');
  const { step: _step, phoneNumber: _phone, ...fields } = draft.draft;
  await call(page, 'POST', '/enrollment', fields);
  await page.getByLabel(EN.confirm).check();
  await page.getByRole('button', { name: EN.submit }).click();
  await expect(page).toHaveURL(/\/enroll\/status$/);
  expect(await enrollmentStatus(page)).toBe('pending_review');
});

test('a session that ended sends the partner to sign in and back to the review', async ({ page }) => {
  await newPartner(page, 'program');
  await page.route('**/api/v1/enrollment', (route) =>
    route.request().method() === 'POST'
      ? route.fulfill({ status: 401, contentType: 'application/json', body: '{"code":"session_expired","description":"x","data":[],"source":"x"}' })
      : route.continue(),
  );
  await page.goto('/enroll/review');
  await page.getByLabel(EN.confirm).check();
  await page.getByRole('button', { name: EN.submit }).click();
  await expect(page).toHaveURL(/\/signin\?reason=expired&returnUrl=%2Fenroll%2Freview$/);
});

test('a session that ended on Continue keeps the typing for after sign-in', async ({ page }) => {
  await newPartner(page);
  await page.goto('/enroll/program');
  await fillProgram(page, EN);
  await page.route('**/api/v1/enrollment/draft', (route) =>
    route.request().method() === 'PUT'
      ? route.fulfill({ status: 401, contentType: 'application/json', body: '{"code":"session_expired","description":"x","data":[],"source":"x"}' })
      : route.continue(),
  );
  await page.getByRole('button', { name: EN.continue }).click();
  await expect(page).toHaveURL(/\/signin\?reason=expired&returnUrl=%2Fenroll%2Fprogram$/);
});

test('leaving the step during the MPN lookup cancels it', async ({ page }) => {
  await newPartner(page);
  await page.goto('/enroll/program');
  // The lookup never answers: the partner goes back to the first step meanwhile.
  await page.route('**/api/v1/profiles/mpn?*', () => undefined);
  const asked = page.waitForRequest(/\/api\/v1\/profiles\/mpn\?/);
  await field(page, EN.mpn).fill(KNOWN_MPN.id);
  await field(page, EN.mpn).press('Tab');
  const request = await asked;
  const cancelled = page.waitForEvent('requestfailed', (r) => r === request);
  await page.getByRole('navigation', { name: 'Enrollment steps' }).getByRole('link', { name: 'Create a Partner Center account' }).click();
  await expect(page).toHaveURL(/\/enroll\/account$/);
  expect((await cancelled).failure()?.errorText).toMatch(/ABORTED|cancel/i);
});
