import { test, expect } from '@playwright/test';
import { addUser, login, unique, userCases, type Cloud } from './settings-users-cases';

const global: Cloud = { name: 'global', domain: 'fabrikam.onmicrosoft.com' };

userCases(global);

test('global: an admin resets a password after a confirmation; the new one is shown once', async ({ page }) => {
  await login(page, `admin@${global.domain}`);
  const u = unique(global, 'reset');
  await addUser(page, u);
  await page.goto(`/account-settings/users?q=${encodeURIComponent(u.name)}`);
  await page.getByRole('link', { name: u.name, exact: true }).click();
  await page.getByRole('button', { name: 'Reset password' }).click();
  const dialog = page.getByRole('dialog', { name: `Reset the password of ${u.name}?` });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Reset password' }).click();
  const info = page.getByRole('region', { name: 'Password reset: sign-in information' });
  await expect(info).toContainText("You won't be able to access this information again");
  const password = (await info.locator('code').textContent()) ?? '';
  expect(password).toHaveLength(16);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: u.name })).toBeVisible();
  await expect(page.getByText(password)).toHaveCount(0);
});
