import { test, expect, type Page, type Route } from '@playwright/test';
import { CATALOG, OFFERS, offerCard, pinnedNames, signIn } from './catalog-cases';

// Every way a change to the pins can fail, against a fixed pinned list (the GET is answered
// here, so the real list, which other specs change, plays no part): the partner is told what
// happened in words, the page and the search stay, and the change can be made again.

const ADMIN = 'admin@fabrikam-sh.partner.onmschina.cn';
const PINS = {
  totalCount: 1,
  items: [{ offerId: OFFERS.e3.id, offerName: OFFERS.e3.name, attributes: { objectType: 'PinnedOffer' } }],
  links: {},
  attributes: { objectType: 'Collection', etag: '"fixed"' },
};
const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  (route: Route) => route.fulfill({ status, contentType: 'application/json', headers, body: typeof body === 'string' ? body : JSON.stringify(body) });
const error = (code: string) => ({ code, description: code, data: [], source: 'test' });

async function openWithFixedPins(page: Page, put: (route: Route) => Promise<void>) {
  await signIn(page, ADMIN);
  await page.route('**/api/v1/pinnedoffers', (route) => (route.request().method() === 'PUT' ? put(route) : json(200, PINS)(route)));
  await page.goto(CATALOG);
  await expect(pinnedNames(page)).toHaveText([OFFERS.e3.name]);
  await page.getByLabel('Search offers').fill('power');
  await expect(offerCard(page, OFFERS.powerbi.name)).toBeVisible();
}

const cases: { name: string; put: (route: Route) => Promise<void>; message: string; again?: string }[] = [
  { name: '412 (changed meanwhile)', put: json(412, error('precondition_failed')), message: 'Someone else changed the pinned offers while you were working.', again: 'Apply my change again' },
  { name: '429 with Retry-After', put: json(429, error('too_many_requests'), { 'Retry-After': '120' }), message: 'Too many requests. Wait 120 seconds, then try again.', again: 'Try again' },
  { name: '500', put: json(500, error('internal_error')), message: 'Something went wrong on our side.', again: 'Try again' },
  { name: '403', put: json(403, error('forbidden')), message: "Your role can't do this." },
  { name: 'malformed JSON', put: json(200, '{"items":'), message: "Partner Center sent a response that couldn't be read.", again: 'Try again' },
  { name: 'the server refusing a sixth pin', put: json(400, { ...error('validation_failed'), data: [{ field: 'offerIds', code: 'too_many', description: 'Pin at most 5 offers.' }] }), message: "Partner Center didn't save the change: at most five offers can be pinned." },
];

for (const c of cases) {
  test(`pinning: ${c.name} is explained and the page and search are kept`, async ({ page }) => {
    await openWithFixedPins(page, c.put);
    await page.getByRole('button', { name: `Pin to top: ${OFFERS.powerbi.name}` }).click();
    const alert = page.getByRole('alert');
    await expect(alert).toContainText(c.message);
    await expect(page.getByLabel('Search offers')).toHaveValue('power');
    await expect(pinnedNames(page)).toHaveText([OFFERS.e3.name]);
    if (c.again) {
      // The fault clears: the same change goes through.
      await page.unroute('**/api/v1/pinnedoffers');
      const saved = { ...PINS, totalCount: 2, items: [...PINS.items, { offerId: OFFERS.powerbi.id, offerName: OFFERS.powerbi.name, attributes: { objectType: 'PinnedOffer' } }] };
      let sent: unknown = null;
      await page.route('**/api/v1/pinnedoffers', (route) => {
        if (route.request().method() === 'PUT') sent = route.request().postDataJSON();
        return json(200, route.request().method() === 'PUT' ? saved : PINS)(route);
      });
      await alert.getByRole('button', { name: c.again }).click();
      await expect(pinnedNames(page)).toHaveText([OFFERS.e3.name, OFFERS.powerbi.name]);
      expect(sent).toEqual({ offerIds: [OFFERS.e3.id, OFFERS.powerbi.id] });
    } else {
      await expect(alert.getByRole('button')).toHaveCount(0);
    }
  });
}

test('pinning: an ended session goes to sign in and back', async ({ page }) => {
  await openWithFixedPins(page, json(401, error('session_required')));
  await page.getByRole('button', { name: `Pin to top: ${OFFERS.powerbi.name}` }).click();
  await expect(page).toHaveURL(/\/signin\?.*returnUrl=%2Faccount-settings%2Fcatalog/);
});

test('pinning while offline says so and keeps the search', async ({ page, context }) => {
  await openWithFixedPins(page, json(500, error('internal_error')));
  await context.setOffline(true);
  await page.getByRole('button', { name: `Pin to top: ${OFFERS.powerbi.name}` }).click();
  await expect(page.getByRole('alert')).toContainText("You're offline.");
  await expect(page.getByLabel('Search offers')).toHaveValue('power');
  await context.setOffline(false);
});

test('a failed read of the pins is explained and tried again', async ({ page }) => {
  await signIn(page, ADMIN);
  let failures = 1;
  await page.route('**/api/v1/pinnedoffers', (route) => (failures-- > 0 ? json(500, error('internal_error'))(route) : json(200, PINS)(route)));
  await page.goto(CATALOG);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Something went wrong on our side.');
  await expect(offerCard(page, OFFERS.e3.name)).toBeVisible();
  await alert.getByRole('button', { name: 'Try again' }).click();
  await expect(pinnedNames(page)).toHaveText([OFFERS.e3.name]);
});
