import { test, expect, type Page, type Route } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { DATA_DIR, SERVER_BIN } from '../playwright.config';
import { expectAccessible, signIn, useLocale } from './support';

// After submit: the status page through review, rejection, approval, the 21Vianet CSP reseller
// agreement ("Accept and continue"), provisioning and the active Overview. Each test enrolls a
// new organization through the API; the operator decides with the server's `review` command.

const PASSWORD = 'Cloud-Partner-2027';

type Enrolled = { id: string; displayName: string; userName: string };

/** A new organization, signed in on this page, with a submitted enrollment (pending_review). */
async function submittedEnrollment(page: Page): Promise<Enrolled> {
  const label = `st-${Date.now().toString(36)}-${Math.floor(Math.random() * 1e6).toString(36)}`;
  await page.goto('/');
  // Through the page's own fetch, so the session cookie is the browser's, as after a sign-in.
  return page.evaluate(async ({ label, password }) => {
    const call = async (method: string, path: string, body: unknown, extra: Record<string, string> = {}) => {
      const r = await fetch(`/api${path}`, {
        method,
        headers: {
          'MS-PartnerCenter-Client': 'partner-center-web',
          'MS-RequestId': crypto.randomUUID(),
          'MS-CorrelationId': crypto.randomUUID(),
          'Content-Type': 'application/json',
          Accept: 'application/json',
          ...extra,
        },
        body: JSON.stringify(body),
      });
      const text = await r.text();
      if (!r.ok) throw new Error(`${method} ${path}: ${r.status} ${text}`);
      return text ? JSON.parse(text) : null;
    };
    const account = await call('POST', '/v1/accounts', {
      organizationDomain: `${label}.partner.onmschina.cn`,
      organizationName: '上海星辰云计算有限公司',
      adminFirstName: '晓明',
      adminLastName: '陈',
      userName: 'admin',
      password,
      cloud: 'china',
    });
    await call('POST', '/v1/sessions', { userName: account.signInName, password });
    const contact = { firstName: '晓明', lastName: '陈', email: 'chen.xiaoming@xingchen-cloud.cn', phoneNumber: '021-6888-1234' };
    const fields = {
      mpnId: '6107712',
      legalBusinessProfile: {
        companyName: '上海星辰云计算有限公司',
        address: { country: 'CN', province: '上海市', city: '上海市', district: '浦东新区', addressLine1: '张江路 88 号', addressLine2: '', postalCode: '200120' },
        unifiedSocialCreditCode: '91350100M000100Y43',
        primaryContact: contact,
      },
      approvalContact: { ...contact, phoneNumber: '13912345678' },
      supportProfile: { website: 'https://www.xingchen-cloud.cn', email: 'support@xingchen-cloud.cn', telephone: '400-800-1234' },
    };
    const challenge = await call('POST', '/v1/phonechallenges', { phoneNumber: '13812345678' });
    await call('POST', `/v1/phonechallenges/${challenge.challengeId}/verify`, { code: challenge.debugCode });
    await call('PUT', '/v1/enrollment/draft', { step: 'review', ...fields, phoneNumber: '13812345678', phoneChallengeId: challenge.challengeId }, { 'If-Match': '*' });
    const status = await call('POST', '/v1/enrollment', { ...fields, phoneChallengeId: challenge.challengeId });
    return { id: status.id as string, displayName: account.displayName as string, userName: account.signInName as string };
  }, { label, password: PASSWORD });
}

/** The review operator at 21Vianet, deciding with the server's command on the shared data folder. */
function review(decision: 'credit-check' | 'approve' | 'reject', id: string, reason?: string) {
  const args = ['review', decision, id, ...(reason ? ['--reason', reason] : []), '--data', DATA_DIR];
  execFileSync(SERVER_BIN, args, { stdio: 'pipe' });
}

const T = {
  'en-US': {
    title: 'Enrollment status',
    reviewing: "We're reviewing your enrollment request",
    weeks: 'it can take several weeks to review your enrollment request',
    creditCheck: 'now in the credit check',
    rejected: "Your enrollment request wasn't approved",
    update: 'Update your enrollment',
    approved: "You've been approved to resell CSP services in China",
    accept: 'Accept and continue',
    agreement: '21Vianet CSP reseller agreement',
    read: /opens in a new tab/,
    acceptingAs: (n: string) => `Accepting as ${n}`,
    checkbox: 'I have read and accept the 21Vianet CSP reseller agreement',
    required: 'Select the box to confirm',
    provisioning: 'Setting up your Partner Center account may take us several hours to complete. Sign out of Partner Center and then sign back in later.',
    acceptedBy: (n: string) => `accepted by ${n}`,
    overview: 'Overview',
    getStarted: 'Get started with Partner Center',
    refresh: 'Refresh',
  },
  'zh-CN': {
    title: '注册状态',
    reviewing: '我们正在审核你的注册申请',
    weeks: '审核注册申请可能需要几周时间',
    creditCheck: '正在进行信用检查',
    rejected: '你的注册申请未获批准',
    update: '更新你的注册信息',
    approved: '你已获准在中国转售 CSP 服务',
    accept: '接受并继续',
    agreement: '世纪互联 CSP 经销商协议',
    read: /在新标签页中打开/,
    acceptingAs: (n: string) => `接受人：${n}`,
    checkbox: '我已阅读并接受世纪互联 CSP 经销商协议',
    required: '请勾选此框',
    provisioning: '设置你的合作伙伴中心帐户可能需要几个小时才能完成。请注销合作伙伴中心，稍后再重新登录。',
    acceptedBy: (n: string) => `${n} 已于`,
    overview: '概述',
    getStarted: '合作伙伴中心入门',
    refresh: '刷新',
  },
} as const;

for (const locale of ['en-US', 'zh-CN'] as const) {
  const t = T[locale];

  test.describe(`enrollment status (${locale})`, () => {
    test.beforeEach(async ({ page }) => {
      await useLocale(page, locale);
    });

    test('pending review, then the credit check; the agreement cannot be opened by URL', async ({ page }) => {
      const e = await submittedEnrollment(page);
      await page.goto('/enroll/status');
      await expect(page.getByRole('heading', { level: 1, name: t.title })).toBeVisible();
      const status = page.getByRole('status').filter({ has: page.getByRole('heading', { level: 2 }) });
      await expect(status.getByRole('heading', { level: 2, name: t.reviewing })).toBeVisible();
      await expect(status).toContainText(t.weeks);
      await expect(status).toContainText(e.id);
      // The submitted date comes from Intl in the page's language, with the year in it.
      await expect(status).toContainText(String(new Date().getFullYear()));
      await expectAccessible(page);

      // Skipping ahead by URL lands back on the status.
      await page.goto('/enroll/agreement');
      await expect(page).toHaveURL(/\/enroll\/status$/);
      await expect(page.getByRole('heading', { level: 2, name: t.reviewing })).toBeVisible();

      review('credit-check', e.id);
      await page.getByRole('button', { name: t.refresh }).click();
      await expect(status).toContainText(t.creditCheck);
      await page.reload();
      await expect(page.getByRole('heading', { level: 2, name: t.reviewing })).toBeVisible();
      await expect(page.getByRole('status').filter({ hasText: t.creditCheck })).toBeVisible();
      await expectAccessible(page);
    });

    test('rejected: the reason as given and the way to update the enrollment', async ({ page }) => {
      const e = await submittedEnrollment(page);
      const reason = 'The business license could not be verified (营业执照无法核实).';
      review('reject', e.id, reason);
      await page.goto('/enroll/status');
      await expect(page.getByRole('heading', { level: 2, name: t.rejected })).toBeVisible();
      await expect(page.getByText(reason)).toBeVisible();
      await expect(page.getByRole('link', { name: t.update })).toHaveAttribute('href', '/enroll/program');
      await expect(page.getByRole('link', { name: t.accept })).toHaveCount(0);
      await expectAccessible(page);
    });

    test('approved: accept the agreement, provisioning, then the Overview', async ({ page }) => {
      test.setTimeout(90_000);
      const e = await submittedEnrollment(page);
      await page.goto('/enroll/status');
      await expect(page.getByRole('heading', { level: 2, name: t.reviewing })).toBeVisible();
      review('approve', e.id);
      await page.getByRole('button', { name: t.refresh }).click();
      await expect(page.getByRole('heading', { level: 2, name: t.approved })).toBeVisible();
      await expectAccessible(page);

      await page.getByRole('link', { name: t.accept }).click();
      await expect(page).toHaveURL(/\/enroll\/agreement$/);
      await expect(page.getByRole('heading', { level: 1, name: t.agreement })).toBeFocused();
      const full = page.getByRole('link', { name: t.read });
      await expect(full).toHaveAttribute('target', '_blank');
      await expect(full).toHaveAttribute('rel', /noopener/);
      await expect(full).toHaveAttribute('href', /^https:\/\//);
      await expect(page.getByText(t.acceptingAs(e.displayName))).toBeVisible();
      await expectAccessible(page);

      // Not ticked: the error sits at the checkbox and in the summary, which takes focus.
      await page.getByRole('button', { name: t.accept }).click();
      const summary = page.getByRole('alert');
      await expect(summary).toBeFocused();
      await expect(summary).toContainText(t.required);
      const box = page.getByRole('checkbox', { name: t.checkbox });
      await expect(box).toHaveAttribute('aria-invalid', 'true');
      await expect(box).toHaveAccessibleDescription(new RegExp(t.required));
      await expectAccessible(page);
      await summary.getByRole('link').click();
      await expect(box).toBeFocused();

      // A reload keeps the partner on the agreement.
      await page.reload();
      await expect(page.getByRole('heading', { level: 1, name: t.agreement })).toBeVisible();

      await page.getByRole('checkbox', { name: t.checkbox }).check();
      await page.getByRole('button', { name: t.accept }).click();
      await expect(page).toHaveURL(/\/enroll\/status$/);
      const status = page.getByRole('status').filter({ hasText: t.provisioning });
      await expect(status).toBeVisible();
      await expect(status).toContainText(t.acceptedBy(e.displayName));
      await expectAccessible(page);

      // Provisioning takes 3 s here; the page asks again every 5 s and moves on when active.
      await expect(page.getByRole('heading', { level: 1, name: t.overview })).toBeVisible({ timeout: 20_000 });
      await expect(page).toHaveURL(/\/dashboard\/overview$/);
      await expect(page.getByRole('heading', { level: 2, name: t.getStarted })).toBeVisible();
      await expectAccessible(page);
      await page.reload();
      await expect(page.getByRole('heading', { level: 2, name: t.getStarted })).toBeVisible();
    });
  });
}

test.describe('accepting the agreement (en-US)', () => {
  async function approvedOnAgreement(page: Page) {
    const e = await submittedEnrollment(page);
    review('approve', e.id);
    await page.goto('/enroll/agreement');
    await expect(page.getByRole('heading', { level: 1, name: '21Vianet CSP reseller agreement' })).toBeVisible();
    await page.getByRole('checkbox', { name: /I have read and accept/ }).check();
    return e;
  }

  test('a double click accepts once', async ({ page }) => {
    await approvedOnAgreement(page);
    const posts: string[] = [];
    await page.route('**/api/v1/enrollment/agreement', async (route) => {
      posts.push(route.request().headers()['ms-requestid'] ?? '');
      await new Promise((r) => setTimeout(r, 600));
      await route.continue();
    });
    await page.getByRole('button', { name: 'Accept and continue' }).dblclick();
    await expect(page.getByRole('status').filter({ hasText: 'Setting up your Partner Center account' })).toBeVisible();
    expect(posts).toHaveLength(1);
  });

  const faults: { name: string; fault: (r: Route) => Promise<void>; message: string }[] = [
    { name: 'HTTP 500', fault: (r) => r.fulfill({ status: 500, contentType: 'application/json', body: '{"code":"internal_error","description":"boom","data":[],"source":"x"}' }), message: 'Something went wrong on our side.' },
    { name: 'timeout', fault: (r) => r.abort('timedout'), message: "Partner Center can't be reached right now." },
    { name: 'malformed JSON', fault: (r) => r.fulfill({ status: 200, contentType: 'application/json', body: '{"status":' }), message: "Partner Center sent a response that couldn't be read." },
  ];
  for (const f of faults) {
    test(`${f.name} on Accept keeps the page, and accepting again is the same request`, async ({ page }) => {
      await approvedOnAgreement(page);
      const ids: string[] = [];
      await page.route('**/api/v1/enrollment/agreement', async (route, request) => {
        ids.push(request.headers()['ms-requestid'] ?? '');
        await f.fault(route);
      });
      await page.getByRole('button', { name: 'Accept and continue' }).click();
      const alert = page.getByRole('alert');
      await expect(alert).toContainText(f.message);
      await expect(alert).toBeFocused();
      await expect(page.getByRole('heading', { level: 1, name: '21Vianet CSP reseller agreement' })).toBeVisible();
      await expect(page.getByRole('checkbox', { name: /I have read and accept/ })).toBeChecked();

      await page.unroute('**/api/v1/enrollment/agreement');
      await page.route('**/api/v1/enrollment/agreement', async (route, request) => {
        ids.push(request.headers()['ms-requestid'] ?? '');
        await route.continue();
      });
      await page.getByRole('button', { name: 'Accept and continue' }).click();
      await expect(page).toHaveURL(/\/enroll\/status$/);
      await expect(page.getByRole('status').filter({ hasText: 'Setting up your Partner Center account' })).toBeVisible();
      expect(ids).toHaveLength(2);
      expect(ids[1]).toBe(ids[0]);
    });
  }
});

test.describe('when Accept meets a changed world (en-US)', () => {
  test('a session that ended signs in again and comes back to the agreement', async ({ page }) => {
    const e = await submittedEnrollment(page);
    review('approve', e.id);
    await page.goto('/enroll/agreement');
    await page.getByRole('checkbox', { name: /I have read and accept/ }).check();
    await page.route('**/api/v1/enrollment/agreement', (r) =>
      r.fulfill({ status: 401, contentType: 'application/json', body: '{"code":"session_expired","description":"Sign in again.","data":[],"source":"x"}' }));
    await page.getByRole('button', { name: 'Accept and continue' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
    await expect(page).toHaveURL(/returnUrl=%2Fenroll%2Fagreement/);
    await page.unroute('**/api/v1/enrollment/agreement');
    // On this sign-in page, which carries the way back.
    await page.getByLabel('Work account').fill(e.userName);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page).toHaveURL(/\/enroll\/agreement$/);
    await expect(page.getByRole('heading', { level: 1, name: '21Vianet CSP reseller agreement' })).toBeVisible();
  });

  test('a conflict reads the status again and shows it', async ({ page }) => {
    const e = await submittedEnrollment(page);
    review('approve', e.id);
    await page.goto('/enroll/agreement');
    await page.getByRole('checkbox', { name: /I have read and accept/ }).check();
    await page.route('**/api/v1/enrollment/agreement', (r) =>
      r.fulfill({ status: 409, contentType: 'application/json', body: '{"code":"invalid_state","description":"Not approved.","data":[],"source":"x"}' }));
    await page.getByRole('button', { name: 'Accept and continue' }).click();
    await expect(page).toHaveURL(/\/enroll\/status$/);
    await expect(page.getByRole('heading', { level: 2, name: "You've been approved to resell CSP services in China" })).toBeVisible();
  });
});

test('an active demo partner still lands on the Overview after sign-in', async ({ page }) => {
  await signIn(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
  await expect(page).toHaveURL(/\/dashboard\/overview$/);
  await expect(page.getByRole('heading', { level: 2, name: 'Get started with Partner Center' })).toBeVisible();
  await expect(page.getByText('Create and manage customer accounts')).toBeVisible();
  // A task links to its page once that page exists; the others say they are not here yet.
  const section = page.getByRole('region', { name: 'Get started with Partner Center' });
  await expect(section.getByRole('link')).toHaveText([
    'Verify or update your legal, billing, and organization profiles.',
    'Create user accounts and assign permissions for any employees who will complete tasks on Partner Center.',
    'View and customize your catalog of the services you offer.',
    'Create and manage customer accounts',
    'Add and manage customer subscriptions',
    'View pricing and offers',
  ]);
  await expect(section.getByRole('link', { name: 'Create and manage customer accounts' })).toHaveAttribute('href', '/customers');
  await expect(section.getByRole('listitem').filter({ hasText: 'Learn more about the billing process' }))
    .toContainText('Not available in this version of the portal yet');
});

test('a partner still enrolling who opens the Overview goes to their step', async ({ page }) => {
  await submittedEnrollment(page);
  await page.goto('/dashboard/overview');
  await expect(page).toHaveURL(/\/enroll\/status$/);
  await expect(page.getByRole('heading', { level: 2, name: "We're reviewing your enrollment request" })).toBeVisible();
});

test('leaving the status page cancels the read it was waiting for', async ({ page }) => {
  await submittedEnrollment(page);
  await page.goto('/enroll/status');
  await expect(page.getByRole('heading', { level: 2, name: "We're reviewing your enrollment request" })).toBeVisible();
  // The next read of the status never answers: the partner gives up and goes elsewhere.
  await page.route('**/api/v1/enrollment', (r) => (r.request().method() === 'GET' ? undefined : r.fallback()));
  const asked = page.waitForRequest((r) => r.method() === 'GET' && /\/api\/v1\/enrollment$/.test(r.url()));
  await page.getByRole('button', { name: 'Refresh' }).click();
  const request = await asked;
  const cancelled = page.waitForEvent('requestfailed', (r) => r === request);
  // The home page (which sends a partner still in review straight back to a new status page).
  await page.getByRole('link', { name: 'Partner Center operated by 21Vianet' }).click();
  expect((await cancelled).failure()?.errorText).toMatch(/ABORTED|cancel/i);
});
