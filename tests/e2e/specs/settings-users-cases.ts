import { test, expect, type Page } from '@playwright/test';
import { DEMO_PASSWORD, expectAccessible, signIn, useLocale } from './support';

// User management (Account settings › User management), the same cases in both clouds: each
// spec file passes its cloud's demo users. Users are created with unique names, and no test
// counts the whole list: all specs share one server database.

export interface Cloud {
  name: 'china' | 'global';
  domain: string;
}

const USERS = '/account-settings/users';
const ADD = '/account-settings/users/add';

export function user(cloud: Cloud, local: string) {
  return `${local}@${cloud.domain}`;
}

let counter = 0;
/** A unique display name and sign-in name for a user this test creates. */
export function unique(cloud: Cloud, tag: string) {
  const n = `${Date.now().toString(36)}${(counter++).toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
  return { name: `E2E ${tag} ${n}`, email: user(cloud, `e2e.${tag}.${n}`) };
}

/** Signs in and waits until the session is there (a navigation right after the click would
 * abandon the sign-in). */
export async function login(page: Page, who: string) {
  await signIn(page, who);
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
}

async function openAdd(page: Page) {
  await page.goto(ADD);
  await expect(page.getByRole('heading', { level: 1, name: 'Add user' })).toBeVisible();
}

async function fillUser(page: Page, u: { name: string; email: string }, agent = 'sales_agent') {
  // The role first: leaving a field in error shows its message, which moves what is below it.
  await page.locator(`#agentRole-${agent}`).check();
  await page.locator('#displayName').fill(u.name);
  await page.locator('#userPrincipalName').fill(u.email);
}

/** Adds a user through the form and returns on the page that shows the temporary password. */
export async function addUser(page: Page, u: { name: string; email: string }, agent = 'sales_agent') {
  await openAdd(page);
  await fillUser(page, u, agent);
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'User added: sign-in information' })).toBeVisible();
}

async function openUser(page: Page, name: string) {
  await page.goto(`${USERS}?q=${encodeURIComponent(name)}`);
  await page.getByRole('link', { name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

export function userCases(cloud: Cloud) {
  const admin = user(cloud, 'admin');
  const usermgmt = user(cloud, 'usermgmt');

  test.describe('user management', () => {
    test('add a user: the temporary password is shown once and is gone after a reload', async ({ page }) => {
      await login(page, admin);
      const u = unique(cloud, 'add');
      await openAdd(page);
      // "No admin" is the default.
      await expect(page.locator('#adminRole-none')).toBeChecked();
      await fillUser(page, u);
      await page.getByRole('button', { name: 'Add', exact: true }).click();
      const info = page.getByRole('region', { name: 'User added: sign-in information' });
      await expect(info.getByRole('heading')).toBeFocused();
      await expect(info).toContainText("You won't be able to access this information again");
      await expect(info).toContainText(u.email);
      const password = (await info.locator('code').textContent()) ?? '';
      expect(password).toHaveLength(16);
      await expect(info.getByRole('button', { name: 'Copy' })).toBeVisible();
      await expect(info.getByRole('button', { name: 'Print' })).toBeVisible();
      // Never in the browser's storage or the address.
      const stored = await page.evaluate(() => JSON.stringify({ ...sessionStorage }) + JSON.stringify({ ...localStorage }));
      expect(stored).not.toContain(password);
      expect(page.url()).not.toContain(password);

      await page.reload();
      await expect(page.getByRole('heading', { level: 1, name: 'Add user' })).toBeVisible();
      await expect(page.getByText(password)).toHaveCount(0);
      await expect(page.locator('#displayName')).toHaveValue('');

      // The new user is in the list with their role, and signs in with the temporary password.
      await page.goto(`${USERS}?q=${encodeURIComponent(u.name)}`);
      const row = page.locator('.user-list li', { hasText: u.name });
      await expect(row).toContainText(u.email);
      await expect(row).toContainText('Sales agent');
    });

    test('Copy puts the temporary password on the clipboard', async ({ page, context }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await login(page, admin);
      const u = unique(cloud, 'copy');
      await addUser(page, u);
      const info = page.getByRole('region', { name: 'User added: sign-in information' });
      const password = (await info.locator('code').textContent()) ?? '';
      await info.getByRole('button', { name: 'Copy' }).click();
      await expect(info.getByRole('status')).toHaveText('The temporary password is copied.');
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(password);
    });

    test('what was typed on Add user and on a user\'s page survives a reload', async ({ page }) => {
      await login(page, admin);
      const u = unique(cloud, 'draft');
      await openAdd(page);
      await fillUser(page, u, 'helpdesk_agent');
      await page.locator('#adminRole-billing_admin').check();
      await page.reload();
      await expect(page.locator('#displayName')).toHaveValue(u.name);
      await expect(page.locator('#userPrincipalName')).toHaveValue(u.email);
      await expect(page.locator('#agentRole-helpdesk_agent')).toBeChecked();
      await expect(page.locator('#adminRole-billing_admin')).toBeChecked();
      await page.locator('#adminRole-none').check();
      await page.getByRole('button', { name: 'Add', exact: true }).click();
      await expect(page.getByRole('heading', { name: 'User added: sign-in information' })).toBeVisible();

      await openUser(page, u.name);
      await page.locator('#displayName').fill(`${u.name} C`);
      await page.locator('#agentRole-none').check();
      await page.reload();
      await expect(page.locator('#displayName')).toHaveValue(`${u.name} C`);
      await expect(page.locator('#agentRole-none')).toBeChecked();
    });

    test('a double click on Add creates one user', async ({ page }) => {
      await login(page, admin);
      const u = unique(cloud, 'dbl');
      let posts = 0;
      await page.route('**/api/v1/users', async (route) => {
        if (route.request().method() === 'POST') {
          posts++;
          await new Promise((r) => setTimeout(r, 500));
        }
        await route.continue();
      });
      await openAdd(page);
      await fillUser(page, u);
      await page.getByRole('button', { name: 'Add', exact: true }).dblclick();
      await expect(page.getByRole('heading', { name: 'User added: sign-in information' })).toBeVisible();
      expect(posts).toBe(1);
      await page.unroute('**/api/v1/users');
      await page.goto(`${USERS}?q=${encodeURIComponent(u.name)}`);
      await expect(page.locator('.user-list li')).toHaveCount(1);
    });

    test('search and the role filter live in the address and survive a reload', async ({ page }) => {
      await login(page, admin);
      const u = unique(cloud, 'find');
      await addUser(page, u, 'helpdesk_agent');
      await page.goto(USERS);
      await page.getByLabel('Search by name or email address').fill(u.email.toUpperCase());
      await expect(page.locator('.user-list li')).toHaveCount(1);
      await expect(page.locator('.user-list li')).toContainText(u.name);
      await page.getByLabel('Role', { exact: true }).selectOption('helpdesk_agent');
      await expect(page).toHaveURL(/role=helpdesk_agent/);
      await expect(page.locator('.user-list li')).toContainText(u.name);
      await page.reload();
      await expect(page.getByLabel('Search by name or email address')).toHaveValue(u.email.toUpperCase());
      await expect(page.getByLabel('Role', { exact: true })).toHaveValue('helpdesk_agent');
      await expect(page.locator('.user-list li')).toContainText(u.name);
      // Another role: the user is not in it; a clear empty state.
      await page.getByLabel('Role', { exact: true }).selectOption('global_admin');
      await expect(page.getByText('No users match your search.')).toBeVisible();
      await expect(page.locator('.user-list li')).toHaveCount(0);
      // The global admin filter without a search shows the signed-in global admin.
      await page.goto(`${USERS}?role=global_admin`);
      await expect(page.locator('.user-list li', { hasText: admin })).toContainText('Global admin');
    });

    test('edit a user\'s roles', async ({ page }) => {
      await login(page, admin);
      const u = unique(cloud, 'edit');
      await addUser(page, u);
      await openUser(page, u.name);
      await expect(page.locator('#agentRole-sales_agent')).toBeChecked();
      await page.locator('#agentRole-admin_agent').check();
      await page.locator('#adminRole-billing_admin').check();
      await page.getByRole('button', { name: 'Update' }).click();
      await expect(page.getByRole('status').filter({ hasText: "The user's changes are saved." })).toBeVisible();
      await page.goto(`${USERS}?q=${encodeURIComponent(u.name)}`);
      const row = page.locator('.user-list li', { hasText: u.name });
      await expect(row).toContainText('Billing admin');
      await expect(row).toContainText('Admin agent');
    });

    test('delete a user after a confirmation that names them; Escape cancels', async ({ page }) => {
      await login(page, admin);
      const u = unique(cloud, 'del');
      await addUser(page, u);
      await openUser(page, u.name);
      await page.getByRole('button', { name: 'Delete user' }).click();
      const dialog = page.getByRole('dialog', { name: `Delete ${u.name}?` });
      await expect(dialog).toBeVisible();
      await expect(dialog).toContainText(u.email);
      await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();
      await expect(page.getByRole('button', { name: 'Delete user' })).toBeFocused();
      await page.getByRole('button', { name: 'Delete user' }).click();
      await dialog.getByRole('button', { name: 'Delete', exact: true }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'User management' })).toBeVisible();
      await page.goto(`${USERS}?q=${encodeURIComponent(u.name)}`);
      await expect(page.getByText('No users match your search.')).toBeVisible();
    });

    test('an email address outside the domain: the field says so, in the server\'s words too', async ({ page }) => {
      await login(page, admin);
      const u = unique(cloud, 'dom');
      await openAdd(page);
      await fillUser(page, { name: u.name, email: 'someone@contoso.com' });
      await page.getByRole('button', { name: 'Add', exact: true }).click();
      const message = "Enter an email address in your organization's domain.";
      await expect(page.locator('#userPrincipalName-error')).toContainText(message);
      await expect(page.getByRole('alert')).toBeFocused();
      // The server's own refusal (a domain rule the app does not know) reads the same.
      await page.route('**/api/v1/users', (r) => r.fulfill({
        status: 400, contentType: 'application/json',
        body: JSON.stringify({ code: 'validation_failed', description: 'x', data: [{ field: 'userPrincipalName', code: 'invalid_value', description: 'The sign-in name must be in your domain.' }] }),
      }));
      await page.locator('#userPrincipalName').fill(u.email);
      await page.getByRole('button', { name: 'Add', exact: true }).click();
      await expect(page.locator('#userPrincipalName-error')).toContainText(message);
      await expect(page.locator('#userPrincipalName')).toHaveValue(u.email);
    });

    test('the last global admin cannot be demoted: the server\'s refusal is explained', async ({ page }) => {
      // The demo partners have two global admins, and no test may demote a user others sign in
      // as; the server's rule itself is tested in server/tests/partner_account.rs. Here the
      // server's answer for the last one is what the partner sees.
      await login(page, admin);
      await page.goto(`${USERS}?role=global_admin`);
      await page.locator('.user-list li', { hasText: admin }).getByRole('link').click();
      await page.route('**/api/v1/users/*', (r) => (r.request().method() === 'PATCH'
        ? r.fulfill({
          status: 409, contentType: 'application/json',
          body: JSON.stringify({ code: 'last_global_admin', description: 'x', data: [], source: 'PartnerCenterReferenceServer' }),
        })
        : r.fallback()));
      await page.locator('#adminRole-none').check();
      await page.getByRole('button', { name: 'Update' }).click();
      await expect(page.getByRole('alert')).toContainText('Your organization must keep at least one global admin.');
      await expect(page.locator('#adminRole-none')).toBeChecked();
      // And you can't delete yourself: the page says so instead of offering it.
      await expect(page.getByText("You can't delete your own account.")).toBeVisible();
      await expect(page.getByRole('button', { name: 'Delete user' })).toHaveCount(0);
    });

    test('a user management admin cannot choose admin roles or edit an admin', async ({ page }) => {
      await login(page, usermgmt);
      await openAdd(page);
      await expect(page.locator('#adminRole-global_admin')).toBeDisabled();
      await expect(page.locator('#adminRole-none')).toBeChecked();
      await expect(page.getByText('Only global admins can assign admin roles.')).toBeVisible();
      await expect(page.locator('#agentRole-sales_agent')).toBeEnabled();
      // They still add a user with an agent role.
      const u = unique(cloud, 'uma');
      await fillUser(page, u);
      await page.getByRole('button', { name: 'Add', exact: true }).click();
      await expect(page.getByRole('heading', { name: 'User added: sign-in information' })).toBeVisible();
      // A global admin's page: what they hold, and why it stops there.
      await page.goto(`${USERS}?role=global_admin`);
      await page.locator('.user-list li', { hasText: admin }).getByRole('link').click();
      await expect(page.getByText('This user has an admin role. Only global admins can change or delete')).toBeVisible();
      await expect(page.getByRole('button', { name: 'Update' })).toHaveCount(0);
      await expect(page.getByRole('button', { name: 'Delete user' })).toHaveCount(0);
    });

    test('a user\'s page: 412 keeps the typed edits and loads the latest version', async ({ page }) => {
      await login(page, admin);
      const u = unique(cloud, 'etag');
      await addUser(page, u);
      await openUser(page, u.name);
      let first = true;
      await page.route('**/api/v1/users/*', (r) => {
        if (r.request().method() === 'PATCH' && first) {
          first = false;
          return r.fulfill({ status: 412, contentType: 'application/json', body: '{"code":"precondition_failed","description":"x","data":[]}' });
        }
        return r.continue();
      });
      await page.locator('#displayName').fill(`${u.name} B`);
      await page.getByRole('button', { name: 'Update' }).click();
      await expect(page.getByRole('alert')).toContainText('Someone else changed this user while you were working.');
      await expect(page.locator('#displayName')).toHaveValue(`${u.name} B`);
      await page.getByRole('button', { name: 'Update' }).click();
      await expect(page.getByRole('status').filter({ hasText: "The user's changes are saved." })).toBeVisible();
      await expect(page.getByRole('heading', { level: 1, name: `${u.name} B` })).toBeVisible();
    });

    const faults: { name: string; fault: Parameters<Page['route']>[1]; message: string }[] = [
      { name: '403', fault: (r) => r.fulfill({ status: 403, contentType: 'application/json', body: '{"code":"forbidden","description":"x","data":[]}' }), message: "Your role can't make this change." },
      { name: '409 user exists', fault: (r) => r.fulfill({ status: 409, contentType: 'application/json', body: '{"code":"user_exists","description":"x","data":[]}' }), message: 'A user with this email address already exists.' },
      { name: '429', fault: (r) => r.fulfill({ status: 429, headers: { 'Retry-After': '5' }, contentType: 'application/json', body: '{"code":"throttled","description":"x","data":[]}' }), message: 'Too many requests.' },
      { name: '500', fault: (r) => r.fulfill({ status: 500, contentType: 'application/json', body: '{"code":"internal_error","description":"x","data":[]}' }), message: 'Something went wrong on our side.' },
      { name: '503', fault: (r) => r.fulfill({ status: 503, contentType: 'text/html', body: '<h1>Service unavailable</h1>' }), message: 'Partner Center is busy right now.' },
      { name: 'timeout', fault: (r) => r.abort('timedout'), message: "Partner Center can't be reached right now." },
      { name: 'malformed JSON', fault: (r) => r.fulfill({ status: 201, contentType: 'application/json', body: '{"id":' }), message: "Partner Center sent a response that couldn't be read." },
    ];
    for (const c of faults) {
      test(`add user: ${c.name} is explained and the input stays`, async ({ page }) => {
        await login(page, admin);
        const u = unique(cloud, 'fault');
        await openAdd(page);
        await fillUser(page, u);
        await page.route('**/api/v1/users', (r) => (r.request().method() === 'POST' ? c.fault(r, r.request()) : r.continue()));
        await page.getByRole('button', { name: 'Add', exact: true }).click();
        await expect(page.getByText(c.message).first()).toBeVisible();
        await expect(page.locator('#displayName')).toHaveValue(u.name);
        await expect(page.locator('#userPrincipalName')).toHaveValue(u.email);
        await expect(page.locator('#agentRole-sales_agent')).toBeChecked();
      });
    }

    test('a user\'s page: a failed update is explained and the edits stay', async ({ page }) => {
      await login(page, admin);
      const u = unique(cloud, 'upd');
      await addUser(page, u);
      await openUser(page, u.name);
      await page.route('**/api/v1/users/*', (r) => (r.request().method() === 'PATCH'
        ? r.fulfill({ status: 500, contentType: 'application/json', body: '{"code":"internal_error","description":"x","data":[]}' })
        : r.continue()));
      await page.locator('#displayName').fill(`${u.name} D`);
      await page.locator('#agentRole-helpdesk_agent').check();
      await page.getByRole('button', { name: 'Update' }).click();
      await expect(page.getByRole('alert')).toContainText('Something went wrong on our side.');
      await expect(page.locator('#displayName')).toHaveValue(`${u.name} D`);
      await expect(page.locator('#agentRole-helpdesk_agent')).toBeChecked();
      await page.unroute('**/api/v1/users/*');
      await page.getByRole('button', { name: 'Try again' }).click();
      await expect(page.getByRole('status').filter({ hasText: "The user's changes are saved." })).toBeVisible();
    });

    test('add user: offline is explained and the input stays', async ({ page, context }) => {
      await login(page, admin);
      const u = unique(cloud, 'off');
      await openAdd(page);
      await fillUser(page, u);
      await context.setOffline(true);
      await page.getByRole('button', { name: 'Add', exact: true }).click();
      await expect(page.getByRole('alert')).toContainText("You're offline.");
      await expect(page.locator('#displayName')).toHaveValue(u.name);
      await context.setOffline(false);
    });

    test('add user: a session that ended sends to Sign in and back, input intact', async ({ page }) => {
      await login(page, admin);
      const u = unique(cloud, 'expired');
      await openAdd(page);
      await fillUser(page, u);
      await page.route('**/api/v1/users', (r) => r.fulfill({ status: 401, contentType: 'application/json', body: '{"code":"session_required","description":"x","data":[]}' }), { times: 1 });
      await page.getByRole('button', { name: 'Add', exact: true }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
      await page.locator('#userName').fill(admin);
      await page.locator('#password').fill(DEMO_PASSWORD);
      await page.locator('form button[type=submit]').click();
      await expect(page.getByRole('heading', { level: 1, name: 'Add user' })).toBeVisible();
      await expect(page.locator('#displayName')).toHaveValue(u.name);
      await expect(page.locator('#userPrincipalName')).toHaveValue(u.email);
      await expect(page.locator('#agentRole-sales_agent')).toBeChecked();
    });

    test('the list follows links.next exactly, with its continuation token', async ({ page }) => {
      await login(page, admin);
      const person = (id: string, name: string) => ({
        id, displayName: name, userPrincipalName: user(cloud, id), roles: ['sales_agent'], createdAt: '2026-01-01T00:00:00Z',
        attributes: { objectType: 'PartnerUser', etag: 'e' },
      });
      let token = '';
      await page.route('**/api/v1/users?*', (r) => {
        if (r.request().url().includes('seekOperation=Next')) {
          token = r.request().headers()['ms-continuationtoken'] ?? '';
          return r.fulfill({ contentType: 'application/json', body: JSON.stringify({
            totalCount: 1, items: [person('page.two', 'Page Two')], links: {}, attributes: { objectType: 'Collection' } }) });
        }
        return r.fulfill({ contentType: 'application/json', body: JSON.stringify({
          totalCount: 1, items: [person('page.one', 'Page One')], attributes: { objectType: 'Collection' },
          links: { next: { uri: '/v1/users?size=100&seekOperation=Next', method: 'GET', headers: [{ key: 'MS-ContinuationToken', value: 'dG9rLTE' }] } },
        }) });
      });
      await page.goto(USERS);
      await expect(page.locator('.user-list li', { hasText: 'Page One' })).toBeVisible();
      await expect(page.locator('.user-list li', { hasText: 'Page Two' })).toBeVisible();
      expect(token).toBe('dG9rLTE');
    });

    test('a user who is not there: said so, with the way back', async ({ page }) => {
      await login(page, admin);
      await page.goto('/account-settings/users/user?id=00000000-0000-4000-8000-000000000000');
      await expect(page.getByRole('heading', { level: 1, name: 'User not found' })).toBeVisible();
      await expect(page.getByText('This user no longer exists.')).toBeVisible();
      await page.getByRole('link', { name: 'User management' }).last().click();
      await expect(page.getByRole('heading', { level: 1, name: 'User management' })).toBeVisible();
    });

    test('the list: 500, then Try again', async ({ page }) => {
      await login(page, admin);
      await page.route('**/api/v1/users?*', (r) => r.fulfill({ status: 500, contentType: 'application/json', body: '{"code":"internal_error","description":"x","data":[]}' }));
      await page.goto(USERS);
      await expect(page.getByRole('alert')).toContainText('Something went wrong on our side.');
      await page.unroute('**/api/v1/users?*');
      await page.getByRole('button', { name: 'Try again' }).click();
      await expect(page.locator('.user-list li', { hasText: admin })).toBeVisible();
    });

    for (const who of ['admin', 'usermgmt']) {
      test(`the role matrix: ${who} opens User management`, async ({ page }) => {
        await login(page, user(cloud, who));
        await page.goto(USERS);
        await expect(page.getByRole('heading', { level: 1, name: 'User management' })).toBeVisible();
        await expect(page.getByRole('link', { name: 'Add user' })).toBeVisible();
      });
    }
    for (const who of ['billing', 'adminagent', 'sales', 'helpdesk']) {
      test(`the role matrix: ${who} gets "not available"`, async ({ page }) => {
        await login(page, user(cloud, who));
        for (const path of [USERS, ADD]) {
          await page.goto(path);
          await expect(page.getByRole('heading', { level: 1, name: "This page isn't available to your role" })).toBeVisible();
          await expect(page.getByRole('heading', { level: 1, name: /User management|Add user/ })).toHaveCount(0);
        }
      });
    }

    for (const tag of ['en-US', 'zh-CN']) {
      /** Signed in, in `tag`, with a 360 px wide screen when `narrow`. */
      const start = async (page: Page, narrow: boolean) => {
        await useLocale(page, tag);
        if (narrow) await page.setViewportSize({ width: 360, height: 800 });
        await signIn(page, admin);
        await expect(page).toHaveURL(/\/dashboard\/overview/);
      };
      const fits = async (page: Page) => {
        expect(await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth)).toBe(false);
      };

      test(`the list is accessible and fits 360 px in ${tag}`, async ({ page }) => {
        await start(page, true);
        await page.goto(USERS);
        await expect(page.locator('.user-list li').first()).toBeVisible();
        await expectAccessible(page);
        await fits(page);
      });

      test(`Add user is accessible and fits 360 px in ${tag}`, async ({ page }) => {
        await start(page, true);
        await page.goto(ADD);
        await expect(page.locator('#displayName')).toBeVisible();
        // With the errors of an empty submit showing.
        await page.locator('form button[type=submit]').click();
        await expect(page.locator('#displayName-error')).toBeVisible();
        await expectAccessible(page);
        await fits(page);
      });

      test(`a user's page and its confirmation are accessible in ${tag}`, async ({ page }) => {
        await start(page, false);
        await page.goto(`${USERS}?role=sales_agent`);
        await page.locator('.user-list li', { hasText: user(cloud, 'sales') }).getByRole('link').click();
        await expect(page.locator('#displayName')).toBeVisible();
        await expectAccessible(page);
        await page.locator('#delete-user-title + button').click();
        await expect(page.getByRole('dialog')).toBeVisible();
        await expectAccessible(page);
      });
    }
  });
}
