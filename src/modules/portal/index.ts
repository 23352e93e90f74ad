// The portal, the front door: the home page with its three doors, the statements, and a start page per role.
import type { ModuleDescription } from '../../kernel/modules.js';
import { portalRoutes } from './routes.js';
import { startPageRoutes } from './start-pages.js';

export type {} from './slots.js';

export const portalModule: ModuleDescription = { name: 'portal', routes: [portalRoutes, startPageRoutes] };
