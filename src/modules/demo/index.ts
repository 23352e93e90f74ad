// The demo, the front door: the municipality Wijkstad with an account for every role, sign-in shortcuts and the
// outbox of sent mail. Never in production.
import type { ModuleDescription } from '../../kernel/modules.js';
import { demoRoutes } from './routes.js';

export { DEMO_PASSWORD, DEMO_TOTP_SECRET, type DemoSeedReport, demoEmail, seedDemo } from './seed.js';

export const demoModule: ModuleDescription = { name: 'demo', routes: [demoRoutes], developmentOnly: true };
