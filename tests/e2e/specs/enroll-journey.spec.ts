// The whole enrollment as a partner lives it, through the UI only, from "Before you begin" to an
// active account, with the 21Vianet operator deciding in between: in en-US and zh-CN with
// accessibility checks on every step, and once in zh-TW, ko-KR and fr-FR on a 360 px screen with
// no English left. Selectors are structural (ids are the contract's field paths) so the same
// journey runs in every language; headings are checked in the two languages we read.
import { test, expect, type Page } from '@playwright/test';
import { expectAccessible, useLocale } from './support';
import { codeFrom, enrollmentOf, expectNoOverflow, fillAccountStep, NEW_PASSWORD, nonLatinCheck, review, uniqueLabel } from './enroll-support';

const field = (page: Page, id: string) => page.locator(`[id="${id}"]`);
const submit = (page: Page) => page.locator('main form button[type=submit]').first();

type Check = (page: Page, step: string) => Promise<void>;

const headings: Record<string, Record<string, string>> = {
  'en-US': {
    intro: 'Enroll in the 21Vianet China CSP reseller program',
    account: 'Create a Partner Center account',
    phone: 'Verify your telephone number',
    created: 'Your Partner Center account has been created',
    program: 'Enroll in the Cloud Solution Provider program',
  },
  'zh-CN': {
    intro: '注册世纪互联中国 CSP 经销商计划',
    account: '创建合作伙伴中心帐户',
    phone: '验证电话号码',
    created: '你的合作伙伴中心帐户已创建',
    program: '注册云解决方案提供商计划',
  },
};

async function journey(page: Page, tag: string, check: Check) {
  const h = headings[tag];
  const heading = async (key: string) => {
    const h1 = page.getByRole('heading', { level: 1 });
    await expect(h1).toBeVisible();
    if (h?.[key]) await expect(h1).toContainText(h[key]);
    await check(page, key);
    // Reload on every step: the partner lands on the same step (provisioning may finish
    // meanwhile, and then the Overview is the right place).
    if (key === 'provisioning') return;
    const url = page.url();
    await page.reload();
    await expect(page).toHaveURL(url);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  };

  await page.goto('/');
  await page.locator('a[href="/enroll"]').click();
  await expect(page).toHaveURL(/\/enroll$/);
  await heading('intro');
  await page.locator('main a[href="/enroll/create-one"]').click();

  // Create one: a new work account.
  await expect(page).toHaveURL(/\/enroll\/create-one$/);
  await heading('create-one');
  const label = uniqueLabel('j');
  await field(page, 'organizationDomain').fill(label);
  await field(page, 'organizationName').fill('深圳蓝海数据服务有限公司');
  await field(page, 'adminFirstName').fill('海');
  await field(page, 'adminLastName').fill('林');
  await field(page, 'password').fill(NEW_PASSWORD);
  await field(page, 'confirmPassword').fill(NEW_PASSWORD);
  await submit(page).click();

  // Create a Partner Center account.
  await expect(page).toHaveURL(/\/enroll\/account$/, { timeout: 15_000 });
  await heading('account');
  await fillAccountStep(page);
  await submit(page).click();

  // The telephone challenge, then Create account.
  await expect(page).toHaveURL(/\/enroll\/phone$/);
  await heading('phone');
  const code = await codeFrom(page, () => submit(page).click());
  await field(page, 'code').fill(code);
  await check(page, 'phone-code');
  await submit(page).click();
  await expect(page.locator('.notice-success')).toBeVisible();
  await check(page, 'phone-verified');
  await submit(page).click();

  // The confirmation, shown once; Continue, then sign in with the new account.
  await expect(page).toHaveURL(/\/enroll\/account-created$/);
  await heading('created');
  const userName = `admin@${label}.partner.onmschina.cn`;
  await expect(page.locator('main dl')).toContainText(userName);
  await submit(page).click();
  await expect(page).toHaveURL(/\/signin/);
  await expect(page.locator('#userName')).toHaveValue(userName);
  await page.locator('#password').fill(NEW_PASSWORD);
  await page.locator('form button[type=submit]').click();

  // Enroll in the Cloud Solution Provider program.
  await expect(page).toHaveURL(/\/enroll\/program$/);
  await heading('program');
  await field(page, 'mpnId').fill('6129485');
  await field(page, 'approvalContact.firstName').fill('海');
  await field(page, 'approvalContact.lastName').fill('林');
  await field(page, 'approvalContact.email').fill('lin.hai@lanhai-data.cn');
  await field(page, 'approvalContact.phoneNumber').fill('13912345678');
  await field(page, 'supportProfile.website').fill('https://www.lanhai-data.cn');
  await field(page, 'supportProfile.email').fill('support@lanhai-data.cn');
  await field(page, 'supportProfile.telephone').fill('400-800-1234');
  await submit(page).click();

  // Review, confirm, submit once.
  await expect(page).toHaveURL(/\/enroll\/review$/);
  await heading('review');
  await expect(page.locator('main')).toContainText('91350100M000100Y43');
  await page.locator('main input[type=checkbox]').check();
  await submit(page).click();

  // Pending review; the operator runs the credit check and approves.
  await expect(page).toHaveURL(/\/enroll\/status$/);
  await heading('pending');
  const enrollment = await enrollmentOf(page);
  expect(enrollment.status).toBe('pending_review');
  review('credit-check', enrollment.id);
  review('approve', enrollment.id);

  // Revisiting the portal lands on the right step: approved, Accept and continue.
  await page.goto('/');
  await expect(page).toHaveURL(/\/enroll\/status$/);
  await heading('approved');
  await page.locator('main a[href="/enroll/agreement"]').click();
  await expect(page).toHaveURL(/\/enroll\/agreement$/);
  await heading('agreement');
  await page.locator('main input[type=checkbox]').check();
  await submit(page).click();

  // Provisioning ("may take several hours"; 3 s on the test server), then active.
  await expect(page).toHaveURL(/\/enroll\/status$/);
  await heading('provisioning');
  await expect(page).toHaveURL(/\/dashboard\/overview$/, { timeout: 20_000 }).catch(async () => {
    await page.locator('main a[href="/dashboard/overview"]').click();
  });
  await expect(page).toHaveURL(/\/dashboard\/overview$/);
  await heading('overview');
  const after = await enrollmentOf(page);
  expect(after.status).toBe('active');
  expect(after.agreement.acceptedBy.displayName).toBeTruthy();
}

for (const tag of ['en-US', 'zh-CN']) {
  test(`the whole journey in ${tag}, from Before you begin to an active account, accessible at every step`, async ({ page }) => {
    test.setTimeout(150_000);
    await useLocale(page, tag);
    await journey(page, tag, async (p) => { await expectAccessible(p); });
  });
}

for (const tag of ['zh-TW', 'ko-KR', 'fr-FR']) {
  test(`the whole journey in ${tag} on a 360 px screen, with no English left`, async ({ page }) => {
    test.setTimeout(150_000);
    await useLocale(page, tag);
    await page.setViewportSize({ width: 360, height: 740 });
    const english = ['Continue', 'Enroll', 'Create', 'account', 'Partner Center', 'Verify', 'Submit', 'Accept', 'telephone', 'There is a problem'];
    await journey(page, tag, async (p, step) => {
      await expectNoOverflow(p, `${tag} ${step}`);
      const text = await nonLatinCheck(p);
      if (tag === 'fr-FR') {
        for (const word of english.filter((w) => !['Continue', 'Accept'].includes(w))) {
          expect(text, `${tag} ${step}: "${word}"`).not.toContain(word);
        }
      } else {
        expect(text.match(/[A-Za-z]{4,}/g) ?? [], `${tag} ${step}: English words`).toEqual([]);
      }
    });
  });
}
