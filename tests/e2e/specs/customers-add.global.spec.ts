import { test, expect } from '@playwright/test';
import { addCustomerCases, byId, login, openAdd, who, type Cloud } from './customers-add-cases';
import { expectAccessible, useLocale } from './support';

const global: Cloud = {
  name: 'global',
  domain: 'fabrikam.onmicrosoft.com',
  suffix: '.onmicrosoft.com',
  takenPrefix: 'coho0033',
  edit: 'Edit',
};

addCustomerCases(global);

test('global: the Microsoft cloud agreement refuses a future date and needs the box ticked', async ({ page }) => {
  await login(page, who(global, 'admin'));
  await openAdd(page);
  await expect(page.getByRole('group', { name: 'Microsoft cloud agreement' })).toBeVisible();
  await byId(page, 'dateAgreed').fill('2099-01-01');
  await page.getByRole('button', { name: 'Next: Subscriptions' }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
  await expect(summary).toContainText("The agreement acceptance date can't be in the future.");
  await expect(summary).toContainText('Confirm that the customer has accepted the latest Microsoft cloud agreement.');
  // The contact defaults to the primary contact; Update lets the partner change it.
  await byId(page, 'billingProfile.defaultAddress.firstName').fill('Mei');
  await page.getByRole('button', { name: 'Update Person who accepted the agreement' }).click();
  await expect(byId(page, 'primaryContact.firstName')).toHaveValue('Mei');
  await byId(page, 'primaryContact.firstName').fill('');
  await page.getByRole('button', { name: 'Next: Subscriptions' }).click();
  await expect(summary).toContainText('First name is required.');
});

test('global: China is not a country of the global cloud', async ({ page }) => {
  await login(page, who(global, 'admin'));
  await openAdd(page);
  await expect(byId(page, 'billingProfile.defaultAddress.country').locator('option[value="CN"]')).toHaveCount(0);
  await expect(page.getByText('.onmicrosoft.com', { exact: true })).toBeVisible();
});

test('global: every step is accessible in zh-CN', async ({ page }) => {
  await useLocale(page, 'zh-CN');
  await login(page, who(global, 'admin'));
  await openAdd(page, '添加客户');
  await expectAccessible(page);
  await page.getByRole('button', { name: '下一步：订阅' }).click();
  await expect(page.getByRole('alert').filter({ hasText: '请填写“公司名称”。' })).toBeVisible();
  await expectAccessible(page);
});
