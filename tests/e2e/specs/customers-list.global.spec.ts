import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { customerListCases, customerListLocaleCases, login, openList, rows, search, settled, smallPages, status, who, type Cloud } from './customers-list-cases';

const global: Cloud = {
  name: 'global',
  domain: 'fabrikam.onmicrosoft.com',
  namePrefix: 'Woodgrove',
  domainPrefix: 'coho0033',
  domainName: 'Coho Winery LLC',
  nothing: 'zzqx',
};

customerListCases(global);
customerListLocaleCases(global, { 'zh-TW': '客戶', 'ko-KR': '고객', 'fr-FR': 'Clients' });

test('global: Export customers downloads the whole list as the documented CSV', async ({ page }) => {
  await login(page, who(global, 'admin'));
  await openList(page);
  const total = Number((await status(page).textContent())!.replace(/\D/g, ''));
  const coho = rows(page).filter({ hasText: 'Coho Winery LLC' }).first();
  const cohoId = await coho.getAttribute('data-customer-id');
  await expect(page.getByText('Exports your whole customer list to a .csv file.')).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export customers' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('customers.csv');
  const bytes = readFileSync((await file.path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.toString('utf8').slice(1);
  const lines = text.split('\r\n');
  expect(lines[0]).toBe('Microsoft ID,Company name,Primary domain name,Relationship');
  expect(lines).toContain(`${cohoId},Coho Winery LLC,coho0033.onmicrosoft.com,Reseller`);
  expect(lines.filter((l) => l).length - 1).toBeGreaterThanOrEqual(total);
  await expect(page.getByRole('status').filter({ hasText: 'Export complete' })).toContainText('customers saved to customers.csv');
});

test('global: Export customers of a search shows progress and can be cancelled', async ({ page }) => {
  await login(page, who(global, 'admin'));
  await smallPages(page, 1);
  // The pages after the first come slowly, so the progress can be seen and the export cancelled.
  await page.route(/seekOperation=Next/, async (route) => {
    await new Promise((r) => setTimeout(r, 1500));
    await route.continue().catch(() => {});
  });
  await openList(page, `?q=${global.namePrefix}`);
  await expect(search(page)).toHaveValue(global.namePrefix);
  await expect(page.getByText(`Exports the customers that match “${global.namePrefix}” to a .csv file.`)).toBeVisible();
  await page.getByRole('button', { name: 'Export customers' }).click();
  const progress = page.getByRole('status').filter({ hasText: 'Exporting' });
  await expect(progress).toHaveText(/Exporting 1 of 3 customers…/);
  await progress.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByText('The export was cancelled. No file was saved.')).toBeVisible();
  await settled(page);
});

test('global: the export of a search downloads only the matching customers', async ({ page }) => {
  await login(page, who(global, 'admin'));
  await smallPages(page, 2);
  await openList(page, `?q=${global.namePrefix}`);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export customers' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe(`customers-${global.namePrefix}.csv`);
  const lines = readFileSync((await file.path())!).toString('utf8').split('\r\n').filter((l) => l);
  expect(lines).toHaveLength(4);
  expect(lines.slice(1).every((l) => l.split(',')[1].startsWith(global.namePrefix))).toBe(true);
});
