import { test, expect, type Page, type Route } from '@playwright/test';
import { signIn as signInPage, expectAccessible, useLocale } from './support';

// Customers › Request a reseller relationship in one cloud: the draft email with the partner's
// own link, Copy (read back from the clipboard), the mailto link (decoded back to the draft),
// Done, what the relationship grants, the roles that may not open it, and every fault of the
// link's read. Called by relationship.spec.ts (China) and relationship.global.spec.ts (global).

export type RelationshipCloud = {
  name: 'china' | 'global';
  domain: string;
  partner: string;
  /** The second paragraph of the draft in en-US (it names the cloud's admin center). */
  secondParagraph: string;
  /** Text only this cloud's page shows. */
  cloudText: string;
};

export const REQUEST = '/customers/relationship-request';
const LINK_API = '**/api/v1/customers/relationshiprequests';
const CLIENT = { 'MS-PartnerCenter-Client': 'partner-center-web' };

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  (route: Route) => route.fulfill({ status, contentType: 'application/json', headers, body: typeof body === 'string' ? body : JSON.stringify(body) });
const error = (code: string) => ({ code, description: code, data: [], source: 'test' });

async function signIn(page: Page, user: string) {
  await signInPage(page, user);
  await expect(page).toHaveURL(/\/dashboard\/overview$/);
}

/** The partner's link as the server gives it (the signed-in page's cookies). */
async function serverLink(page: Page): Promise<string> {
  const r = await page.request.get('/api/v1/customers/relationshiprequests', { headers: CLIENT });
  expect(r.status()).toBe(200);
  return (await r.json()).url;
}

function draftBody(cloud: RelationshipCloud, link: string, newline = '\n') {
  return [
    `Dear customer, ${cloud.partner} would like to become your Cloud Solution Provider, so that we can provide, manage and support your cloud services on your behalf.`,
    cloud.secondParagraph,
    link,
  ].join(newline + newline);
}

const draft = (page: Page) => page.locator('#draft-email');
const alert = (page: Page) => page.getByRole('main').getByRole('alert');

export function relationshipCases(cloud: RelationshipCloud) {
  const user = (name: string) => `${name}@${cloud.domain}`;

  test.describe(`request a reseller relationship (${cloud.name})`, () => {
    test('the draft email carries the partner\'s own link and says what the relationship grants', async ({ page }) => {
      await signIn(page, user('admin'));
      const link = await serverLink(page);
      expect(link).toMatch(/^https:\/\//);
      await page.goto(REQUEST);
      await expect(page.getByRole('heading', { level: 1, name: 'Request a reseller relationship' })).toBeVisible();
      await expect(page.locator('#draft-link')).toHaveText(link);
      await expect(page.locator('#draft-subject')).toHaveText(`${cloud.partner}: request for a reseller relationship`);
      await expect(page.locator('#draft-body p')).toHaveText(draftBody(cloud, link).split('\n\n'));
      const grants = page.getByRole('region', { name: 'What the relationship gives you' });
      await expect(grants).toContainText('This process adds delegated administrative privileges only.');
      await expect(grants).toContainText('Unless you were the original reseller for the subscription, you will not receive a bill');
      await expect(grants).toContainText('You cannot remove seats, order add-ons, transition or migrate the subscriptions, or change the Partner of Record.');
      await expect(grants).toContainText('includes no customer information');
      await expect(page.getByRole('main')).toContainText(cloud.cloudText);
      await expectAccessible(page);
    });

    test('Copy puts the whole draft on the clipboard', async ({ page, context }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await signIn(page, user('admin'));
      const link = await serverLink(page);
      await page.goto(REQUEST);
      await page.getByRole('button', { name: 'Copy', exact: true }).click();
      await expect(page.getByRole('status').filter({ hasText: 'Copied' })).toHaveText('Copied. Paste the text into an email to your customer.');
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(draftBody(cloud, link));
    });

    test('a refused clipboard says so, and the draft stays on screen to copy by hand', async ({ page }) => {
      await page.addInitScript(() => {
        Object.defineProperty(navigator, 'clipboard', {
          value: { writeText: () => Promise.reject(new DOMException('refused', 'NotAllowedError')) },
        });
      });
      await signIn(page, user('admin'));
      await page.goto(REQUEST);
      await page.getByRole('button', { name: 'Copy', exact: true }).click();
      await expect(page.getByText("Your browser didn't allow copying.")).toBeVisible();
      await expect(page.locator('#draft-link')).toBeVisible();
    });

    test('Open in email app is a mailto link whose subject and body are the draft, link whole', async ({ page }) => {
      await signIn(page, user('admin'));
      const link = await serverLink(page);
      await page.goto(REQUEST);
      const open = page.getByRole('link', { name: 'Open in email app' });
      const href = (await open.getAttribute('href')) ?? '';
      expect(href.length).toBeLessThanOrEqual(2000);
      const m = /^mailto:\?subject=([^&]*)&body=([^&]*)$/.exec(href);
      expect(m, href).not.toBeNull();
      expect(decodeURIComponent(m![1])).toBe(`${cloud.partner}: request for a reseller relationship`);
      expect(decodeURIComponent(m![2])).toBe(draftBody(cloud, link, '\r\n'));
      // Nothing of the draft is cut: the page says nothing about a shorter draft.
      await expect(page.getByText('The email app gets a shorter draft')).toHaveCount(0);
    });

    test('a draft too long for a mail app is shortened in the paragraphs, never in the link', async ({ page }) => {
      await signIn(page, user('admin'));
      // A long link (still https, still this partner's) leaves little room for the paragraphs.
      const link = `https://admin.example.cn/Adminportal/Home?invType=ResellerRelationship&partnerId=${'a1b2'.repeat(350)}#/x`;
      await page.route(LINK_API, json(200, { url: link, attributes: { objectType: 'RelationshipRequest' } }));
      await page.goto(REQUEST);
      await expect(page.getByText('The email app gets a shorter draft')).toBeVisible();
      const href = (await page.getByRole('link', { name: 'Open in email app' }).getAttribute('href')) ?? '';
      expect(href.length).toBeLessThanOrEqual(2000);
      const body = decodeURIComponent(/&body=(.*)$/.exec(href)![1]);
      expect(body.endsWith(`\r\n\r\n${link}`)).toBe(true);
      expect(body).toContain('…');
    });

    test('Customers › Request a reseller relationship, then Done goes back to Customers', async ({ page }) => {
      await signIn(page, user('admin'));
      await page.goto('/customers');
      await page.getByRole('main').getByRole('link', { name: 'Request a reseller relationship' }).click();
      await expect(page).toHaveURL(new RegExp(`${REQUEST}$`));
      await expect(page.getByRole('heading', { level: 1, name: 'Request a reseller relationship' })).toBeFocused();
      await expect(page.locator('#draft-link')).toBeVisible();
      await page.getByRole('link', { name: 'Done' }).click();
      await expect(page).toHaveURL(/\/customers$/);
      await expect(page.getByRole('heading', { level: 1, name: 'Customers' })).toBeVisible();
    });

    for (const role of ['adminagent', 'sales']) {
      test(`the ${role} agent may request a relationship`, async ({ page }) => {
        await signIn(page, user(role));
        await page.goto(REQUEST);
        await expect(page.getByRole('heading', { level: 1, name: 'Request a reseller relationship' })).toBeVisible();
        await expect(page.locator('#draft-link')).toHaveText(/^https:\/\//);
      });
    }

    for (const role of ['helpdesk', 'billing', 'usermgmt']) {
      test(`${role}: the page is not available to the role, at its own address`, async ({ page }) => {
        let reads = 0;
        page.on('request', (r) => { if (r.url().includes('/relationshiprequests')) reads++; });
        await signIn(page, user(role));
        await page.goto(REQUEST);
        await expect(page.getByRole('heading', { level: 1, name: "This page isn't available to your role" })).toBeVisible();
        await expect(page).toHaveURL(new RegExp(`${REQUEST}$`));
        await expect(page.locator('#draft-email')).toHaveCount(0);
        expect(reads).toBe(0);
      });
    }

    test('zh-CN: the draft in Chinese, accessible', async ({ page }) => {
      await useLocale(page, 'zh-CN');
      await signIn(page, user('admin'));
      const link = await serverLink(page);
      await page.goto(REQUEST);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('请求经销商关系');
      await expect(page.locator('#draft-subject')).toHaveText(`${cloud.partner}：请求建立经销商关系`);
      await expect(page.locator('#draft-body p').first()).toContainText(`尊敬的客户：${cloud.partner} 希望成为你的云解决方案提供商`);
      await expect(page.locator('#draft-link')).toHaveText(link);
      const href = (await page.getByRole('link', { name: '在电子邮件应用中打开' }).getAttribute('href')) ?? '';
      expect(href.length).toBeLessThanOrEqual(2000);
      expect(decodeURIComponent(/&body=(.*)$/.exec(href)![1]).endsWith(link)).toBe(true);
      await expectAccessible(page);
    });

    test.describe('faults on the link read', () => {
      const cases: { name: string; fault: (route: Route) => Promise<void>; message: string }[] = [
        { name: '403', fault: json(403, error('forbidden')), message: "Your role can't do this." },
        { name: '429 with Retry-After', fault: json(429, error('too_many_requests'), { 'Retry-After': '120' }), message: 'Too many requests. Wait 120 seconds, then try again.' },
        { name: '500', fault: json(500, error('internal_error')), message: 'Something went wrong on our side.' },
        { name: '503', fault: json(503, error('service_unavailable')), message: 'Partner Center is busy right now.' },
        { name: 'connection lost', fault: (r) => r.abort('connectionreset'), message: "Partner Center can't be reached right now." },
        { name: 'malformed JSON', fault: json(200, '{"url":'), message: "Partner Center sent a response that couldn't be read." },
        { name: 'a link that is not https', fault: json(200, { url: 'javascript:alert(1)' }), message: "The link to your account couldn't be read" },
        { name: 'a link with markup', fault: json(200, { url: 'https://admin.example.cn/"><img src=x onerror=alert(1)>' }), message: "The link to your account couldn't be read" },
      ];
      for (const c of cases) {
        test(`${c.name}: explained, and Try again or a reload brings the draft`, async ({ page }) => {
          await signIn(page, user('admin'));
          await page.route(LINK_API, c.fault);
          await page.goto(REQUEST);
          await expect(alert(page)).toContainText(c.message);
          await expect(page.getByRole('heading', { level: 1, name: 'Request a reseller relationship' })).toBeVisible();
          await expect(page.getByRole('button', { name: 'Copy', exact: true })).toHaveCount(0);
          await expect(page.getByRole('link', { name: 'Open in email app' })).toHaveCount(0);
          await expect(page.locator('img')).toHaveCount(0);
          await expect(page.getByRole('link', { name: 'Done' })).toBeVisible();
          await page.unroute(LINK_API);
          const again = alert(page).getByRole('button', { name: 'Try again' });
          if (await again.count()) await again.click();
          else await page.reload();
          await expect(page.locator('#draft-link')).toHaveText(/^https:\/\//);
          await expect(alert(page)).toHaveCount(0);
        });
      }

      test('an ended session goes to sign in and comes back to the page', async ({ page }) => {
        await signIn(page, user('admin'));
        await page.route(LINK_API, json(401, error('session_required')), { times: 1 });
        await page.goto(REQUEST);
        await expect(page).toHaveURL(/\/signin\?.*returnUrl=%2Fcustomers%2Frelationship-request/);
        await page.locator('#userName').fill(user('admin'));
        await page.locator('#password').fill('Partner-Demo-2026');
        await page.locator('form button[type=submit]').click();
        await expect(page).toHaveURL(new RegExp(`${REQUEST}$`));
        await expect(page.locator('#draft-link')).toHaveText(/^https:\/\//);
      });

      test('offline: says so, and Try again works once back online', async ({ page, context }) => {
        await signIn(page, user('admin'));
        await page.goto(REQUEST);
        await expect(page.locator('#draft-link')).toBeVisible();
        // Leave and come back inside the app (the page is built again and reads the link again).
        await page.getByRole('link', { name: 'Done' }).click();
        await expect(page).toHaveURL(/\/customers$/);
        await context.setOffline(true);
        await page.goBack();
        await expect(alert(page)).toContainText("You're offline.");
        await context.setOffline(false);
        await alert(page).getByRole('button', { name: 'Try again' }).click();
        await expect(page.locator('#draft-link')).toHaveText(/^https:\/\//);
      });

      test('no answer at all: the read times out and says so', async ({ page }) => {
        await signIn(page, user('admin'));
        await page.clock.install();
        // Never answered: the client's own time limit ends each attempt.
        await page.route(LINK_API, () => {});
        await page.goto(REQUEST);
        await expect(page.locator('p.loading')).toBeVisible();
        // Each step of the clock fires at most the timers that exist when it starts; the abort that
        // ends an attempt schedules the next one only afterwards. So step until the alert is there,
        // however many steps a busy machine takes: four attempts of 15 s and their waits.
        await expect(async () => {
          await page.clock.runFor(5_000);
          await expect(alert(page)).toBeVisible({ timeout: 200 });
        }).toPass({ timeout: 60_000 });
        await expect(alert(page)).toContainText('Partner Center took too long to respond.');
        await expect(alert(page).getByRole('button', { name: 'Try again' })).toBeVisible();
      });
    });
  });
}
