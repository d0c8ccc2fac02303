import { profileCases, type Cloud } from './settings-profiles-cases';

// Partner profiles in global Partner Center: a US address (ZIP or ZIP+4) and +1 phone numbers.
const global: Cloud = {
  name: 'global',
  domain: 'fabrikam.onmicrosoft.com',
  phone: (n) => `+1 425 555 ${String(n).padStart(4, '0').slice(-4)}`,
  address: { line1: '15010 NE 36th Street', city: 'Redmond' },
  postal: {
    good: '98052-6399',
    bad: '9805',
    message: "Enter the postal code in the format of the address's country, like 98052 or 98052-6399.",
  },
};

profileCases(global);
