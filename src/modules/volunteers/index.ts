// Strong residents (vrijwilligers), the front door: sign-up, offers, availability, VOG, hours and allowance,
// import; what triage may match, and the events and page slot other modules may use.
import { lazyRoutes, type ModuleDescription } from '../../kernel/modules.js';
import * as volunteers0005 from './migrations/0005_volunteers.js';
import * as volunteerGender0007 from './migrations/0007_volunteer_gender.js';
import * as volunteersShardKeys0013 from './migrations/0013_shard_keys.js';
import * as volunteersPrimaryKeys0018 from './migrations/0018_shard_primary_keys.js';
import * as pendingSignUps0024 from './migrations/0024_pending_sign_ups.js';
import * as vogStatus0027 from './migrations/0027_vog_status.js';
import * as allowanceLimits0028 from './migrations/0028_allowance_limits.js';
import { clearExpiredSignUps } from './commands/clear-expired-sign-ups.js';
import { volunteerPolicy } from './policy.js';

export { volunteerRoles } from './availability.js';
export { type ActiveMatches, loadVolunteerCandidates, volunteerFromRow } from './candidates.js';
export { volunteersChanged } from './events.js';
export { findAllowanceLimits, findOwnVolunteer } from './queries.js';
// saveVolunteers: the name the import's callers know.
export { importVolunteers as saveVolunteers } from './commands/import-volunteers.js';
export {
  hasVolunteersWithIdPrefix,
  linkVolunteerAccount,
  volunteerFirstName,
  volunteerNamesByExternalId,
  volunteersById,
  volunteerToAsk,
} from './queries.js';
export { parseVolunteerRows } from './volunteer-import.js';

export const volunteersModule: ModuleDescription = {
  name: 'volunteers',
  migrations: {
    '0005_volunteers': volunteers0005,
    '0007_volunteer_gender': volunteerGender0007,
    '0013_shard_keys': volunteersShardKeys0013,
    '0018_shard_primary_keys': volunteersPrimaryKeys0018,
    '0024_pending_sign_ups': pendingSignUps0024,
    '0027_vog_status': vogStatus0027,
    '0028_allowance_limits': allowanceLimits0028,
  },
  routes: [
    lazyRoutes(async () => (await import('./routes/sign-up.js')).signUpRoutes),
    lazyRoutes(async () => (await import('./routes/own-page.js')).ownPageRoutes),
    lazyRoutes(async () => (await import('./routes/team.js')).teamVolunteerRoutes),
    lazyRoutes(async () => (await import('./routes/allowance-settings.js')).allowanceSettingRoutes),
  ],
  jobs: [
    {
      name: 'aanmeldingen-opruimen',
      everyMs: 3600_000,
      firstAfterMs: 60_000,
      run: ({ database }) => clearExpiredSignUps(database.db),
      summary: (n) => `${n} verlopen aanmeldingen weggegooid`,
    },
  ],
  policy: volunteerPolicy,
};
