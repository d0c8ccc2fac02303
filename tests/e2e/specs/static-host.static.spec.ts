// The app as a static site on Debian's nginx with the production config (deploy/nginx/), /api/
// proxied to the China reference server: what a partner's deployment runs.
import { test, expect, type APIRequestContext } from '@playwright/test';
import { get, type IncomingHttpHeaders } from 'node:http';
import { CHINA_ADMIN, signIn } from './support';
import { fillAccountStep, NEW_PASSWORD, uniqueLabel } from './enroll-support';
import { PORT } from '../playwright.config';

const REFERENCE = `http://127.0.0.1:${PORT}`;
const SECURITY_HEADERS = [
  'content-security-policy', 'strict-transport-security', 'x-content-type-options', 'referrer-policy',
  'cross-origin-opener-policy', 'cross-origin-resource-policy', 'permissions-policy', 'x-frame-options',
];

/** The hashed main JS and wasm that index.html names. */
async function hashedFiles(request: APIRequestContext) {
  const html = await (await request.get('/index.html')).text();
  const js = html.match(/\/(partner-center-[0-9a-f]{16}\.js)/)?.[1];
  const wasm = html.match(/\/(partner-center-[0-9a-f]{16}_bg\.wasm)/)?.[1];
  expect(js && wasm, html).toBeTruthy();
  return { js: `/${js}`, wasm: `/${wasm}` };
}

test('a cold deep link opens its page, under the strict CSP', async ({ page }) => {
  const problems: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error' && !/status of 401/.test(m.text())) problems.push(m.text()); });
  page.on('pageerror', (e) => problems.push(e.message));
  const res = await page.goto('/account/recover');
  expect(res?.status()).toBe(200);
  expect(res?.headers()['content-type']).toContain('text/html');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page).toHaveURL(/\/account\/recover$/);
  expect(problems).toEqual([]);
});

test('the landing page, sign-in and the Overview', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome to Partner Center operated by 21Vianet' })).toBeVisible();
  await signIn(page, CHINA_ADMIN);
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
  // The session is a first-party cookie of this origin: a reload stays signed in.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
});

test('enrollment up to the telephone step', async ({ page }) => {
  const field = (id: string) => page.locator(`[id="${id}"]`);
  const submit = page.locator('main form button[type=submit]').first();
  await page.goto('/enroll');
  await page.locator('main a[href="/enroll/create-one"]').click();
  await expect(page).toHaveURL(/\/enroll\/create-one$/);
  await field('organizationDomain').fill(uniqueLabel('s'));
  await field('organizationName').fill('深圳蓝海数据服务有限公司');
  await field('adminFirstName').fill('海');
  await field('adminLastName').fill('林');
  await field('password').fill(NEW_PASSWORD);
  await field('confirmPassword').fill(NEW_PASSWORD);
  await submit.click();
  await expect(page).toHaveURL(/\/enroll\/account$/, { timeout: 15_000 });
  await fillAccountStep(page);
  await submit.click();
  await expect(page).toHaveURL(/\/enroll\/phone$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Verify your telephone number' })).toBeVisible();
});

test('the security headers are the reference server’s, on pages, files and 404s', async ({ request }) => {
  const reference = (await request.get(`${REFERENCE}/`)).headers();
  const { wasm } = await hashedFiles(request);
  for (const path of ['/', '/enroll/phone', '/config.json', wasm, '/locales/en-US/messages.ftl', '/missing.js']) {
    const h = (await request.get(path)).headers();
    for (const name of SECURITY_HEADERS) expect(h[name], `${name} on ${path}`).toBe(reference[name]);
  }
  expect(reference['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(reference['content-security-policy']).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-[A-Za-z0-9+/]+=*'/);
  // The API answers through the proxy with the backend's own headers, once each.
  const api = await request.get('/api/health');
  expect(api.ok()).toBe(true);
  expect(api.headersArray().filter((h) => h.name.toLowerCase() === 'content-security-policy')).toHaveLength(1);
});

test('caching: hashed files for a year, the rest revalidated; a missing file is a 404', async ({ request }) => {
  const { js, wasm } = await hashedFiles(request);
  for (const path of [js, wasm]) {
    const res = await request.get(path);
    expect(res.status()).toBe(200);
    expect(res.headers()['cache-control'], path).toBe('public, max-age=31536000, immutable');
  }
  expect((await request.get(wasm)).headers()['content-type']).toBe('application/wasm');
  for (const path of ['/', '/index.html', '/config.json', '/locales/zh-CN/messages.ftl', '/customers/customer']) {
    const res = await request.get(path);
    expect(res.status(), path).toBe(200);
    expect(res.headers()['cache-control'], path).toBe('no-cache');
  }
  const ftl = await request.get('/locales/zh-CN/messages.ftl');
  expect(ftl.headers()['content-type']).toBe('text/plain; charset=utf-8');
  for (const path of ['/missing.js', '/partner-center-0000000000000000_bg.wasm', '/enroll/x.png', '/csp.conf', '/csp.caddy']) {
    expect((await request.get(path)).status(), path).toBe(404);
  }
});

/** The bytes as they travel (no decoding), for an Accept-Encoding. */
function rawGet(url: string, acceptEncoding: string): Promise<{ headers: IncomingHttpHeaders; bytes: number }> {
  return new Promise((resolve, reject) => {
    get(url, { headers: { 'Accept-Encoding': acceptEncoding } }, (res) => {
      let bytes = 0;
      res.on('data', (c: Buffer) => { bytes += c.length; });
      res.on('end', () => resolve({ headers: res.headers, bytes }));
    }).on('error', reject);
  });
}

test('the build’s brotli is served to a browser that asks for it, gzip to one that asks for gzip', async ({ page, request, baseURL }) => {
  const { wasm } = await hashedFiles(request);
  const sizes: Record<string, number> = {};
  for (const [encoding, asked] of [['br', 'gzip, deflate, br'], ['gzip', 'gzip, deflate'], ['identity', 'identity']]) {
    const res = await rawGet(new URL(wasm, baseURL).href, asked);
    expect(res.headers['content-encoding'] ?? 'identity', asked).toBe(encoding);
    expect(res.headers.vary).toContain('Accept-Encoding');
    sizes[encoding] = res.bytes;
  }
  expect(sizes.br).toBeLessThan(sizes.gzip);
  expect(sizes.gzip).toBeLessThan(sizes.identity);
  console.log(`main wasm as served: brotli ${sizes.br} B, gzip ${sizes.gzip} B, raw ${sizes.identity} B`);

  // And in the browser: the first load's wasm arrives in the best encoding Chromium offers.
  const answer = page.waitForResponse((r) => r.url().endsWith(wasm));
  await page.goto('/');
  const res = await answer;
  const offered = (await res.request().allHeaders())['accept-encoding'] ?? '';
  expect(res.headers()['content-encoding']).toBe(offered.includes('br') ? 'br' : 'gzip');
});
