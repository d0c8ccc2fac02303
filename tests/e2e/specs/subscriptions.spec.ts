import { subscriptionCases } from './subscriptions-cases';

// Subscriptions in Partner Center operated by 21Vianet.
subscriptionCases({
  name: 'china',
  domain: 'fabrikam-sh.partner.onmschina.cn',
  customerSuffix: '.partner.onmschina.cn',
  billingProfile: {
    email: 'it@example.com.cn', culture: 'zh-CN', language: 'zh',
    defaultAddress: { country: 'CN', city: '上海市', state: '上海市', addressLine1: '浦东新区陆家嘴环路1000号',
      postalCode: '200120', firstName: '伟', lastName: '王', phoneNumber: '+86 138 0000 0000' },
  },
  consequence: /within 60 days, all data is deleted/,
});
