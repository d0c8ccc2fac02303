import { relationshipCases } from './relationship-cases';

// Customers › Request a reseller relationship in the global cloud.
relationshipCases({
  name: 'global',
  domain: 'fabrikam.onmicrosoft.com',
  partner: 'Fabrikam, Inc.',
  secondParagraph: 'To accept, a global admin of your organization selects the link below and signs in to the Office 365 admin center, where you can review and accept our request. The link contains no information about your organization.',
  cloudText: 'In a multi-channel scenario, only one partner can have administrator permissions to manage a service on the customer\'s behalf.',
});
