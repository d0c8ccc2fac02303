import { pricingCases } from './pricing-cases';

// Pricing and offers in the global cloud: USD.
pricingCases({ domain: 'fabrikam.onmicrosoft.com', currency: 'USD', e3Amount: '23.00', e3Shown: '$23.00' });
