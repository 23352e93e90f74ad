// The team's own pages, the front door: finding a resident of the municipality and their contact details.
import type { ModuleDescription } from '../../kernel/modules.js';
import { teamRoutes } from './routes.js';

export const teamModule: ModuleDescription = { name: 'team', routes: [teamRoutes] };
