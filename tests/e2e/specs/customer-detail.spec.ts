import { customerDetailCases } from './customer-detail-cases';

// Customer details in Partner Center operated by 21Vianet: China addresses and phones, no
// Users and licenses tab.
customerDetailCases(
  {
    name: 'china',
    domain: 'fabrikam-sh.partner.onmschina.cn',
    suffix: '.partner.onmschina.cn',
    billing: () => ({
      email: 'it@lanhai-data.cn',
      culture: 'zh-CN',
      language: 'zh',
      firstName: '海',
      lastName: '林',
      defaultAddress: {
        country: 'CN', state: '上海市', city: '上海市', addressLine1: '浦东新区世纪大道1198号', postalCode: '200122',
        firstName: '海', lastName: '林', phoneNumber: '+86 138 1652 7730',
      },
    }),
    badPostal: { value: '2001', message: 'Enter the 6-digit postal code, like 200120.' },
    goodPostal: '200120',
  },
  { admin: 'admin@fabrikam-sh.partner.onmschina.cn', helpdesk: 'helpdesk@fabrikam-sh.partner.onmschina.cn' },
);
