import { catalogCases } from './catalog-cases';

// Account settings › Catalog in Partner Center operated by 21Vianet.
catalogCases({ name: 'china', domain: 'fabrikam-sh.partner.onmschina.cn' });
