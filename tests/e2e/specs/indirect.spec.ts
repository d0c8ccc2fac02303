import { test, expect } from '@playwright/test';
import { signIn } from './support';

// Indirect providers are the global cloud's (GL17/indirect-reseller-tasks); the China cloud's
// Partner Center has no such page, and its menu no such entry.

test('china: Indirect providers and an invitation link are not available in this cloud', async ({ page }) => {
  await signIn(page);
  await expect(page).toHaveURL(/\/dashboard\/overview$/);
  await expect(page.getByRole('navigation').getByRole('link', { name: /Indirect providers|间接提供商/ })).toHaveCount(0);
  for (const path of ['/indirect-providers', '/indirect-providers/accept/demo-invite-northwind-7Qm2']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/此页面在此云中不可用|This page isn't available in this cloud/);
  }
});
