import { accountSettingsSpecs, GLOBAL } from './account-settings-cases';

accountSettingsSpecs(GLOBAL);
