// Enrollment test helpers: new partners through the API (each test its own organization, since
// tests run in parallel against one database), sign-in, codes, and the operator's decisions.
import { expect, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { DATA_DIR, GLOBAL_DATA_DIR, SERVER_BIN } from '../playwright.config';

export const CLIENT = { 'MS-PartnerCenter-Client': 'partner-center-web' };
export const NEW_PASSWORD = 'Cloud-Partner-2027';

export function uniqueLabel(prefix = 't') {
  return `${prefix}${Date.now().toString(36)}${Math.random().toString(36).slice(2, 7)}`.slice(0, 27);
}

/** A new organization with its first global admin (what "Create one" makes), not signed in. */
export async function newPartner(page: Page) {
  const domain = `${uniqueLabel()}.partner.onmschina.cn`;
  const r = await page.request.post('/api/v1/accounts', {
    headers: { ...CLIENT, 'MS-RequestId': randomUUID() },
    data: {
      organizationDomain: domain, organizationName: '深圳蓝海数据服务有限公司', adminFirstName: '海', adminLastName: '林',
      userName: 'admin', password: NEW_PASSWORD, cloud: 'china',
    },
  });
  expect(r.status(), await r.text()).toBe(201);
  return { userName: `admin@${domain}`, password: NEW_PASSWORD, domain };
}

/** Signs in through the API; the session cookie lands in the page's browser context. */
export async function apiSignIn(page: Page, userName: string, password = NEW_PASSWORD) {
  const r = await page.request.post('/api/v1/sessions', {
    headers: { ...CLIENT, 'MS-RequestId': randomUUID() },
    data: { userName, password },
  });
  expect(r.status(), await r.text()).toBe(201);
}

export async function newSignedInPartner(page: Page) {
  const p = await newPartner(page);
  await apiSignIn(page, p.userName, p.password);
  return p;
}

/** Valid organization details, as a partner in Shenzhen would type them. */
export const ORGANIZATION = {
  company: '深圳蓝海数据服务有限公司',
  province: '广东省',
  city: '深圳市',
  district: '南山区',
  line1: '科技园南区深南大道9988号',
  postal: '518057',
  uscc: '91350100M000100Y43',
  first: '海',
  last: '林',
  email: 'lin.hai@lanhai-data.cn',
  phone: '0755-8888-1234',
};

/** Fills the "Create a Partner Center account" form by field id (ids are the contract's paths). */
export async function fillAccountStep(page: Page, o = ORGANIZATION) {
  const set = (id: string, v: string) => page.locator(`[id="${id}"]`).fill(v);
  await set('legalBusinessProfile.companyName', o.company);
  await set('legalBusinessProfile.address.province', o.province);
  await set('legalBusinessProfile.address.city', o.city);
  await set('legalBusinessProfile.address.district', o.district);
  await set('legalBusinessProfile.address.addressLine1', o.line1);
  await set('legalBusinessProfile.address.postalCode', o.postal);
  await set('legalBusinessProfile.unifiedSocialCreditCode', o.uscc);
  await set('legalBusinessProfile.primaryContact.firstName', o.first);
  await set('legalBusinessProfile.primaryContact.lastName', o.last);
  await set('legalBusinessProfile.primaryContact.email', o.email);
  await set('legalBusinessProfile.primaryContact.phoneNumber', o.phone);
}

/** The code the server sent, from its answer (the e2e server runs with PC_EXPOSE_CODES=1). */
export async function codeFrom(page: Page, action: () => Promise<void>, path = /\/v1\/phonechallenges(\/[^/]+\/resend)?$/) {
  const answer = page.waitForResponse((r) => path.test(new URL(r.url()).pathname) && r.request().method() === 'POST' && r.ok());
  await action();
  const body = await (await answer).json();
  expect(body.debugCode).toMatch(/^\d{6}$/);
  return body.debugCode as string;
}

/** The operator at 21Vianet decides: credit-check, approve or reject (with a reason). */
export function review(
  decision: 'credit-check' | 'approve' | 'reject', enrollmentId: string, reason?: string, cloud: 'china' | 'global' = 'china',
) {
  const args = ['review', decision, enrollmentId, '--data', cloud === 'china' ? DATA_DIR : GLOBAL_DATA_DIR];
  if (reason) args.push('--reason', reason);
  execFileSync(SERVER_BIN, args, { stdio: 'pipe' });
}

export async function enrollmentOf(page: Page) {
  const r = await page.request.get('/api/v1/enrollment', { headers: CLIENT });
  expect(r.ok()).toBeTruthy();
  return r.json();
}

/** Body text with the parts every locale writes in Latin letters taken out, for "no English left". */
export async function nonLatinCheck(page: Page) {
  const text = await page.locator('main').innerText();
  return text
    .replace(/https?:\/\/\S*/g, '')
    .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi, '')
    .replace(/[\w.+-]+@[\w.-]+/g, '')
    // Example and typed values: domains, the example organization, the default user name.
    .replace(/[\w.-]*\.(cn|com)\b/g, '')
    .replace(/\b(contoso|admin)\b/g, '')
    .replace(/21Vianet|Microsoft|CSP|MPN|ID|URL|Partner Network|\(MPN\)/g, '');
}

/** Every element fits a 360 px wide screen. */
export async function expectNoOverflow(page: Page, what: string) {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width, `${what} overflows 360 px`).toBeLessThanOrEqual(360);
}
