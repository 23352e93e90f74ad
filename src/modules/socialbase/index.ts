// The social base (sociale kaart), the front door: initiatives, activities with their schedules, places, key
// persons; public search, iCalendar, imports and HSDS. Other modules use only what is exported here.
import { lazyRoutes, type ModuleDescription } from '../../kernel/modules.js';
import { sendDueConfirmationRequests } from './commands/send-confirmation-requests.js';
import * as socialBase0004 from './migrations/0004_socialbase.js';
import * as socialBaseShardKeys0012 from './migrations/0012_shard_keys.js';
import * as socialBasePrimaryKeys0017 from './migrations/0017_shard_primary_keys.js';
import * as activityDaysIndex0036 from './migrations/0036_activity_days_index.js';
import * as activityWords0050 from './migrations/0050_activity_words.js';
import { socialBasePolicy } from './policy.js';

export { type ActivityInput, parseActivityRows } from './activity-import.js';
export { activityFromInput, loadActivityCandidates } from './candidates.js';
export { importHsds } from './commands/import-hsds.js';
export { hasContact, type OrganiserContact } from './contact.js';
export { saveActivities } from './commands/save-activities.js';
export { sendDueConfirmationRequests } from './commands/send-confirmation-requests.js';
export { resolveSearch, searchQuerySchema } from './filters.js';
export { exportHsds, HsdsFolderError, HsdsImportError, readHsdsFolder, writeHsdsFolder } from './hsds.js';
export { ActivityFacts, OrganiserContactLinks } from './pages/activity-facts.js';
export {
  activitiesById,
  type ActivityOverview,
  activityOverviewsByExternalId,
  activityByExternalId,
  activityById,
  activityNamesByExternalId,
  hasActivities,
  setOrganisationOwner,
} from './queries/activities.js';
export { type SearchFilters, searchActivities } from './queries/search.js';
export {
  listProfessionalServices,
  markOwnOrganisations,
  type ProfessionalService,
  setWaitingWeeks,
} from './queries/providers.js';

export const socialbaseModule: ModuleDescription = {
  name: 'socialbase',
  migrations: {
    '0004_socialbase': socialBase0004,
    '0012_shard_keys': socialBaseShardKeys0012,
    '0017_shard_primary_keys': socialBasePrimaryKeys0017,
    '0036_activity_days_index': activityDaysIndex0036,
    '0050_activity_words': activityWords0050,
  },
  // Loaded when the app starts, so a command that only needs the migrations does not load the pages.
  routes: [
    lazyRoutes(async () => (await import('./routes/public.js')).socialBaseRoutes),
    lazyRoutes(async () => (await import('./routes/hsds.js')).hsdsRoutes),
    lazyRoutes(async () => (await import('./routes/manage.js')).socialBaseManageRoutes),
    lazyRoutes(async () => (await import('./routes/key-persons.js')).keyPersonRoutes),
    lazyRoutes(async () => (await import('./routes/owner.js')).ownerRoutes),
    lazyRoutes(async () => (await import('./routes/providers.js')).providerRoutes),
    lazyRoutes(async () => (await import('./routes/map-assets.js')).mapAssetRoutes),
  ],
  jobs: [
    {
      name: 'klopt-dit-nog',
      everyMs: 24 * 3600_000,
      firstAfterMs: 60_000,
      run: ({ database, mailer, config }) => sendDueConfirmationRequests(database.db, mailer, config),
      summary: (n) => `${n} "Klopt dit nog?"-e-mails verstuurd`,
    },
  ],
  policy: socialBasePolicy,
};
