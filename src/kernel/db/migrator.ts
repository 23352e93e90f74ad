// Runs every migration of every module, in one global order by name. Migrations are never edited once merged.
import { type Migration, type MigrationProvider, Migrator } from 'kysely';
import * as tenancy0001 from '../tenancy/migrations/0001_tenancy.js';
import * as accounts0002 from '../auth/migrations/0002_accounts.js';
import * as accessLog0003 from '../access/migrations/0003_access_log.js';
import * as socialBase0004 from '../../modules/socialbase/migrations/0004_socialbase.js';
import * as volunteers0005 from '../../modules/volunteers/migrations/0005_volunteers.js';
import * as requests0006 from '../../modules/requests/migrations/0006_requests.js';
import * as volunteerGender0007 from '../../modules/volunteers/migrations/0007_volunteer_gender.js';
import * as requestSharing0008 from '../../modules/requests/migrations/0008_request_sharing.js';
import type { Db } from './database.js';

const allMigrations: Record<string, Migration> = {
  '0001_tenancy': tenancy0001,
  '0002_accounts': accounts0002,
  '0003_access_log': accessLog0003,
  '0004_socialbase': socialBase0004,
  '0005_volunteers': volunteers0005,
  '0006_requests': requests0006,
  '0007_volunteer_gender': volunteerGender0007,
  '0008_request_sharing': requestSharing0008,
};

const provider: MigrationProvider = { getMigrations: async () => allMigrations };

export type MigrationReport = { applied: string[] };

export async function migrateToLatest(db: Db): Promise<MigrationReport> {
  const migrator = new Migrator({ db, provider });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return { applied: (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName) };
}
