import { test, expect } from '@playwright/test';
import { addUser, login, unique, userCases, type Cloud } from './settings-users-cases';

const china: Cloud = { name: 'china', domain: 'fabrikam-sh.partner.onmschina.cn' };

userCases(china);

test('China: reset password is explained as self-service, with the way to it', async ({ page }) => {
  await login(page, `admin@${china.domain}`);
  const u = unique(china, 'cnreset');
  await addUser(page, u);
  await page.goto(`/account-settings/users?q=${encodeURIComponent(u.name)}`);
  await page.getByRole('link', { name: u.name, exact: true }).click();
  const section = page.getByRole('region', { name: 'Reset password' });
  await expect(section).toContainText('Global admins cannot reset a password on behalf of a user.');
  await expect(section.getByRole('button')).toHaveCount(0);
  await section.getByRole('link', { name: "Can't access your account?" }).click();
  await expect(page).toHaveURL(/\/account\/recover/);
});
