import { test, expect } from '@playwright/test';
import { addCustomerCases, addCustomerLocaleCase, login, openAdd, who, type Cloud } from './customers-add-cases';
import { expectAccessible, useLocale } from './support';

const china: Cloud = {
  name: 'china',
  domain: 'fabrikam-sh.partner.onmschina.cn',
  suffix: '.partner.onmschina.cn',
  takenPrefix: 'mingdesz0020',
  edit: 'Update',
};

addCustomerCases(china);
addCustomerLocaleCase(china, 'zh-TW', { title: '新增客戶', next: '下一步：訂閱', step: '帳戶資訊' });
addCustomerLocaleCase(china, 'ko-KR', { title: '고객 추가', next: '다음: 구독', step: '계정 정보' });
addCustomerLocaleCase(china, 'fr-FR', { title: 'Ajouter un client', next: 'Suivant : Abonnements', step: 'Informations sur le compte' });

test('china: no Microsoft cloud agreement block; the country is China', async ({ page }) => {
  await login(page, who(china, 'admin'));
  await openAdd(page);
  await expect(page.getByText('Microsoft cloud agreement')).toHaveCount(0);
  await expect(page.locator('[id="dateAgreed"]')).toHaveCount(0);
  await expect(page.getByText('China', { exact: true })).toBeVisible();
  await expect(page.getByText('.partner.onmschina.cn', { exact: true })).toBeVisible();
});

test('china: every step is accessible in zh-CN', async ({ page }) => {
  await useLocale(page, 'zh-CN');
  await login(page, who(china, 'admin'));
  await openAdd(page, '添加客户');
  await expectAccessible(page);
  await page.getByRole('button', { name: '下一步：订阅' }).click();
  await expect(page.getByRole('alert').filter({ hasText: '请填写“公司名称”。' })).toBeVisible();
  await expectAccessible(page);
});
