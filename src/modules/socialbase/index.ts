// The social base (sociale kaart), the front door: initiatives, activities with their schedules, places, key
// persons; public search, iCalendar, imports and HSDS. Other modules use only what is exported here.
import type { ModuleDescription } from '../../kernel/modules.js';
import { sendDueConfirmationRequests } from './confirmations.js';
import { hsdsRoutes } from './hsds-routes.js';
import { keyPersonRoutes } from './key-person-routes.js';
import { socialBaseManageRoutes } from './manage-routes.js';
import { mapAssetRoutes } from './map-assets.js';
import * as socialBase0004 from './migrations/0004_socialbase.js';
import * as socialBaseShardKeys0012 from './migrations/0012_shard_keys.js';
import * as socialBasePrimaryKeys0017 from './migrations/0017_shard_primary_keys.js';
import { ownerRoutes } from './owner-routes.js';
import { socialBasePolicy } from './policy.js';
import { socialBaseRoutes } from './routes.js';

export { type ActivityInput, parseActivityRows, saveActivities } from './activity-import.js';
export { activityFromInput, loadActivityCandidates } from './candidates.js';
export { sendDueConfirmationRequests } from './confirmations.js';
export { resolveSearch, searchQuerySchema } from './filters.js';
export { exportHsds, HsdsFolderError, HsdsImportError, importHsds, readHsdsFolder, writeHsdsFolder } from './hsds.js';
export { type SearchFilters, searchActivities } from './search.js';

export const socialbaseModule: ModuleDescription = {
  name: 'socialbase',
  migrations: {
    '0004_socialbase': socialBase0004,
    '0012_shard_keys': socialBaseShardKeys0012,
    '0017_shard_primary_keys': socialBasePrimaryKeys0017,
  },
  routes: [socialBaseRoutes, hsdsRoutes, socialBaseManageRoutes, keyPersonRoutes, ownerRoutes, mapAssetRoutes],
  jobs: [
    {
      name: 'klopt-dit-nog',
      everyMs: 24 * 3600_000,
      firstAfterMs: 60_000,
      run: ({ database, mailer, config }) => sendDueConfirmationRequests(database.db, mailer, config),
      summary: (n) => `${n} "Klopt dit nog?"-e-mails`,
    },
  ],
  policy: socialBasePolicy,
};
