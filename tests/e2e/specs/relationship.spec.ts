import { relationshipCases } from './relationship-cases';
import { CHINA_PARTNER } from './support';

// Customers › Request a reseller relationship in Partner Center operated by 21Vianet.
relationshipCases({
  name: 'china',
  domain: 'fabrikam-sh.partner.onmschina.cn',
  partner: CHINA_PARTNER,
  secondParagraph: 'To accept, a global admin of your organization selects the link below and signs in to the admin center for Office 365 operated by 21Vianet, where you can review and accept our request. The link contains no information about your organization.',
  cloudText: 'they are taken to the admin center in Office 365 operated by 21Vianet to accept your request',
});
