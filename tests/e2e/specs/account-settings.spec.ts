import { accountSettingsSpecs, CHINA } from './account-settings-cases';

accountSettingsSpecs(CHINA);
