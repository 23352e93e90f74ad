// The JSON API's general part, the front door: who am I, the municipality, a person (/api/v1).
import type { ModuleDescription } from '../../kernel/modules.js';
import { apiRoutes } from './routes.js';

export const apiModule: ModuleDescription = { name: 'api', routes: [apiRoutes] };
