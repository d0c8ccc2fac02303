import { test, expect as baseExpect, type Page, type Route } from '@playwright/test';
import { expectAccessible, signIn, useLocale } from './support';

// The customer list (Customers), the same cases in both clouds: each spec file passes its
// cloud's demo partner. Every spec shares one server database and other specs add customers,
// so no test counts the whole list: searches use the demo's own company names and domains, and
// paging is made visible on the small demo list by asking the server for smaller pages (the
// request's `size` is rewritten on its way; the server's own links keep the new size).

export interface Cloud {
  name: 'china' | 'global';
  /** The demo partner's domain (every demo user is `<role>@<domain>`). */
  domain: string;
  /** A company-name prefix several demo customers share, all of whose names start with it. */
  namePrefix: string;
  /** A domain prefix that only one demo customer has, and that customer's name. */
  domainPrefix: string;
  domainName: string;
  /** A prefix no company name or domain has. */
  nothing: string;
}

// The debug build the specs may run against loads slowly on a busy two-core machine.
const expect = baseExpect.configure({ timeout: 15_000 });

export const LIST = '/customers';
const LIST_REQUEST = /\/api\/v1\/customers\?/;

export const who = (cloud: Cloud, role: string) => `${role}@${cloud.domain}`;

/** Signs in and waits until the session is there (a navigation right after the click would
 * abandon the sign-in). */
export async function login(page: Page, user: string) {
  await signIn(page, user);
  await expect(page).toHaveURL(/\/dashboard\/overview$/);
}

export const search = (page: Page) => page.locator('#customers-search');
export const table = (page: Page) => page.locator('table#customers-table');
export const rows = (page: Page) => page.locator('table#customers-table tr[data-customer-id]');
export const names = (page: Page) => rows(page).locator('th a');
export const status = (page: Page) => page.locator('p.list-status');

/** The list, read and settled (no read under way). */
export async function settled(page: Page) {
  await expect(table(page)).not.toHaveAttribute('data-busy', 'true');
  // The rows of a page come in over a few frames (crate::rollout); the table is aria-busy until
  // the last one is in, so counting rows before that counts only the first screenful.
  await expect(table(page)).not.toHaveAttribute('aria-busy', 'true');
}

export async function openList(page: Page, query = '') {
  await page.goto(`${LIST}${query}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(rows(page).first()).toBeVisible();
  await settled(page);
}

/** Every name on the page, once the list settled. */
async function shownNames(page: Page) {
  await settled(page);
  return names(page).allTextContents();
}

/** Asks the server for pages of `size` instead of 100 (and of the export's 500). */
export async function smallPages(page: Page, size: number) {
  await page.route(LIST_REQUEST, (route) =>
    route.continue({ url: route.request().url().replace(/size=(100|500)\b/, `size=${size}`) }));
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  (route: Route) => route.fulfill({ status, contentType: 'application/json', headers, body: typeof body === 'string' ? body : JSON.stringify(body) });
const problem = (code: string) => ({ code, description: code, data: [], source: 'test' });

export function customerListCases(cloud: Cloud) {
  const admin = who(cloud, 'admin');
  // Two clouds' servers and the browsers share two cores: leave room for a busy machine.
  test.describe.configure({ timeout: 60_000 });

  test(`${cloud.name}: the list shows its total, a page of rows and the actions of the role`, async ({ page }) => {
    await login(page, admin);
    await page.getByRole('navigation').getByRole('link', { name: 'Customers', exact: true }).click();
    await expect(page).toHaveURL(/\/customers$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Customers' })).toBeVisible();
    await settled(page);
    await expect(status(page)).toHaveText(/^\d{1,3}(,\d{3})* customers$/);
    const total = Number((await status(page).textContent())!.replace(/\D/g, ''));
    expect(total).toBeGreaterThanOrEqual(20);
    expect(await rows(page).count()).toBe(Math.min(total, 100));
    await expect(page.getByRole('link', { name: 'Add customer' })).toHaveAttribute('href', '/customers/add');
    await expect(page.getByRole('link', { name: 'Request a reseller relationship' }))
      .toHaveAttribute('href', '/customers/relationship-request');
    // Each company name leads to the customer.
    const first = rows(page).first();
    const id = await first.getAttribute('data-customer-id');
    await expect(first.locator('th a')).toHaveAttribute('href', `/customers/customer?id=${id}`);
    await expect(first.locator('td').nth(1)).toHaveText('Reseller');
  });

  test(`${cloud.name}: search by company name and by domain updates as you type`, async ({ page }) => {
    await login(page, admin);
    await openList(page);
    await search(page).pressSequentially(cloud.namePrefix, { delay: 40 });
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe(cloud.namePrefix);
    await expect.poll(async () => {
      const n = await shownNames(page);
      return n.length > 1 && n.every((x) => x.startsWith(cloud.namePrefix));
    }).toBe(true);
    await expect(status(page)).toHaveText(/^\d+ customers$/);

    await search(page).fill(cloud.domainPrefix);
    await expect(names(page)).toHaveText([cloud.domainName]);
    await expect(status(page)).toHaveText('1 customer');
  });

  test(`${cloud.name}: a search with no match says which, and clearing it brings the list back`, async ({ page }) => {
    await login(page, admin);
    await openList(page);
    const before = await rows(page).count();
    await search(page).fill(cloud.nothing);
    await expect(status(page)).toHaveText(`No customers match “${cloud.nothing}”.`);
    await expect(table(page)).toBeHidden();
    await page.getByRole('button', { name: 'Clear search' }).click();
    await expect(search(page)).toHaveValue('');
    await expect(search(page)).toBeFocused();
    await expect(page).toHaveURL(/\/customers$/);
    await expect(rows(page)).toHaveCount(before);
  });

  test(`${cloud.name}: a row expands in place with the Microsoft ID, subscriptions and links, and closes by keyboard`, async ({ page }) => {
    await login(page, admin);
    await openList(page);
    const row = rows(page).first();
    const id = (await row.getAttribute('data-customer-id'))!;
    const name = (await row.locator('th a').textContent())!;
    const arrow = row.getByRole('button', { name: `Details for ${name}` });
    await expect(arrow).toHaveAttribute('aria-expanded', 'false');
    await arrow.focus();
    await page.keyboard.press('Enter');
    await expect(arrow).toHaveAttribute('aria-expanded', 'true');
    await expect(page).toHaveURL(new RegExp(`open=${id}`));
    const details = page.locator(`#${await arrow.getAttribute('aria-controls')}`);
    await expect(details).toContainText('Microsoft ID');
    await expect(details).toContainText(id);
    await expect(details.getByRole('heading', { name: 'Subscriptions' })).toBeVisible();
    await expect(details.getByText('Loading subscriptions…')).toHaveCount(0);
    const links = details.getByRole('list', { name: `Quick links for ${name}` });
    await expect(links.getByRole('link', { name: 'Account' })).toHaveAttribute('href', `/customers/customer?id=${id}&tab=account`);
    await expect(links.getByRole('link', { name: 'Subscriptions' })).toHaveAttribute('href', `/customers/customer?id=${id}&tab=subscriptions`);
    await expect(links.getByRole('link', { name: 'Users and licenses' })).toHaveCount(cloud.name === 'global' ? 1 : 0);
    await expect(arrow).toBeFocused();
    await page.keyboard.press('Space');
    await expect(arrow).toHaveAttribute('aria-expanded', 'false');
    await expect(details).toHaveCount(0);
    await expect(page).not.toHaveURL(/open=/);
  });

  test(`${cloud.name}: a customer's subscriptions that fail to load can be tried again`, async ({ page }) => {
    await login(page, admin);
    await openList(page);
    let fail = true;
    await page.route(/\/api\/v1\/customers\/[^/?]+\/subscriptions/, (route) =>
      fail ? json(500, problem('internal_error'))(route) : route.continue());
    const row = rows(page).first();
    await row.getByRole('button').click();
    const details = page.locator('tr.details-row');
    await expect(details.getByRole('alert')).toContainText('Something went wrong on our side.');
    fail = false;
    await details.getByRole('button', { name: 'Try again' }).click();
    await expect(details.getByRole('alert')).toHaveCount(0);
    await expect(details.getByText('Loading subscriptions…')).toHaveCount(0);
    await expect(details.locator('ul.link-list, p').first()).toBeVisible();
  });

  test(`${cloud.name}: Next and Previous page through the list, and the address keeps the page`, async ({ page }) => {
    await login(page, admin);
    await smallPages(page, 5);
    await openList(page);
    const prev = page.locator('#customers-prev');
    const next = page.locator('#customers-next');
    await expect(prev).toHaveAttribute('aria-disabled', 'true');
    const first = await shownNames(page);
    expect(first).toHaveLength(5);
    const historyBefore = await page.evaluate(() => history.length);
    await next.click();
    await expect(page).toHaveURL(/\?at=[A-Za-z0-9_-]+$/);
    await expect.poll(() => shownNames(page)).not.toEqual(first);
    const second = await shownNames(page);
    expect(second).toHaveLength(5);
    // Sorted by company name across pages.
    expect(first[4].localeCompare(second[0], 'en', { sensitivity: 'base' })).toBeLessThanOrEqual(0);
    await next.click();
    await expect.poll(() => shownNames(page)).not.toEqual(second);
    const third = await shownNames(page);
    await prev.click();
    await expect.poll(() => shownNames(page)).toEqual(second);
    // The address follows once the rows are in.
    await expect(page).toHaveURL(/\?at=[A-Za-z0-9_-]+$/);
    await expect.poll(() => page.evaluate(() => history.length)).toBe(historyBefore + 3);
    // Each page turn is a history entry (Previous too): Back goes to the page shown before.
    await page.goBack();
    await expect.poll(() => shownNames(page)).toEqual(third);
    await page.goBack();
    await expect.poll(() => shownNames(page)).toEqual(second);
    await page.goBack();
    await expect.poll(() => shownNames(page)).toEqual(first);
    await expect(prev).toHaveAttribute('aria-disabled', 'true');
    await page.goForward();
    await expect.poll(() => shownNames(page)).toEqual(second);
    // A reload keeps the page; Previous then goes to the first.
    await page.reload();
    await expect.poll(() => shownNames(page)).toEqual(second);
    await prev.click();
    await expect.poll(() => shownNames(page)).toEqual(first);
    await expect(prev).toHaveAttribute('aria-disabled', 'true');
    expect(third).toHaveLength(5);
  });

  test(`${cloud.name}: the Customers link in the menu, from a later page, opens the first page`, async ({ page }) => {
    await login(page, admin);
    await smallPages(page, 5);
    await openList(page);
    const first = await shownNames(page);
    await page.locator('#customers-next').click();
    await expect.poll(() => shownNames(page)).not.toEqual(first);
    await expect(page).toHaveURL(/\?at=/);
    await page.getByRole('navigation').getByRole('link', { name: 'Customers', exact: true }).click();
    await expect(page).toHaveURL(/\/customers$/);
    await expect.poll(() => shownNames(page)).toEqual(first);
    await expect(page.locator('#customers-prev')).toHaveAttribute('aria-disabled', 'true');
  });

  test(`${cloud.name}: reload and Back keep the search, the page and the expanded row`, async ({ page }) => {
    await login(page, admin);
    await smallPages(page, 2);
    await openList(page);
    await search(page).fill(cloud.namePrefix);
    await expect.poll(async () => (await shownNames(page)).every((n) => n.startsWith(cloud.namePrefix))).toBe(true);
    const first = await shownNames(page);
    await page.locator('#customers-next').click();
    await expect.poll(() => shownNames(page)).not.toEqual(first);
    const second = await shownNames(page);
    const row = rows(page).first();
    const id = (await row.getAttribute('data-customer-id'))!;
    await row.getByRole('button').click();
    await expect(page).toHaveURL(new RegExp(`open=${id}&at=`));
    await page.reload();
    await expect(search(page)).toHaveValue(cloud.namePrefix);
    await expect.poll(() => shownNames(page)).toEqual(second);
    await expect(page.locator(`tr[data-customer-id="${id}"] button`)).toHaveAttribute('aria-expanded', 'true');
    await expect(page.locator('tr.details-row')).toContainText(id);
    await page.goBack();
    await expect(search(page)).toHaveValue(cloud.namePrefix);
    await expect.poll(() => shownNames(page)).toEqual(first);
    await expect(page.locator('tr.details-row')).toHaveCount(0);
  });

  test(`${cloud.name}: a slow answer to an older search does not overwrite a newer one`, async ({ page }) => {
    await login(page, admin);
    await openList(page);
    const slow = encodeURIComponent(`"Value":"${cloud.nothing}"`);
    await page.route(LIST_REQUEST, async (route) => {
      if (route.request().url().includes(slow)) {
        await new Promise((r) => setTimeout(r, 1500));
        // The app has cancelled it by now: continuing a cancelled request fails, which is fine.
        await route.continue().catch(() => {});
      } else {
        await route.continue();
      }
    });
    const sent = page.waitForRequest((r) => r.url().includes(slow));
    await search(page).fill(cloud.nothing);
    await sent;
    await expect(table(page)).toHaveAttribute('data-busy', 'true');
    await search(page).fill(cloud.domainPrefix);
    await expect(names(page)).toHaveText([cloud.domainName]);
    await page.waitForTimeout(2000);
    await expect(names(page)).toHaveText([cloud.domainName]);
    await expect(status(page)).toHaveText('1 customer');
    await expect(search(page)).toHaveValue(cloud.domainPrefix);
  });

  test(`${cloud.name}: company names are shown as text, never run as markup`, async ({ page }) => {
    await login(page, admin);
    const hostile = '<img src=x onerror="window.__pwned=1">Evil & Co <script>window.__pwned=2</script>';
    await page.route(LIST_REQUEST, json(200, {
      totalCount: 1, matchCount: 1, links: {}, attributes: { objectType: 'Collection' },
      items: [{
        id: 'c0ffee00-0000-4000-8000-000000000001',
        companyProfile: { tenantId: 'c0ffee00-0000-4000-8000-000000000001', domain: '<b>x</b>.onmicrosoft.com', companyName: hostile },
        relationshipToPartner: 'reseller', attributes: { objectType: 'Customer' },
      }],
    }));
    await page.goto(LIST);
    await expect(names(page)).toHaveText([hostile]);
    await expect(rows(page).locator('td').first()).toHaveText('<b>x</b>.onmicrosoft.com');
    await expect(table(page).locator('img, script, b')).toHaveCount(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await expect(status(page)).toHaveText('1 customer');
  });

  test(`${cloud.name}: with no total from the server, no total is shown`, async ({ page }) => {
    await login(page, admin);
    await page.route(LIST_REQUEST, async (route) => {
      const res = await route.fetch();
      const body = await res.json();
      delete body.matchCount;
      await route.fulfill({ response: res, json: body });
    });
    await openList(page);
    await expect(status(page)).toHaveText(/^\d+ customers on this page$/);
  });

  const faults: { name: string; fault: (route: Route) => Promise<void>; message: string }[] = [
    { name: '403', fault: json(403, problem('forbidden')), message: "Your role can't do this." },
    { name: '429 with Retry-After', fault: json(429, problem('too_many_requests'), { 'Retry-After': '120' }), message: 'Partner Center is busy right now. Wait 120 seconds, then try again.' },
    { name: '500', fault: json(500, problem('internal_error')), message: 'Something went wrong on our side.' },
    { name: '503', fault: json(503, problem('service_unavailable')), message: 'Partner Center is busy right now. Try again in a moment.' },
    { name: 'a timeout', fault: (r) => r.abort('timedout'), message: "Partner Center can't be reached right now." },
    { name: 'malformed JSON', fault: json(200, '{"items":[{"id":'), message: "Partner Center sent a response that couldn't be read." },
  ];
  for (const f of faults) {
    test(`${cloud.name}: ${f.name} on a search is explained; the page and the search stay; Try again works`, async ({ page }) => {
      await login(page, admin);
      await openList(page);
      await page.route(LIST_REQUEST, f.fault);
      await search(page).fill(cloud.namePrefix);
      const alert = page.getByRole('alert');
      await expect(alert).toContainText(f.message, { timeout: 15_000 });
      await expect(search(page)).toHaveValue(cloud.namePrefix);
      await expect(page.getByRole('heading', { level: 1, name: 'Customers' })).toBeVisible();
      await page.unroute(LIST_REQUEST);
      await alert.getByRole('button', { name: 'Try again' }).click();
      await expect(alert).toHaveCount(0);
      await expect.poll(async () => {
        const n = await shownNames(page);
        return n.length > 0 && n.every((x) => x.startsWith(cloud.namePrefix));
      }).toBe(true);
    });
  }

  test(`${cloud.name}: offline is explained and the search stays`, async ({ page, context }) => {
    await login(page, admin);
    await openList(page);
    await context.setOffline(true);
    await search(page).fill(cloud.namePrefix);
    await expect(page.getByRole('alert')).toContainText("You're offline.");
    await expect(search(page)).toHaveValue(cloud.namePrefix);
    await context.setOffline(false);
    await page.getByRole('alert').getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByRole('alert')).toHaveCount(0);
    await expect.poll(async () => (await shownNames(page)).every((x) => x.startsWith(cloud.namePrefix))).toBe(true);
  });

  test(`${cloud.name}: an ended session signs in again and comes back to the same search`, async ({ page }) => {
    await login(page, admin);
    await openList(page);
    await page.route(LIST_REQUEST, json(401, problem('session_required')), { times: 1 });
    await search(page).fill(cloud.namePrefix);
    await expect(page).toHaveURL(/\/signin\?.*returnUrl=%2Fcustomers%3Fq%3D/);
    await page.locator('#userName').fill(admin);
    await page.locator('#password').fill('Partner-Demo-2026');
    await page.locator('form button[type=submit]').click();
    await expect(page).toHaveURL(new RegExp(`/customers\\?q=`));
    await expect(search(page)).toHaveValue(cloud.namePrefix);
    await expect.poll(async () => {
      const n = await shownNames(page);
      return n.length > 0 && n.every((x) => x.startsWith(cloud.namePrefix));
    }).toBe(true);
  });

  test(`${cloud.name}: a help desk agent sees the list without Add customer; a billing admin may not open it`, async ({ page }) => {
    await login(page, who(cloud, 'helpdesk'));
    await openList(page);
    await expect(page.getByRole('link', { name: 'Add customer' })).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Request a reseller relationship' })).toHaveCount(0);
    await page.context().clearCookies();
    await login(page, who(cloud, 'billing'));
    await page.goto(LIST);
    await expect(page.getByRole('heading', { level: 1, name: "This page isn't available to your role" })).toBeVisible();
    await expect(table(page)).toHaveCount(0);
  });

  for (const tag of ['en-US', 'zh-CN']) {
    test(`${cloud.name}: the list with a row expanded is accessible in ${tag}`, async ({ page }) => {
      await useLocale(page, tag);
      await login(page, admin);
      await openList(page);
      await rows(page).first().getByRole('button').click();
      await expect(page.locator('tr.details-row')).toBeVisible();
      await expect(page.locator('tr.details-row .loading')).toHaveCount(0);
      await expectAccessible(page);
      await search(page).fill(cloud.nothing);
      await expect(table(page)).toBeHidden();
      await expectAccessible(page);
    });
  }
}

/** One pass in a language at 360 px: translated, nothing wider than the screen, accessible. */
export function customerListLocaleCases(cloud: Cloud, heading: Record<string, string>) {
  test.describe.configure({ timeout: 60_000 });
  for (const [tag, title] of Object.entries(heading)) {
    test(`${cloud.name}: the list in ${tag} at 360 px`, async ({ page }) => {
      await useLocale(page, tag);
      await page.setViewportSize({ width: 360, height: 740 });
      await login(page, who(cloud, 'admin'));
      await openList(page);
      await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
      await expect(status(page)).not.toHaveText(/customers/);
      await rows(page).first().getByRole('button').click();
      await expect(page.locator('tr.details-row')).toBeVisible();
      await expect(page.locator('tr.details-row .loading')).toHaveCount(0);
      const wide = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(wide).toBeLessThanOrEqual(360);
      await expectAccessible(page);
    });
  }
}
