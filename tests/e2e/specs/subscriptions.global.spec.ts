import { subscriptionCases } from './subscriptions-cases';

// Subscriptions in the global Partner Center.
subscriptionCases({
  name: 'global',
  domain: 'fabrikam.onmicrosoft.com',
  customerSuffix: '.onmicrosoft.com',
  billingProfile: {
    email: 'billing@example.com', culture: 'en-US', language: 'en',
    defaultAddress: { country: 'US', city: 'Redmond', state: 'WA', addressLine1: '1 Microsoft Way',
      postalCode: '98052', firstName: 'Emily', lastName: 'Johnson', phoneNumber: '+1 425 555 0100' },
  },
  consequence: /within 90 days.*maximum 120 days/,
});
