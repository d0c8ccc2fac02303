import { profileCases, type Cloud } from './settings-profiles-cases';

// Partner profiles in Partner Center operated by 21Vianet: a China address (6-digit postal
// code) and +86 phone numbers.
const china: Cloud = {
  name: 'china',
  domain: 'fabrikam-sh.partner.onmschina.cn',
  phone: (n) => `+86 21 6${String(n).padStart(7, '0').slice(-7)}`,
  address: { line1: '浦东新区世纪大道1198号', city: '上海市' },
  postal: { good: '200120', bad: '20012', message: 'Enter the 6-digit postal code, like 200120.' },
};

profileCases(china);
