import { catalogCases } from './catalog-cases';

// Account settings › Catalog in the global cloud.
catalogCases({ name: 'global', domain: 'fabrikam.onmicrosoft.com' });
