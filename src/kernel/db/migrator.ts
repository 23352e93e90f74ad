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
// Shard keys (docs/sharding.md): one migration per owner, then the primary keys other modules' foreign keys use.
import * as tenancyShardKeys0009 from '../tenancy/migrations/0009_shard_keys.js';
import * as authShardKeys0010 from '../auth/migrations/0010_shard_keys.js';
import * as accessShardKeys0011 from '../access/migrations/0011_shard_keys.js';
import * as socialBaseShardKeys0012 from '../../modules/socialbase/migrations/0012_shard_keys.js';
import * as volunteersShardKeys0013 from '../../modules/volunteers/migrations/0013_shard_keys.js';
import * as requestsShardKeys0014 from '../../modules/requests/migrations/0014_shard_keys.js';
import * as tenancyPrimaryKeys0015 from '../tenancy/migrations/0015_shard_primary_keys.js';
import * as authPrimaryKeys0016 from '../auth/migrations/0016_shard_primary_keys.js';
import * as socialBasePrimaryKeys0017 from '../../modules/socialbase/migrations/0017_shard_primary_keys.js';
import * as volunteersPrimaryKeys0018 from '../../modules/volunteers/migrations/0018_shard_primary_keys.js';
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
  '0009_shard_keys': tenancyShardKeys0009,
  '0010_shard_keys': authShardKeys0010,
  '0011_shard_keys': accessShardKeys0011,
  '0012_shard_keys': socialBaseShardKeys0012,
  '0013_shard_keys': volunteersShardKeys0013,
  '0014_shard_keys': requestsShardKeys0014,
  '0015_shard_primary_keys': tenancyPrimaryKeys0015,
  '0016_shard_primary_keys': authPrimaryKeys0016,
  '0017_shard_primary_keys': socialBasePrimaryKeys0017,
  '0018_shard_primary_keys': volunteersPrimaryKeys0018,
};

const provider: MigrationProvider = { getMigrations: async () => allMigrations };

export type MigrationReport = { applied: string[] };

export async function migrateToLatest(db: Db): Promise<MigrationReport> {
  const migrator = new Migrator({ db, provider });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return { applied: (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName) };
}
