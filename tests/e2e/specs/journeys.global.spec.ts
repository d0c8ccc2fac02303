// The global cloud (the `global` project: a `--cloud global` reference server). Journeys belong to
// a cloud: a new partner who uses "Create one", or opens the Overview before enrolling, is told
// what they can do in this cloud and never sees a step of the China enrollment (the country fixed
// to China, the unified social credit code, the 21Vianet agreement). A page of the China cloud is
// "not available in this cloud" here, at its own address, for anyone.
import { test, expect, type Page } from '@playwright/test';
import { randomUUID } from 'node:crypto';
import { DEMO_PASSWORD, expectAccessible, signIn, useLocale } from './support';

const GLOBAL_ADMIN = 'admin@fabrikam.onmicrosoft.com';
const GLOBAL_HELPDESK = 'helpdesk@fabrikam.onmicrosoft.com';
const PASSWORD = 'Cloud-Partner-2027';
const CLIENT = { 'MS-PartnerCenter-Client': 'partner-center-web' };
const NOT_IN_CLOUD = "This page isn't available in this cloud";
const NOT_ENROLLED = "Your organization isn't enrolled yet";
const NOT_HERE = "enrollment isn't available in this portal yet";

function uniqueLabel() {
  return `g${Date.now().toString(36)}${Math.random().toString(36).slice(2, 7)}`;
}

/** Every call to the China enrollment's endpoints: the China steps make them, and must never run. */
function enrollmentCalls(page: Page) {
  const calls: string[] = [];
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    if (path.startsWith('/api/v1/enrollment') || path.startsWith('/api/v1/phonechallenges')) {
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

test('Create one in the global cloud: the account, then what the partner can do here, never a China step', async ({
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

  // Signed in with the new account, on the Overview, and told where things stand in this cloud.
  await expect(page.getByText(`Signed in as Jordan Lee`)).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(NOT_ENROLLED);
  await expect(page).toHaveURL(/\/dashboard\/overview$/);
  await expect(page.getByRole('heading', { level: 2, name: 'What you can do' })).toBeVisible();
  await expect(page.getByRole('main')).toContainText('Your work account is ready, but your organization must enroll'
    + ` in a partner program before it can use Partner Center, and ${NOT_HERE}.`);
  await expect(page.getByRole('main').getByRole('button', { name: 'Sign out' })).toBeVisible();
  await expectNoChinaStep(page);
  await expect(page.getByRole('navigation', { name: 'Dashboard menu' })).toHaveCount(0);

  // The Overview says so as its own page, and so does every way into the China enrollment.
  await page.goto('/dashboard/overview');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(NOT_ENROLLED);
  await expect(page).toHaveURL(/\/dashboard\/overview$/);
  await expect(page.getByRole('main')).toContainText(NOT_HERE);
  await expectNoChinaStep(page);
  for (const path of ['/enroll/resume', '/enroll/phone', '/enroll/program', '/enroll/agreement', '/enroll',
    '/register/resellercnjoinnow']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 }), path).toHaveText(NOT_IN_CLOUD);
    await expect(page.getByRole('main'), path).toContainText(NOT_HERE);
    await expectNoChinaStep(page);
  }
  expect(calls).toEqual([]);

  await page.getByRole('main').getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome to Partner Center' })).toBeVisible();
});

test('a new global partner who signs in lands on an Overview that says what they can do here', async ({ page }) => {
  const calls = enrollmentCalls(page);
  const upn = await newGlobalPartner(page);
  await signIn(page, upn, PASSWORD);
  await expect(page).toHaveURL(/\/dashboard\/overview$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(NOT_ENROLLED);
  await expect(page).toHaveTitle(`${NOT_ENROLLED} | Partner Center`);
  await expect(page.getByRole('main')).toContainText(NOT_HERE);
  await expect(page.getByRole('main')).toContainText('You can sign out now.');
  await expectNoChinaStep(page);
  await expect(page.getByRole('navigation', { name: 'Dashboard menu' })).toHaveCount(0);
  // A reload is the same page, not a redirect into the China wizard.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(NOT_ENROLLED);
  await expect(page).toHaveURL(/\/dashboard\/overview$/);
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

  await page.goto('/enroll/status');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(NOT_IN_CLOUD);
  await expect(page).toHaveURL(/\/enroll\/status$/);
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

test('signed out, the China enrollment start is not available here, with the way home', async ({ page }) => {
  await page.goto('/register/resellercnjoinnow');
  await expect(page).toHaveURL(/\/enroll$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(NOT_IN_CLOUD);
  await page.getByRole('main').getByRole('link', { name: 'Go to the home page' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome to Partner Center' })).toBeVisible();
});

test('the page for a partner not enrolled yet fits a 360 px wide screen in every language', async ({ page }) => {
  const upn = await newGlobalPartner(page);
  await page.setViewportSize({ width: 360, height: 740 });
  await signIn(page, upn, PASSWORD);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(NOT_ENROLLED);
  const titles: Record<string, string> = {
    'en-US': NOT_ENROLLED,
    'zh-CN': '你的组织尚未注册',
    'zh-TW': '貴組織尚未註冊',
    'ko-KR': '조직이 아직 등록되지 않았습니다',
    'fr-FR': 'Votre organisation n’est pas encore inscrite',
  };
  for (const [tag, title] of Object.entries(titles)) {
    await page.evaluate((t) => localStorage.setItem('pc.locale', t), tag);
    for (const path of ['/dashboard/overview', '/enroll/account']) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 }), `${tag} ${path}`).toHaveText(
        path === '/dashboard/overview' ? title : /.+/);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width, `${tag} ${path}`).toBeLessThanOrEqual(360);
    }
  }
});

test('zh-CN: the global cloud\'s "not available in this cloud" page', async ({ page }) => {
  await useLocale(page, 'zh-CN');
  await page.goto('/enroll');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('此页面在此云中不可用');
  await expect(page.getByRole('main')).toContainText('由世纪互联运营的合作伙伴中心');
});
