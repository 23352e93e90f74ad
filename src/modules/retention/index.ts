// Retention (bewaartermijnen), the front door: the municipality's term per data category, the daily job that
// deletes what is past its term with a counted record of each run, and the resident's page to ask for deletion.
// docs/retention.md says what is deleted, from when, and why the access log stays.
import { lazyRoutes, type ModuleDescription } from '../../kernel/modules.js';
import { runRetention } from './commands/run-retention.js';
import * as retention0043 from './migrations/0043_retention.js';

export { runRetention } from './commands/run-retention.js';
export { defaultRetentionTerms, type RetentionCategory, retentionCategories } from './terms.js';

export const retentionModule: ModuleDescription = {
  name: 'retention',
  migrations: { '0043_retention': retention0043 },
  routes: [lazyRoutes(async () => (await import('./routes.js')).retentionRoutes)],
  jobs: [
    {
      name: 'bewaartermijnen',
      everyMs: 24 * 3600_000,
      firstAfterMs: 15 * 60_000,
      run: async (ctx) => (await runRetention(ctx.database.db)).reduce((sum, report) => sum + report.total, 0),
      summary: (n) => `${n} hulpvragen, dossiers en ongegronde signalen gewist na hun bewaartermijn`,
    },
  ],
  policy: {
    rules: [],
    purposeWords: {
      bewaartermijn: ['omdat de bewaartermijn voorbij was', 'because the retention term had passed'],
      wissen_op_verzoek: ['omdat je vroeg om je gegevens te wissen', 'because you asked to erase your data'],
    },
  },
};
