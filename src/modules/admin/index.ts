// Administration, the front door: a municipality's accounts and neighbourhoods, for its administrators.
import type { ModuleDescription } from '../../kernel/modules.js';
import { adminRoutes } from './routes.js';

export const adminModule: ModuleDescription = { name: 'admin', routes: [adminRoutes] };
