import { pricingCases } from './pricing-cases';

// Pricing and offers in Partner Center operated by 21Vianet: CNY.
pricingCases({ domain: 'fabrikam-sh.partner.onmschina.cn', currency: 'CNY', e3Amount: '152.00', e3Shown: 'CN¥152.00' });
