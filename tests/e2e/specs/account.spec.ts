import { test, expect, type Page, type APIRequestContext } from '@playwright/test';
import { expectAccessible, useLocale } from './support';

// "Create one" (a new work or school account, then on to enrollment signed in) and "Can't access
// your account?" (self-service password reset), in English and Simplified Chinese, against the
// China-cloud reference server. Every test uses its own organization domain: the specs run in
// parallel against one database.

const SUFFIX = '.partner.onmschina.cn';
const PASSWORD = 'Cloud-Partner-2027';
const NEW_PASSWORD = 'Blue-Harbor-2031';
const API_HEADERS = { 'MS-PartnerCenter-Client': 'partner-center-web', 'Content-Type': 'application/json' };

function uniqueLabel() {
  return `t${Date.now().toString(36)}${Math.random().toString(36).slice(2, 7)}`;
}

const TEXT = {
  'en-US': {
    createTitle: 'Create a work or school account',
    domain: 'Organization domain',
    organization: 'Organization name',
    first: 'First name',
    last: 'Last name',
    user: 'User name',
    password: 'Password',
    confirm: 'Confirm password',
    submit: 'Create account',
    creating: 'Creating your account…',
    retry: 'Try again',
    signInName: 'Your sign-in name will be',
    domainError: 'Use 3 to 27 lower-case letters, digits or hyphens',
    weak: 'Use 8 to 256 characters with at least three of these',
    mismatch: "The passwords don't match.",
    required: 'Organization name is required.',
    taken: 'This domain is already in use.',
    serverError: 'Something went wrong on our side.',
    haveAccount: 'Already have a work account? Sign in',
    organizationName: 'Contoso Data Services Ltd',
    firstName: 'Hai',
    lastName: 'Lin',
    cantAccess: "Can't access your account?",
    workAccount: 'Work account',
    continue: 'Continue',
    codeHeading: 'Enter the code',
    codeSent: 'If the account exists, we sent a code to its registered phone and email',
    code: 'Code',
    codeWrong: 'The code is not correct.',
    codeAttempts: 'Too many wrong codes.',
    startAgain: 'Start again',
    accountHeading: 'Enter your work account',
    passwordHeading: 'Create a new password',
    newPassword: 'New password',
    confirmNew: 'Confirm new password',
    done: 'Your password has been changed',
    signIn: 'Sign in',
    signInPassword: 'Password',
  },
  'zh-CN': {
    createTitle: '创建工作或学校帐户',
    domain: '组织域名',
    organization: '组织名称',
    first: '名',
    last: '姓',
    user: '用户名',
    password: '密码',
    confirm: '确认密码',
    submit: '创建帐户',
    creating: '正在创建帐户…',
    retry: '重试',
    signInName: '你的登录名将是',
    domainError: '请使用 3 到 27 个小写字母、数字或连字符',
    weak: '密码长度为 8 到 256 个字符',
    mismatch: '两次输入的密码不一致。',
    required: '请填写“组织名称”。',
    taken: '此域名已被使用。',
    serverError: '我们这边出现了问题。',
    haveAccount: '已有工作帐户？登录',
    organizationName: '深圳蓝海数据服务有限公司',
    firstName: '海',
    lastName: '林',
    cantAccess: '无法访问你的帐户？',
    workAccount: '工作帐户',
    continue: '继续',
    codeHeading: '输入验证码',
    codeSent: '如果该帐户存在，我们已向其登记的手机和电子邮件发送验证码',
    code: '验证码',
    codeWrong: '验证码不正确。',
    codeAttempts: '错误次数过多。',
    startAgain: '重新开始',
    accountHeading: '输入你的工作帐户',
    passwordHeading: '创建新密码',
    newPassword: '新密码',
    confirmNew: '确认新密码',
    done: '你的密码已更改',
    signIn: '登录',
    signInPassword: '密码',
  },
} as const;
type Text = (typeof TEXT)[keyof typeof TEXT];

const field = (page: Page, label: string) => page.getByLabel(label, { exact: true });

async function fillCreate(page: Page, t: Text, label: string, opts: { password?: string; confirm?: string } = {}) {
  await field(page, t.domain).fill(label);
  await field(page, t.organization).fill(t.organizationName);
  await field(page, t.first).fill(t.firstName);
  await field(page, t.last).fill(t.lastName);
  await field(page, t.password).fill(opts.password ?? PASSWORD);
  await field(page, t.confirm).fill(opts.confirm ?? opts.password ?? PASSWORD);
}

/** A new organization straight through the API, for the tests that need one to exist. */
async function createAccount(request: APIRequestContext, label: string, password = PASSWORD) {
  const r = await request.post('/api/v1/accounts', {
    headers: { ...API_HEADERS, 'MS-RequestId': crypto.randomUUID() },
    data: {
      organizationDomain: label + SUFFIX,
      organizationName: 'Fixture Ltd',
      adminFirstName: 'Wei',
      adminLastName: 'Zhang',
      userName: 'admin',
      password,
      cloud: 'china',
    },
  });
  expect(r.status()).toBe(201);
  return `admin@${label}${SUFFIX}`;
}

async function currentSession(page: Page) {
  const r = await page.request.get('/api/v1/sessions/current', { headers: API_HEADERS });
  return { status: r.status(), body: r.ok() ? await r.json() : null };
}

async function expectEnrolling(page: Page, upn: string) {
  await expect(page).toHaveURL(/\/enroll\/account$/);
  const s = await currentSession(page);
  expect(s.status).toBe(200);
  expect(s.body.user.userPrincipalName).toBe(upn);
  expect(s.body.partner.programStatus).toBe('none');
}

for (const locale of ['en-US', 'zh-CN'] as const) {
  const t = TEXT[locale];

  test.describe(`${locale}`, () => {
    test.beforeEach(async ({ page }) => {
      await useLocale(page, locale);
    });

    test('create one: a new account signs in and goes on to enrollment', async ({ page }) => {
      await page.goto('/enroll/create-one');
      await expect(page.getByRole('heading', { level: 1, name: t.createTitle })).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await expect(page.getByText(SUFFIX, { exact: false }).first()).toBeVisible();
      await expect(field(page, t.user)).toHaveValue('admin');
      await expect(page.getByRole('link', { name: t.haveAccount })).toHaveAttribute('href', '/signin?returnUrl=%2Fenroll%2Faccount');
      await expectAccessible(page);

      const label = uniqueLabel();
      await fillCreate(page, t, label);
      const upn = `admin@${label}${SUFFIX}`;
      await expect(page.getByText(`${t.signInName} ${upn}`)).toBeVisible();
      await page.getByRole('button', { name: t.submit }).click();
      await expectEnrolling(page, upn);
      // The draft is gone once the account exists.
      expect(await page.evaluate(() => sessionStorage.getItem('pc.account.createOne'))).toBeNull();
    });

    test('create one: bad input is reported on leaving a field and on submit', async ({ page }) => {
      await page.goto('/enroll/create-one');
      const domain = field(page, t.domain);
      await domain.fill('Bad_Domain');
      await domain.blur();
      await expect(domain).toHaveAttribute('aria-invalid', 'true');
      await expect(page.locator('#organizationDomain-error')).toContainText(t.domainError);

      // Strong in itself but containing the user name ("admin").
      await field(page, t.password).fill('Admin-Harbor-2031');
      await field(page, t.password).blur();
      await expect(page.locator('#password-error')).toContainText(t.weak);
      await field(page, t.password).fill('password');
      await field(page, t.password).blur();
      await expect(page.locator('#password-error')).toContainText(t.weak);

      await field(page, t.confirm).fill('something-else');
      await field(page, t.confirm).blur();
      await expect(page.locator('#confirmPassword-error')).toContainText(t.mismatch);

      // Fixing a field clears its message when leaving it.
      await domain.fill(uniqueLabel());
      await domain.blur();
      await expect(domain).toHaveAttribute('aria-invalid', 'false');

      await page.getByRole('button', { name: t.submit }).click();
      const summary = page.getByRole('alert');
      await expect(summary).toBeFocused();
      await expect(summary.getByRole('link', { name: t.required })).toBeVisible();
      await expect(summary).toContainText(t.weak);
      await expect(summary).toContainText(t.mismatch);
      await expectAccessible(page);
      // The summary's link takes the partner to the field.
      await summary.getByRole('link', { name: t.required }).click();
      await expect(field(page, t.organization)).toBeFocused();
      await expect(page).toHaveURL(/\/enroll\/create-one$/);
    });

    test('create one: a domain already in use lands on the domain field', async ({ page }) => {
      const label = uniqueLabel();
      await createAccount(page.request, label);
      await page.goto('/enroll/create-one');
      await fillCreate(page, t, label);
      await page.getByRole('button', { name: t.submit }).click();
      await expect(page.getByRole('alert')).toBeFocused();
      await expect(page.locator('#organizationDomain-error')).toContainText(t.taken);
      await expect(field(page, t.domain)).toHaveAttribute('aria-invalid', 'true');
      await expect(field(page, t.organization)).toHaveValue(t.organizationName);
      await expectAccessible(page);

      // Another domain goes through.
      const other = uniqueLabel();
      await field(page, t.domain).fill(other);
      await page.getByRole('button', { name: t.submit }).click();
      await expectEnrolling(page, `admin@${other}${SUFFIX}`);
    });

    test('create one: a reload keeps what was typed, except the passwords', async ({ page }) => {
      await page.goto('/enroll/create-one');
      const label = uniqueLabel();
      await fillCreate(page, t, label);
      await field(page, t.user).fill('lin.hai');
      await page.reload();
      await expect(field(page, t.domain)).toHaveValue(label);
      await expect(field(page, t.organization)).toHaveValue(t.organizationName);
      await expect(field(page, t.first)).toHaveValue(t.firstName);
      await expect(field(page, t.last)).toHaveValue(t.lastName);
      await expect(field(page, t.user)).toHaveValue('lin.hai');
      await expect(field(page, t.password)).toHaveValue('');
      await expect(field(page, t.confirm)).toHaveValue('');
      const stored = await page.evaluate(() => JSON.stringify(sessionStorage));
      expect(stored).not.toContain(PASSWORD);
    });

    test('create one: a server error keeps every field and a retry works', async ({ page }) => {
      await page.route('**/api/v1/accounts', (r) =>
        r.fulfill({ status: 500, contentType: 'application/json', body: '{"code":"internal_error","description":"boom","data":[],"source":"x"}' }));
      await page.goto('/enroll/create-one');
      const label = uniqueLabel();
      await fillCreate(page, t, label);
      await page.getByRole('button', { name: t.submit }).click();
      const alert = page.getByRole('alert');
      await expect(alert).toBeFocused();
      await expect(alert).toContainText(t.serverError);
      await expect(field(page, t.domain)).toHaveValue(label);
      await expect(field(page, t.password)).toHaveValue(PASSWORD);
      await expectAccessible(page);
      await page.unroute('**/api/v1/accounts');
      await page.getByRole('button', { name: t.retry }).click();
      await expectEnrolling(page, `admin@${label}${SUFFIX}`);
    });

    test('can\'t access your account: the password is reset with a code, and the new one signs in', async ({ page }) => {
      const label = uniqueLabel();
      const upn = await createAccount(page.request, label);
      await page.goto('/signin');
      await page.getByRole('link', { name: t.cantAccess }).click();
      await expect(page).toHaveURL(/\/account\/recover$/);
      await expect(page.getByRole('heading', { level: 1, name: t.cantAccess })).toBeVisible();
      await expect(page.getByRole('heading', { level: 2, name: t.accountHeading })).toBeVisible();
      await expectAccessible(page);

      await field(page, t.workAccount).fill(upn);
      const started = page.waitForResponse((r) => r.url().endsWith('/api/v1/passwordresets') && r.request().method() === 'POST');
      await page.getByRole('button', { name: t.continue }).click();
      const code: string = (await (await started).json()).debugCode;
      expect(code).toMatch(/^\d{6}$/);
      await expect(page.getByRole('heading', { level: 2, name: t.codeHeading })).toBeFocused();
      await expect(page.getByText(t.codeSent)).toBeVisible();
      await expectAccessible(page);

      await field(page, t.code).fill(code);
      await page.getByRole('button', { name: t.continue }).click();
      await expect(page.getByRole('heading', { level: 2, name: t.passwordHeading })).toBeFocused();
      await expectAccessible(page);

      // Containing the user name is refused before asking the server.
      await field(page, t.newPassword).fill('Admin-Harbor-2031');
      await field(page, t.newPassword).blur();
      await expect(page.locator('#newPassword-error')).toContainText(t.weak);
      await field(page, t.newPassword).fill(NEW_PASSWORD);
      await field(page, t.confirmNew).fill(NEW_PASSWORD);
      await page.getByRole('button', { name: t.continue }).click();
      await expect(page.getByRole('heading', { level: 2, name: t.done })).toBeFocused();
      await expectAccessible(page);
      expect(await page.evaluate(() => sessionStorage.getItem('pc.account.recover'))).toBeNull();

      await page.getByRole('main').getByRole('link', { name: t.signIn, exact: true }).click();
      await expect(page).toHaveURL(/\/signin$/);
      await page.locator('#userName').fill(upn);
      await page.locator('#password').fill(NEW_PASSWORD);
      await page.locator('form button[type=submit]').click();
      await expect(page).not.toHaveURL(/\/signin/);
      const s = await currentSession(page);
      expect(s.status).toBe(200);
      expect(s.body.user.userPrincipalName).toBe(upn);
    });

    test('can\'t access your account: a wrong code is said on the field, a reload resumes the stage', async ({ page }) => {
      const upn = await createAccount(page.request, uniqueLabel());
      await page.goto('/account/recover');
      await field(page, t.workAccount).fill(upn);
      const started = page.waitForResponse((r) => r.url().endsWith('/api/v1/passwordresets'));
      await page.getByRole('button', { name: t.continue }).click();
      const code: string = (await (await started).json()).debugCode;
      await expect(page.getByRole('heading', { level: 2, name: t.codeHeading })).toBeVisible();

      await field(page, t.code).fill(code === '000000' ? '111111' : '000000');
      await page.getByRole('button', { name: t.continue }).click();
      await expect(page.getByRole('alert')).toBeFocused();
      await expect(page.locator('#code-error')).toContainText(t.codeWrong);
      await expectAccessible(page);

      // A reload keeps the stage and the account, never the code.
      await page.reload();
      await expect(page.getByRole('heading', { level: 2, name: t.codeHeading })).toBeVisible();
      await expect(page.getByText(upn)).toBeVisible();
      expect(await page.evaluate(() => JSON.stringify(sessionStorage))).not.toContain(code);
      await field(page, t.code).fill(code);
      await page.getByRole('button', { name: t.continue }).click();
      await expect(page.getByRole('heading', { level: 2, name: t.passwordHeading })).toBeVisible();
      await page.reload();
      await expect(page.getByRole('heading', { level: 2, name: t.passwordHeading })).toBeVisible();
      await field(page, t.newPassword).fill(NEW_PASSWORD);
      await field(page, t.confirmNew).fill(NEW_PASSWORD);
      await page.getByRole('button', { name: t.continue }).click();
      await expect(page.getByRole('heading', { level: 2, name: t.done })).toBeVisible();
    });
  });
}

// Faults and repeats, in English (the messages are the shared ones of the sign-in page).
const t = TEXT['en-US'];

test('create one: a double click creates one account', async ({ page }) => {
  const answers: number[] = [];
  const ids: string[] = [];
  await page.route('**/api/v1/accounts', async (route) => {
    ids.push(route.request().headers()['ms-requestid'] ?? '');
    await new Promise((r) => setTimeout(r, 800));
    const res = await route.fetch();
    answers.push(res.status());
    await route.fulfill({ response: res });
  });
  await page.goto('/enroll/create-one');
  const label = uniqueLabel();
  await fillCreate(page, t, label);
  await page.getByRole('button', { name: t.submit }).dblclick();
  await expect(page.getByRole('button', { name: t.creating })).toBeVisible();
  await expectEnrolling(page, `admin@${label}${SUFFIX}`);
  expect(answers).toEqual([201]);
  expect(new Set(ids).size).toBe(1);
});

test('create one: an answer lost after the server acted is retried as the same request', async ({ page }) => {
  // The server creates the account, but the answer never arrives (timeout). The retry carries
  // the same MS-RequestId, so the server replays the 201 instead of saying "domain taken".
  const ids: string[] = [];
  let first = true;
  await page.route('**/api/v1/accounts', async (route) => {
    ids.push(route.request().headers()['ms-requestid'] ?? '');
    if (first) {
      first = false;
      await route.fetch();
      await route.abort('timedout');
    } else {
      await route.continue();
    }
  });
  await page.goto('/enroll/create-one');
  const label = uniqueLabel();
  await fillCreate(page, t, label);
  await page.getByRole('button', { name: t.submit }).click();
  await expect(page.getByRole('alert')).toBeFocused();
  await expect(field(page, t.domain)).toHaveValue(label);
  await page.getByRole('button', { name: t.retry }).click();
  await expectEnrolling(page, `admin@${label}${SUFFIX}`);
  expect(ids).toHaveLength(2);
  expect(ids[1]).toBe(ids[0]);
});

const faults: { name: string; fault: Parameters<Page['route']>[1]; message: string }[] = [
  { name: 'timeout', fault: (r) => r.abort('timedout'), message: "Partner Center can't be reached right now." },
  { name: 'HTTP 503 from a proxy', fault: (r) => r.fulfill({ status: 503, contentType: 'text/html', body: '<h1>busy</h1>' }), message: 'Partner Center is busy right now.' },
  // The server did create the account; only its answer is unreadable. The retry is replayed.
  { name: 'malformed JSON on success', fault: async (r) => { await r.fetch(); await r.fulfill({ status: 201, contentType: 'application/json', body: '{"partnerId":' }); }, message: "Partner Center sent a response that couldn't be read." },
];
for (const c of faults) {
  test(`create one: ${c.name} keeps the fields and a retry works`, async ({ page }) => {
    await page.route('**/api/v1/accounts', c.fault);
    await page.goto('/enroll/create-one');
    const label = uniqueLabel();
    await fillCreate(page, t, label);
    await page.getByRole('button', { name: t.submit }).click();
    await expect(page.getByRole('alert')).toContainText(c.message);
    await expect(page.getByRole('alert')).toBeFocused();
    for (const [l, v] of [[t.domain, label], [t.organization, t.organizationName], [t.first, t.firstName], [t.last, t.lastName], [t.password, PASSWORD], [t.confirm, PASSWORD]]) {
      await expect(field(page, l)).toHaveValue(v);
    }
    await page.unroute('**/api/v1/accounts');
    await page.locator('form button[type=submit]').click();
    await expectEnrolling(page, `admin@${label}${SUFFIX}`);
  });
}

test('create one: offline says so, and works once back online', async ({ page, context }) => {
  await page.goto('/enroll/create-one');
  const label = uniqueLabel();
  await fillCreate(page, t, label);
  await context.setOffline(true);
  await page.getByRole('button', { name: t.submit }).click();
  await expect(page.getByRole('alert')).toContainText("You're offline.");
  await expect(field(page, t.domain)).toHaveValue(label);
  await context.setOffline(false);
  await page.getByRole('button', { name: t.retry }).click();
  await expectEnrolling(page, `admin@${label}${SUFFIX}`);
});

test('can\'t access your account: too many wrong codes ask to start again', async ({ page }) => {
  const upn = await createAccount(page.request, uniqueLabel());
  await page.goto('/account/recover');
  await field(page, t.workAccount).fill(upn);
  const started = page.waitForResponse((r) => r.url().endsWith('/api/v1/passwordresets'));
  await page.getByRole('button', { name: t.continue }).click();
  const code: string = (await (await started).json()).debugCode;
  const wrong = code === '000000' ? '111111' : '000000';
  for (let i = 0; i < 5; i++) {
    await field(page, t.code).fill(wrong);
    const answered = page.waitForResponse((r) => r.url().endsWith('/verify'));
    await page.getByRole('button', { name: t.continue }).click();
    expect((await answered).status()).toBe(400);
    await expect(page.locator('#code-error')).toContainText(t.codeWrong);
  }
  await field(page, t.code).fill(code);
  await page.getByRole('button', { name: t.continue }).click();
  await expect(page.locator('#code-error')).toContainText(t.codeAttempts);
  await expect(page.getByRole('button', { name: t.continue })).toHaveCount(0);
  await expectAccessible(page);
  await page.getByRole('button', { name: t.startAgain }).click();
  await expect(page.getByRole('heading', { level: 2, name: t.accountHeading })).toBeFocused();
  await expect(field(page, t.workAccount)).toHaveValue(upn);
});

test('can\'t access your account: an unknown account gets the same answer', async ({ page }) => {
  await page.goto('/account/recover');
  await field(page, t.workAccount).fill(`nobody@${uniqueLabel()}${SUFFIX}`);
  await page.getByRole('button', { name: t.continue }).click();
  await expect(page.getByRole('heading', { level: 2, name: t.codeHeading })).toBeVisible();
  await expect(page.getByText(t.codeSent)).toBeVisible();
});

test('can\'t access your account: an expired code asks to start again', async ({ page }) => {
  await page.route('**/api/v1/passwordresets/*/verify', (r) =>
    r.fulfill({ status: 410, contentType: 'application/json', body: '{"code":"code_expired","description":"expired","data":[],"source":"x"}' }));
  await page.goto('/account/recover');
  await field(page, t.workAccount).fill(`admin@${uniqueLabel()}${SUFFIX}`);
  await page.getByRole('button', { name: t.continue }).click();
  await field(page, t.code).fill('123456');
  await page.getByRole('button', { name: t.continue }).click();
  await expect(page.getByRole('alert')).toBeFocused();
  await expect(page.locator('#code-error')).toContainText('The code has expired.');
  await expect(page.getByRole('button', { name: t.continue })).toHaveCount(0);
  await page.getByRole('button', { name: t.startAgain }).click();
  await expect(page.getByRole('heading', { level: 2, name: t.accountHeading })).toBeFocused();
});

test('no English is left on the account pages in zh-CN', async ({ page }) => {
  await useLocale(page, 'zh-CN');
  const english = async () => {
    const text = await page.locator('main').innerText();
    // Allowed Latin: the domain suffix, the example names and the user name's default.
    return text
      .replace(/[\w.-]*\.partner\.onmschina\.cn/g, '')
      .replace(/\b(contoso|admin|someone)\b/g, '')
      .match(/[A-Za-z]{3,}/g);
  };
  await page.goto('/enroll/create-one');
  await expect(page.getByRole('heading', { level: 1, name: TEXT['zh-CN'].createTitle })).toBeVisible();
  await page.getByRole('button', { name: TEXT['zh-CN'].submit }).click();
  await expect(page.getByRole('alert')).toBeVisible();
  expect(await english()).toBeNull();
  await page.goto('/account/recover');
  await expect(page.getByRole('heading', { level: 1, name: TEXT['zh-CN'].cantAccess })).toBeVisible();
  expect(await english()).toBeNull();
  await page.goto('/signin');
  await expect(page.getByRole('link', { name: TEXT['zh-CN'].cantAccess })).toBeVisible();
});

test('create one: editing the form after a lost answer says the account may exist', async ({ page }) => {
  let first = true;
  await page.route('**/api/v1/accounts', async (route) => {
    if (first) {
      first = false;
      await route.fetch();
      await route.abort('timedout');
    } else {
      await route.continue();
    }
  });
  await page.goto('/enroll/create-one');
  const label = uniqueLabel();
  await fillCreate(page, t, label);
  await page.getByRole('button', { name: t.submit }).click();
  await expect(page.getByRole('button', { name: t.retry })).toBeVisible();
  await field(page, t.first).fill('Haiyang');
  await page.getByRole('button', { name: t.retry }).click();
  await expect(page.getByRole('alert')).toContainText('An earlier attempt may already have created the account.');
  await expect(page.getByRole('alert')).toBeFocused();
  // It did: signing in with it works.
  const s = await page.request.post('/api/v1/sessions', {
    headers: { ...API_HEADERS, 'MS-RequestId': crypto.randomUUID() },
    data: { userName: `admin@${label}${SUFFIX}`, password: PASSWORD },
  });
  expect(s.status()).toBe(201);
});

test('create one: a reload after the account was created, before sign-in, offers sign-in instead of a second account', async ({ page }) => {
  // The account is created; signing in with it fails (the server is busy), and the partner reloads.
  await page.route('**/api/v1/sessions', (r) =>
    r.request().method() === 'POST' ? r.fulfill({ status: 503, contentType: 'text/html', body: '<h1>busy</h1>' }) : r.fallback());
  await page.goto('/enroll/create-one');
  const label = uniqueLabel();
  const upn = `admin@${label}${SUFFIX}`;
  await fillCreate(page, t, label);
  await page.getByRole('button', { name: t.submit }).click();
  await expect(page.getByRole('alert')).toContainText('Partner Center is busy right now.');
  await expect(page.getByRole('status')).toContainText(upn);
  await page.unroute('**/api/v1/sessions');

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: t.createTitle })).toBeVisible();
  await expect(page.getByRole('status')).toContainText(upn);
  await expect(page.getByRole('button', { name: t.submit })).toHaveCount(0);
  await expectAccessible(page);
  // And again: the page keeps knowing, however often it is reloaded.
  await page.reload();
  await expect(page.getByRole('status')).toContainText(upn);
  await page.getByRole('main').getByRole('link', { name: t.signIn, exact: true }).click();
  await expect(field(page, t.workAccount)).toHaveValue(upn);
  await field(page, t.signInPassword).fill(PASSWORD);
  await page.getByRole('button', { name: t.signIn, exact: true }).click();
  await expectEnrolling(page, upn);

  // Signed in now: the form is there again for whoever needs another account.
  await page.goto('/enroll/create-one');
  await expect(page.getByRole('button', { name: t.submit })).toBeVisible();
});
