// Administration, the front door: a municipality's details, accounts, neighbourhoods and API keys, for its
// administrators.
import type { ModuleDescription } from '../../kernel/modules.js';
import { staffAccountRoutes } from './accounts.js';
import { apiKeyRoutes } from './api-keys.js';
import { municipalityRoutes } from './municipality.js';
import { adminRoutes } from './routes.js';

export const adminModule: ModuleDescription = {
  name: 'admin',
  routes: [adminRoutes, staffAccountRoutes, apiKeyRoutes, municipalityRoutes],
};
