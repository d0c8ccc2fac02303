import { test, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expectAccessible, useLocale } from './support';
import { signIn } from './catalog-cases';

// Pricing and offers in one cloud: the offers with their prices in the cloud's currency, the
// price list and its 30-day preview, the CSV download, deep links, a failed read tried again,
// and who may open it. Called by pricing.spec.ts (China) and pricing.global.spec.ts (global).

export type PricingCloud = {
  domain: string;
  currency: 'CNY' | 'USD';
  /** Office 365 E3's monthly price: as the server sends it, and as en-US Intl writes it. */
  e3Amount: string;
  e3Shown: string;
};

const HEADER =
  'Change,Valid from date,Valid to date,Offer display name,Offer ID,License agreement type,Purchase unit,'
  + 'Secondary license type,End customer type,List price,ERP price,Currency';

function offersTable(page: Page) {
  return page.locator('table.offers-table');
}

function priceList(page: Page) {
  return page.locator('table.price-list');
}

export function pricingCases(cloud: PricingCloud) {
  const user = (name: string) => `${name}@${cloud.domain}`;

  test(`the offers show their prices in ${cloud.currency}`, async ({ page }) => {
    await signIn(page, user('admin'));
    await page.goto('/pricing');
    await expect(page.getByRole('heading', { level: 1, name: 'Pricing and offers' })).toBeVisible();
    const e3 = offersTable(page).getByRole('row', { name: /^Office 365 E3 Office 365 / });
    await expect(e3).toContainText(cloud.e3Shown);
    await expect(priceList(page).getByRole('row', { name: /Office 365 E3 / }).first()).toContainText(cloud.currency);

    await page.getByLabel('Search offers').fill('power');
    await expect(offersTable(page).getByRole('row', { name: /Power BI Pro/ })).toBeVisible();
    await expect(e3).toHaveCount(0);
    await page.getByLabel('Search offers').fill('');
    await page.getByLabel('Category').selectOption({ label: 'Dynamics 365' });
    await expect(offersTable(page).getByRole('row', { name: /Dynamics 365 Sales Professional/ })).toBeVisible();
    await expect(e3).toHaveCount(0);
  });

  test('the next month preview shows the announced changes; the choice survives a reload', async ({ page }) => {
    await signIn(page, user('billing'));
    await page.goto('/pricing');
    await expect(priceList(page)).toBeVisible();
    await expect(page.getByText('Prices in effect today.')).toBeVisible();
    // Microsoft 365 E3 is added in 20 days: not in this month's list.
    await expect(priceList(page).getByRole('row', { name: /Microsoft 365 E3/ })).toHaveCount(0);

    await page.getByLabel('Next month (preview)').check();
    await expect(page).toHaveURL(/month=next/);
    await expect(page.getByText(/^Pricelist preview: the prices and changes in effect on /)).toBeVisible();
    const added = priceList(page).getByRole('row', { name: /Microsoft 365 E3/ });
    await expect(added).toContainText('ADD');
    const changed = priceList(page).getByRole('row', { name: /Office 365 E3 / });
    await expect(changed).toContainText('CHG');

    await page.reload();
    await expect(page.getByLabel('Next month (preview)')).toBeChecked();
    await expect(priceList(page).getByRole('row', { name: /Microsoft 365 E3/ })).toContainText('ADD');
  });

  test('the price list downloads as CSV with its columns and rows', async ({ page }) => {
    await signIn(page, user('admin'));
    await page.goto('/pricing');
    await expect(priceList(page)).toBeVisible();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download the price list (CSV)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^pricelist-(CN|US)-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = readFileSync(await download.path(), 'utf8').replace(/^\uFEFF/, '');
    const lines = text.split('\r\n');
    expect(lines[0]).toBe(HEADER);
    const e3 = lines.find((l) => l.includes(',Office 365 E3,'));
    expect(e3).toMatch(new RegExp(`^UNC,\\d{4}-\\d{2}-\\d{2},[^,]*,Office 365 E3,796B6B5F-613C-4E24-A17C-EBA730D49C02,Open,1 Month,Full,Commercial,${cloud.e3Amount.replace('.', '\\.')},[0-9.]+,${cloud.currency}$`));
  });

  test('a deep link opens the search and the preview it names', async ({ page }) => {
    await signIn(page, user('admin'));
    await page.goto('/pricing?q=power&month=next');
    await expect(page.getByLabel('Search offers')).toHaveValue('power');
    await expect(page.getByLabel('Next month (preview)')).toBeChecked();
    await expect(offersTable(page).getByRole('row', { name: /Power BI Pro/ })).toBeVisible();
    await expect(offersTable(page).getByRole('row', { name: /Office 365 E3/ })).toHaveCount(0);
  });

  test('a failed price list read is explained and tried again, the search kept', async ({ page }) => {
    await signIn(page, user('admin'));
    let failures = 1;
    await page.route('**/api/v1/pricelist*', async (route) => {
      if (failures-- > 0) {
        await route.fulfill({ status: 500, contentType: 'application/json', body: '{"code":"internal_error","description":"boom","data":[]}' });
      } else {
        await route.continue();
      }
    });
    await page.goto('/pricing');
    await page.getByLabel('Search offers').fill('office');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('Something went wrong on our side.');
    await alert.getByRole('button', { name: 'Try again' }).click();
    await expect(priceList(page).getByRole('row', { name: /Office 365 E3 / }).first()).toBeVisible();
    await expect(page.getByLabel('Search offers')).toHaveValue('office');
  });

  test('a sales agent is refused Pricing and offers', async ({ page }) => {
    await signIn(page, user('sales'));
    await page.goto('/pricing');
    await expect(page.getByRole('heading', { level: 1, name: "This page isn't available to your role" })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Pricing and offers' })).toHaveCount(0);
  });

  test('the page works 360 px wide, without scrolling sideways', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await signIn(page, user('admin'));
    await page.goto('/pricing');
    await expect(page.locator('table.price-list').first()).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });

  for (const [tag, heading] of [['en-US', 'Pricing and offers'], ['zh-CN', '定价和优惠']]) {
    test(`Pricing and offers is accessible in ${tag}`, async ({ page }) => {
      await useLocale(page, tag);
      await signIn(page, user('admin'));
      await page.goto('/pricing');
      await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
      await expect(offersTable(page)).toBeVisible();
      await expect(priceList(page)).toBeVisible();
      await expectAccessible(page);
    });
  }
}
