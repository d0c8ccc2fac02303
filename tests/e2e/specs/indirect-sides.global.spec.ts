import { test, expect, type Page } from '@playwright/test';
import { signIn, expectAccessible, useLocale } from './support';

// Both sides of the indirect channel in the global cloud (seed 003; GL17/indirect-reseller-tasks
// and GL17/indirect-provider-tasks): the reseller's View customers and Invite new customers on
// its Indirect providers page, and the provider's Indirect resellers page, Request a partnership
// and a reseller's customers. Demo data: Contoso Distribution (provider) shares four customers
// with Fabrikam (its indirect reseller).

const FABRIKAM_ADMIN = 'admin@fabrikam.onmicrosoft.com';
const CONTOSO_ADMIN = 'provider@contoso-distribution.onmicrosoft.com';
const CONTOSO_ID = '4e0b7c19-3a6d-4f25-8b1e-9d2c6a7f0b35';
const FABRIKAM_ID = '67c7b3a4-dc8a-4729-b820-8c4d3c2eab52';
const SHARED = ['Adatum Corporation', 'Alpine Ski House', 'Coho Winery', 'Proseware, Inc.'];

/** Reads of the customers a reseller shares with a provider. */
const SHARED_API = (u: URL) => /\/api\/v1\/relationships\/[^/]+\/sharedcustomers$/.test(u.pathname);
const json = (status: number, body: unknown) => ({ status, contentType: 'application/json', body: typeof body === 'string' ? body : JSON.stringify(body) });
const error = (code: string) => ({ code, description: code, data: [], source: 'test' });

/** The decoded parts of a mailto: URL. */
function mailto(href: string) {
  const m = /^mailto:([^?]*)\?subject=([^&]*)&body=([^&]*)$/.exec(href);
  expect(m, href).not.toBeNull();
  return { to: decodeURIComponent(m![1]), subject: decodeURIComponent(m![2]), body: decodeURIComponent(m![3]) };
}

async function signedIn(page: Page, user: string) {
  await signIn(page, user);
  await expect(page).toHaveURL(/\/dashboard\/overview$/);
}

test.describe('reseller side', () => {
  test('View customers lists the customers shared with the provider, from a deep link too', async ({ page }) => {
    await signedIn(page, FABRIKAM_ADMIN);
    await page.getByRole('navigation').getByRole('link', { name: 'Indirect providers', exact: true }).click();
    const row = page.locator('#providers-table').getByRole('row', { name: /Contoso Distribution Ltd\./ });
    await row.getByRole('link', { name: 'View customers' }).click();
    await expect(page).toHaveURL(new RegExp(`/indirect-providers/customers/${CONTOSO_ID}$`));
    await expect(page.getByRole('heading', { level: 1, name: 'Shared customers' })).toBeVisible();
    await expect(page.getByText('The customers you and Contoso Distribution Ltd. share.')).toBeVisible();
    const names = page.locator('#partner-customers tbody th');
    await expect(names).toHaveText(SHARED);
    await expect(page.locator('#partner-customers tbody tr').first()).toContainText('adatumcontoso.onmicrosoft.com');
    await expectAccessible(page);
    await page.reload();
    await expect(names).toHaveText(SHARED);
  });

  test('View customers reads the server\'s pages with Show more', async ({ page }) => {
    await signedIn(page, FABRIKAM_ADMIN);
    // Pages of two, so the four shared customers take two reads.
    await page.route((u) => u.pathname.endsWith('/sharedcustomers') && u.searchParams.get('size') === '100', (route) =>
      route.continue({ url: route.request().url().replace('size=100', 'size=2') }));
    await page.goto(`/indirect-providers/customers/${CONTOSO_ID}`);
    const names = page.locator('#partner-customers tbody th');
    await expect(names).toHaveText(SHARED.slice(0, 2));
    await page.getByRole('button', { name: 'Show more customers' }).click();
    await expect(names).toHaveText(SHARED);
    await expect(page.getByRole('button', { name: 'Show more customers' })).toHaveCount(0);
  });

  test('View customers: none shared, and a provider that is not ours, each say so', async ({ page }) => {
    await signedIn(page, FABRIKAM_ADMIN);
    await page.route(SHARED_API, (route) =>
      route.fulfill(json(200, { totalCount: 0, items: [], links: {}, attributes: { objectType: 'Collection' } })));
    await page.goto(`/indirect-providers/customers/${CONTOSO_ID}`);
    await expect(page.locator('#partner-customers-empty')).toHaveText(/You don't share any customers with Contoso Distribution Ltd\. yet\./);
    await expectAccessible(page);
    await page.goto('/indirect-providers/customers/not-a-provider');
    await expect(page.locator('#partner-missing')).toHaveText(/This company isn't one of your indirect providers\./);
    await expect(page.getByRole('button', { name: 'Try again' })).toHaveCount(0);
  });

  test('View customers survives a 500 (Try again) and a 401 (sign in and back)', async ({ page }) => {
    await signedIn(page, FABRIKAM_ADMIN);
    let fail = true;
    await page.route(SHARED_API, (route) =>
      fail ? route.fulfill(json(500, error('internal_error'))) : route.continue());
    await page.goto(`/indirect-providers/customers/${CONTOSO_ID}`);
    await expect(page.getByRole('alert')).toContainText('Something went wrong on our side.');
    await expect(page.getByRole('heading', { level: 1, name: 'Shared customers' })).toBeVisible();
    fail = false;
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect(page.locator('#partner-customers tbody th')).toHaveText(SHARED);

    await page.unroute(SHARED_API);
    await page.route(SHARED_API, (route) => route.fulfill(json(401, error('session_required'))), { times: 1 });
    await page.reload();
    await expect(page).toHaveURL(/\/signin\?reason=expired&returnUrl=%2Findirect-providers%2Fcustomers%2F/);
    await page.locator('#userName').fill(FABRIKAM_ADMIN);
    await page.locator('#password').fill('Partner-Demo-2026');
    await page.locator('form button[type=submit]').click();
    await expect(page).toHaveURL(new RegExp(`/indirect-providers/customers/${CONTOSO_ID}$`));
    await expect(page.locator('#partner-customers tbody th')).toHaveText(SHARED);
  });

  test('Invite new customers: the customer\'s email, then the draft to copy or open in email', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await signedIn(page, FABRIKAM_ADMIN);
    await page.getByRole('navigation').getByRole('link', { name: 'Indirect providers', exact: true }).click();
    const row = page.locator('#providers-table').getByRole('row', { name: /Contoso Distribution Ltd\./ });
    await row.getByRole('link', { name: 'Invite new customers' }).click();
    await expect(page).toHaveURL(new RegExp(`/indirect-providers/invite/${CONTOSO_ID}$`));
    await expect(page.getByRole('heading', { level: 1, name: 'Invite new customers' })).toBeVisible();
    await expectAccessible(page);
    // The address is checked first.
    const email = page.getByLabel("Customer's email address");
    await email.fill('not an address');
    await page.getByRole('button', { name: 'Next' }).click();
    await expect(page.locator('.error-summary, [role=alert]').first()).toBeVisible();
    await expect(page.locator('#draft-email')).toHaveCount(0);
    // Typed text survives a reload.
    await email.fill('it+buyers@adatum.com');
    await page.reload();
    await expect(email).toHaveValue('it+buyers@adatum.com');
    await page.getByRole('button', { name: 'Next' }).click();

    const link = page.locator('#draft-link');
    await expect(link).toHaveText(/^https:\/\/admin\.microsoft\.com\/Adminportal\/Home\?invType=IndirectResellerRelationship&/);
    const url = (await link.textContent()) ?? '';
    expect(url).toContain(`indirectCSPId=${CONTOSO_ID}`);
    await expect(page.locator('#draft-to')).toHaveText('it+buyers@adatum.com');
    await expect(page.locator('#draft-subject')).toHaveText('Fabrikam, Inc. and Contoso Distribution Ltd.: request for a reseller relationship');
    const paragraphs = await page.locator('#draft-body p').allTextContents();
    expect(paragraphs[0]).toContain('with Contoso Distribution Ltd. as its indirect provider');
    expect(paragraphs.at(-1)).toBe(url);
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Copy to clipboard' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Copied' })).toHaveText('Copied. Paste the text into an email.');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(paragraphs.join('\n\n'));

    const href = (await page.getByRole('link', { name: 'Open in email' }).getAttribute('href')) ?? '';
    expect(href.length).toBeLessThanOrEqual(2000);
    const m = mailto(href);
    expect(m.to).toBe('it+buyers@adatum.com');
    expect(m.subject).toBe('Fabrikam, Inc. and Contoso Distribution Ltd.: request for a reseller relationship');
    expect(m.body).toBe(paragraphs.join('\r\n\r\n'));

    await page.getByRole('link', { name: 'Done' }).click();
    await expect(page).toHaveURL(/\/indirect-providers$/);
  });
});

test.describe('provider side', () => {
  test('Indirect resellers: in the provider\'s menu, with pending invitations and authorized resellers', async ({ page }) => {
    await signedIn(page, CONTOSO_ADMIN);
    await page.getByRole('navigation').getByRole('link', { name: 'Indirect resellers', exact: true }).click();
    await expect(page).toHaveURL(/\/indirect-resellers$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Indirect resellers' })).toBeVisible();
    const pending = page.locator('#pending-table');
    await expect(pending.getByRole('row', { name: /it@northwind-traders\.com/ })).toBeVisible();
    await expect(pending.getByRole('row', { name: /partner@hanbit-cloud\.co\.kr/ })).toBeVisible();
    // Expired and accepted invitations are not pending.
    await expect(pending.getByRole('row', { name: /it@tailspin-toys\.com/ })).toHaveCount(0);
    const fabrikam = page.locator('#resellers-table').getByRole('row', { name: /Fabrikam, Inc\./ });
    await expect(fabrikam).toContainText('4567890');
    await expectAccessible(page);

    await fabrikam.getByRole('link', { name: 'View customers' }).click();
    await expect(page).toHaveURL(new RegExp(`/indirect-resellers/customers/${FABRIKAM_ID}$`));
    await expect(page.getByRole('heading', { level: 1, name: "Reseller's customers" })).toBeVisible();
    await expect(page.getByText('The customers you share with Fabrikam, Inc.')).toBeVisible();
    await expect(page.locator('#partner-customers tbody th')).toHaveText(SHARED);
    await expectAccessible(page);
    await page.reload();
    await expect(page.locator('#partner-customers tbody th')).toHaveText(SHARED);
    await page.goto('/indirect-resellers/customers/not-a-reseller');
    await expect(page.locator('#partner-missing')).toHaveText(/This company isn't one of your indirect resellers\./);
  });

  test('Request a partnership: one invitation however often it is submitted, then its draft', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await signedIn(page, CONTOSO_ADMIN);
    await page.goto('/indirect-resellers');
    await page.getByRole('link', { name: 'Request a partnership' }).click();
    await expect(page).toHaveURL(/\/indirect-resellers\/request$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Request a partnership' })).toBeVisible();
    await expectAccessible(page);
    const reseller = `sales+${Date.now()}@wingtip-toys.com`;
    await page.getByLabel("Reseller's email address").fill(reseller);
    await page.getByLabel('Message to the reseller (optional)').fill('We would be glad to <b>supply</b> you.');
    let posts = 0;
    page.on('request', (r) => { if (r.method() === 'POST' && r.url().endsWith('/api/v1/relationships/invitations')) posts++; });
    await page.getByRole('button', { name: 'Create the partnership request' }).dblclick();

    const link = page.locator('#draft-link');
    await expect(link).toHaveText(new RegExp(`^${new URL(page.url()).origin.replace(/[.]/g, '\\.')}/indirect-providers/accept/[^/\\s]+$`));
    expect(posts).toBe(1);
    const url = (await link.textContent()) ?? '';
    await expect(page.locator('#draft-to')).toHaveText(reseller);
    await expect(page.locator('#draft-subject')).toHaveText('Contoso Distribution Ltd. invites you to be an indirect reseller');
    const paragraphs = await page.locator('#draft-body p').allTextContents();
    expect(paragraphs).toEqual([
      'Hello, Contoso Distribution Ltd. invites you to become its indirect reseller in the Cloud Solution Provider program.',
      'We would be glad to <b>supply</b> you.',
      'To accept, sign in to Partner Center as a global admin of your organization and open this link:',
      url,
    ]);
    await expect(page.locator('#draft-body b')).toHaveCount(0);
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Copy to clipboard' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Copied' })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(paragraphs.join('\n\n'));
    const m = mailto((await page.getByRole('link', { name: 'Open in email' }).getAttribute('href')) ?? '');
    expect(m.to).toBe(reseller);
    expect(m.body).toBe(paragraphs.join('\r\n\r\n'));

    // The link opens the invitation.
    const opened = await page.request.get(`/api/v1/relationships/invitations/by-token/${url.split('/').at(-1)}`, {
      headers: { 'MS-PartnerCenter-Client': 'partner-center-web' },
    });
    expect((await opened.json()).resellerEmail).toBe(reseller);

    await page.getByRole('link', { name: 'Done' }).click();
    await expect(page).toHaveURL(/\/indirect-resellers$/);
    await expect(page.locator('#pending-table').getByRole('row', { name: new RegExp(reseller.replace(/[.+]/g, '\\$&')) })).toHaveCount(1);
  });

  test('Request a partnership keeps what was typed through a 500 and a session that ends', async ({ page }) => {
    await signedIn(page, CONTOSO_ADMIN);
    await page.goto('/indirect-resellers/request');
    const reseller = `it+${Date.now()}@litware.com`;
    await page.getByLabel("Reseller's email address").fill(reseller);
    await page.route('**/api/v1/relationships/invitations', (route) => route.fulfill(json(500, error('internal_error'))), { times: 1 });
    await page.getByRole('button', { name: 'Create the partnership request' }).click();
    await expect(page.getByText('Something went wrong on our side.').first()).toBeVisible();
    await expect(page.getByLabel("Reseller's email address")).toHaveValue(reseller);

    await page.route('**/api/v1/relationships/invitations', (route) => route.fulfill(json(401, error('session_required'))), { times: 1 });
    await page.getByRole('button', { name: /Create the partnership request|Try again/ }).click();
    await expect(page).toHaveURL(/\/signin\?reason=expired&returnUrl=%2Findirect-resellers%2Frequest/);
    await page.locator('#userName').fill(CONTOSO_ADMIN);
    await page.locator('#password').fill('Partner-Demo-2026');
    await page.locator('form button[type=submit]').click();
    await expect(page).toHaveURL(/\/indirect-resellers\/request$/);
    await expect(page.getByLabel("Reseller's email address")).toHaveValue(reseller);
    await page.getByRole('button', { name: 'Create the partnership request' }).click();
    await expect(page.locator('#draft-to')).toHaveText(reseller);
  });

  test('the Indirect resellers page survives a 401 on a list (sign in and back)', async ({ page }) => {
    await signedIn(page, CONTOSO_ADMIN);
    await page.route((u) => u.pathname.endsWith('/relationships/invitations') && u.searchParams.get('state') === 'pending', (route) => route.fulfill(json(401, error('session_required'))), { times: 1 });
    await page.goto('/indirect-resellers');
    await expect(page).toHaveURL(/\/signin\?reason=expired&returnUrl=%2Findirect-resellers$/);
    await page.locator('#userName').fill(CONTOSO_ADMIN);
    await page.locator('#password').fill('Partner-Demo-2026');
    await page.locator('form button[type=submit]').click();
    await expect(page).toHaveURL(/\/indirect-resellers$/);
    await expect(page.locator('#pending-table').getByRole('row', { name: /it@northwind-traders\.com/ })).toBeVisible();
  });

  test('zh-CN at 360 px: Indirect resellers and Request a partnership in the seed\'s words', async ({ page }) => {
    await useLocale(page, 'zh-CN');
    await page.setViewportSize({ width: 360, height: 740 });
    await signedIn(page, CONTOSO_ADMIN);
    await page.goto('/indirect-resellers');
    await expect(page.getByRole('heading', { level: 1, name: '间接经销商' })).toBeVisible();
    await expect(page.locator('#resellers-table').getByRole('row', { name: /Fabrikam, Inc\./ })).toBeVisible();
    await expectAccessible(page);
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(await overflow()).toBeLessThanOrEqual(0);
    await page.getByRole('link', { name: '请求合作关系' }).click();
    await page.getByLabel('经销商的电子邮件地址').fill(`zh+${Date.now()}@wingtip-toys.com`);
    await page.getByRole('button', { name: '创建合作关系请求' }).click();
    await expect(page.locator('#draft-subject')).toHaveText('Contoso Distribution Ltd. 邀请你成为间接经销商');
    await expect(page.getByRole('button', { name: '复制到剪贴板' })).toBeVisible();
    await expect(page.getByRole('link', { name: '在电子邮件中打开' })).toBeVisible();
    await expectAccessible(page);
    expect(await overflow()).toBeLessThanOrEqual(0);
  });
});

// One pass in each other language at 360 px: every page of both sides is in the language (its
// heading is not the English one) and nothing is wider than the screen.
test('zh-TW, ko-KR and fr-FR at 360 px: both sides\' pages fit and are in the language', async ({ page }) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 360, height: 740 });
  const sides: [string, string[]][] = [
    [FABRIKAM_ADMIN, ['/indirect-providers', `/indirect-providers/customers/${CONTOSO_ID}`, `/indirect-providers/invite/${CONTOSO_ID}`]],
    [CONTOSO_ADMIN, ['/indirect-resellers', '/indirect-resellers/request', `/indirect-resellers/customers/${FABRIKAM_ID}`]],
  ];
  const h1 = page.getByRole('heading', { level: 1 });
  for (const [user, paths] of sides) {
    await useLocale(page, 'en-US');
    await signedIn(page, user);
    await page.evaluate(() => localStorage.setItem('pc.locale', 'en-US'));
    const english: string[] = [];
    for (const path of paths) {
      await page.goto(path);
      await expect(page.locator('main .loading')).toHaveCount(0);
      english.push((await h1.innerText()).trim());
    }
    for (const tag of ['zh-TW', 'ko-KR', 'fr-FR']) {
      await page.evaluate((t) => localStorage.setItem('pc.locale', t), tag);
      for (const [i, path] of paths.entries()) {
        await page.goto(path);
        await expect(page.locator('main .loading')).toHaveCount(0);
        await expect(h1, `${tag} ${path}`).not.toHaveText(english[i]);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `${tag} ${path}`).toBeLessThanOrEqual(0);
      }
    }
    await page.context().clearCookies();
  }
});
