// The global cloud (the `global` project: a `--cloud global` reference server). Journeys belong to
// a cloud: a new partner who uses "Create one", or opens the Overview before enrolling, goes into
// the global indirect reseller enrollment and never sees a step of the China enrollment (the
// country fixed to China, the unified social credit code, the 21Vianet agreement). A page of the
// China cloud is "not available in this cloud" here, at its own address, for anyone; the server
// refuses the China steps too. (The global journey itself: enroll-global.global.spec.ts.)
import { test, expect, type Page } from '@playwright/test';
import { randomUUID } from 'node:crypto';
import { DEMO_PASSWORD, expectAccessible, signIn, useLocale } from './support';

const GLOBAL_ADMIN = 'admin@fabrikam.onmicrosoft.com';
const GLOBAL_HELPDESK = 'helpdesk@fabrikam.onmicrosoft.com';
const PASSWORD = 'Cloud-Partner-2027';
const CLIENT = { 'MS-PartnerCenter-Client': 'partner-center-web' };
const NOT_IN_CLOUD = "This page isn't available in this cloud";
const GLOBAL_FIRST_STEP = 'Associate your MPN ID';
const CHINA_STEPS = ['/enroll/account', '/enroll/phone', '/enroll/account-created', '/enroll/program', '/enroll/review'];

function uniqueLabel() {
  return `g${Date.now().toString(36)}${Math.random().toString(36).slice(2, 7)}`;
}

/** Every call only the China steps make (the telephone challenge): it must never run here. */
function enrollmentCalls(page: Page) {
  const calls: string[] = [];
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    if (path.startsWith('/api/v1/phonechallenges')) {
      calls.push(`${r.method()} ${path}`);
    }
  });
  return calls;
}

/** Nothing of the China enrollment is on the page. */
async function expectNoChinaStep(page: Page) {
  await expect(page.getByRole('navigation', { name: 'Enrollment steps' })).toHaveCount(0);
  // The China steps' own words (getByText: a substring, any case).
  const chinaSteps = ['Enroll in the 21Vianet China CSP reseller program', 'Create a Partner Center account',
    'Unified Social Credit Code', 'A China mobile or landline number', 'Enroll in the Cloud Solution Provider program',
    '21Vianet CSP reseller agreement'];
  for (const text of chinaSteps) {
    await expect(page.getByText(text), text).toHaveCount(0);
  }
  await expect(page.getByRole('main').locator('form')).toHaveCount(0);
}

/** A new global organization straight through the API (what "Create one" makes), not signed in. */
async function newGlobalPartner(page: Page) {
  const label = uniqueLabel();
  const r = await page.request.post('/api/v1/accounts', {
    headers: { ...CLIENT, 'MS-RequestId': randomUUID() },
    data: {
      organizationDomain: `${label}.onmicrosoft.com`, organizationName: 'Woodgrove Traders',
      adminFirstName: 'Jordan', adminLastName: 'Lee', userName: 'admin', password: PASSWORD,
    },
  });
  expect(r.status(), await r.text()).toBe(201);
  return `admin@${label}.onmicrosoft.com`;
}

test('Create one in the global cloud: the account, then the global enrollment, never a China step', async ({
  page,
}) => {
  const calls = enrollmentCalls(page);
  await page.goto('/enroll/create-one');
  await expect(page.getByRole('heading', { level: 1, name: 'Create a work or school account' })).toBeVisible();
  await expect(page.getByText('onmicrosoft.com').first()).toBeVisible();
  const label = uniqueLabel();
  await page.getByLabel('Organization domain').fill(label);
  await page.getByLabel('Organization name').fill('Woodgrove Traders');
  await page.getByLabel('First name').fill('Jordan');
  await page.getByLabel('Last name').fill('Lee');
  await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await page.getByLabel('Confirm password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Create account' }).click();

  // Signed in with the new account, on the global journey's first step.
  await expect(page.getByText(`Signed in as Jordan Lee`)).toBeVisible();
  await expect(page).toHaveURL(/\/enroll\/organization$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(GLOBAL_FIRST_STEP);
  await expectNoChinaStep(page);

  // The Overview sends them back to it, and every China step is not available here.
  await page.goto('/dashboard/overview');
  await expect(page).toHaveURL(/\/enroll\/organization$/);
  for (const path of CHINA_STEPS) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 }), path).toHaveText(NOT_IN_CLOUD);
    await expectNoChinaStep(page);
  }
  expect(calls).toEqual([]);
});

test('a new global partner who signs in lands on their enrollment step, again after a reload', async ({ page }) => {
  const calls = enrollmentCalls(page);
  const upn = await newGlobalPartner(page);
  await signIn(page, upn, PASSWORD);
  await expect(page).toHaveURL(/\/enroll\/organization$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(GLOBAL_FIRST_STEP);
  await expect(page.getByRole('navigation', { name: 'Dashboard menu' })).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(GLOBAL_FIRST_STEP);
  await expectAccessible(page);
  expect(calls).toEqual([]);
});

test('the server refuses the China enrollment\'s steps of a global partner', async ({ page }) => {
  const upn = await newGlobalPartner(page);
  const r = await page.request.post('/api/v1/sessions', {
    headers: { ...CLIENT, 'MS-RequestId': randomUUID() }, data: { userName: upn, password: PASSWORD },
  });
  expect(r.status()).toBe(201);
  const draft = await page.request.put('/api/v1/enrollment/draft', {
    headers: { ...CLIENT, 'If-Match': '*' }, data: { step: 'phone', phoneNumber: '+86 138 1234 5678' },
  });
  expect(draft.status()).toBe(403);
  expect((await draft.json()).code).toBe('not_available_in_cloud');
});

test('an active global partner: the menu of the cloud, and a China page is not available here', async ({ page }) => {
  const calls = enrollmentCalls(page);
  await signIn(page, GLOBAL_ADMIN, DEMO_PASSWORD);
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
  const menu = page.getByRole('navigation', { name: 'Dashboard menu' });
  // Indirect resellers too: the demo partner is Lumière's indirect provider.
  await expect(menu.getByRole('link')).toHaveText(['Overview', 'Account settings', 'Customers', 'Indirect providers', 'Indirect resellers', 'Pricing and offers']);
  await expect(menu.getByRole('link', { name: 'Overview' })).toHaveAttribute('aria-current', 'page');

  await page.goto('/enroll/program');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(NOT_IN_CLOUD);
  await expect(page).toHaveURL(/\/enroll\/program$/);
  await expect(page).toHaveTitle(`${NOT_IN_CLOUD} | Partner Center`);
  const china = 'This page is part of Partner Center operated by 21Vianet, in the China cloud.';
  await expect(page.getByText(china)).toBeVisible();
  await expect(menu.getByRole('link', { name: 'Overview' })).not.toHaveAttribute('aria-current', 'page');
  await page.getByRole('main').getByRole('link', { name: 'Go to the Overview' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeFocused();
  await expect(menu.getByRole('link', { name: 'Overview' })).toHaveAttribute('aria-current', 'page');
  expect(calls).toEqual([]);
});

test('the cloud comes before the role: a help desk agent is told "in this cloud"', async ({ page }) => {
  await signIn(page, GLOBAL_HELPDESK, DEMO_PASSWORD);
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
  await page.goto('/enroll/review');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(NOT_IN_CLOUD);
});

test('signed out: the China start link leads to this cloud\'s Welcome, not the 21Vianet program', async ({ page }) => {
  await page.goto('/register/resellercnjoinnow');
  await expect(page).toHaveURL(/\/enroll$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Enroll as an indirect reseller in the Cloud Solution Provider program');
  await expectNoChinaStep(page);
  await expectAccessible(page);
});

test('a China step\'s "not available" page fits a 360 px wide screen in every language', async ({ page }) => {
  const upn = await newGlobalPartner(page);
  await page.setViewportSize({ width: 360, height: 740 });
  await signIn(page, upn, PASSWORD);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(GLOBAL_FIRST_STEP);
  for (const tag of ['en-US', 'zh-CN', 'zh-TW', 'ko-KR', 'fr-FR']) {
    await page.evaluate((t) => localStorage.setItem('pc.locale', t), tag);
    await page.goto('/enroll/account');
    await expect(page.getByRole('heading', { level: 1 }), tag).toHaveText(/.+/);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width, tag).toBeLessThanOrEqual(360);
  }
});

test('zh-CN: the global cloud\'s "not available in this cloud" page', async ({ page }) => {
  await useLocale(page, 'zh-CN');
  await signIn(page, await newGlobalPartner(page), PASSWORD);
  await expect(page).toHaveURL(/\/enroll\/organization$/);
  await page.goto('/enroll/program');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('此页面在此云中不可用');
  await expect(page.getByRole('main')).toContainText('由世纪互联运营的合作伙伴中心');
});
