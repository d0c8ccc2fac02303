// The cloud guard from the China side: the global indirect reseller enrollment's steps are not
// available in Partner Center operated by 21Vianet, in the app (at their own addresses) and at
// the server (its PMC sign-in refuses a China partner).
import { test, expect } from '@playwright/test';
import { randomUUID } from 'node:crypto';
import { useLocale } from './support';
import { CLIENT, newSignedInPartner } from './enroll-support';

const NOT_IN_CLOUD = "This page isn't available in this cloud";

test('a China partner never opens a global enrollment step, and the server refuses them', async ({ page }) => {
  await useLocale(page, 'en-US');
  await newSignedInPartner(page);
  for (const path of ['/enroll/organization', '/enroll/details', '/enroll/verify-email/demo-token']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 }), path).toHaveText(NOT_IN_CLOUD);
    await expect(page, path).toHaveURL(new RegExp(`${path}$`));
  }
  // The China partner's own journey is where resume leads.
  await page.goto('/enroll/resume');
  await expect(page).toHaveURL(/\/enroll\/account$/);
  const r = await page.request.post('/api/v1/enrollment/pmc/signin', {
    headers: { ...CLIENT, 'MS-RequestId': randomUUID() },
    data: { userName: 'pmc@fabrikam.com', password: 'Partner-Demo-2026' },
  });
  expect(r.status()).toBe(403);
  expect((await r.json()).code).toBe('not_available_in_cloud');
});
