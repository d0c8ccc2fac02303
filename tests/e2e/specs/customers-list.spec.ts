import { test, expect } from '@playwright/test';
import { customerListCases, customerListLocaleCases, login, openList, who, type Cloud } from './customers-list-cases';

const china: Cloud = {
  name: 'china',
  domain: 'fabrikam-sh.partner.onmschina.cn',
  namePrefix: '深圳明德',
  domainPrefix: 'mingdesz0020',
  domainName: '深圳明德电子商务有限公司',
  nothing: 'zzqx',
};

customerListCases(china);
customerListLocaleCases(china, { 'zh-TW': '客戶', 'ko-KR': '고객', 'fr-FR': 'Clients' });

test('china: there is no Export customers', async ({ page }) => {
  await login(page, who(china, 'admin'));
  await openList(page);
  await expect(page.getByRole('button', { name: 'Export customers' })).toHaveCount(0);
});
