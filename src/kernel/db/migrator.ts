// Runs every migration of the kernel and of the installed modules, in one global order by name.
// Migrations are never edited once merged.
import { type Migration, type MigrationProvider, Migrator } from 'kysely';
import * as accessLog0003 from '../access/migrations/0003_access_log.js';
import * as accounts0002 from '../auth/migrations/0002_accounts.js';
import { installedModules } from '../modules.js';
import * as accessShardKeys0011 from '../access/migrations/0011_shard_keys.js';
import * as authShardKeys0010 from '../auth/migrations/0010_shard_keys.js';
import * as authPrimaryKeys0016 from '../auth/migrations/0016_shard_primary_keys.js';
import * as signInSecurity0022 from '../auth/migrations/0022_signin_security.js';
import * as accessLogChain0023 from '../access/migrations/0023_access_log_chain.js';
import * as apiTokens0026 from '../auth/migrations/0026_api_tokens.js';
import * as passwordLinks0030 from '../auth/migrations/0030_password_links.js';
import * as tenancy0001 from '../tenancy/migrations/0001_tenancy.js';
import * as tenancyShardKeys0009 from '../tenancy/migrations/0009_shard_keys.js';
import * as tenancyPrimaryKeys0015 from '../tenancy/migrations/0015_shard_primary_keys.js';
import * as tenantProvince0035 from '../tenancy/migrations/0035_tenant_province.js';
import * as accessLogRequest0042 from '../access/migrations/0042_access_log_request.js';
import { sql } from 'kysely';
import type { Db } from './database.js';

const kernelMigrations: Record<string, Migration> = {
  '0001_tenancy': tenancy0001,
  '0002_accounts': accounts0002,
  '0003_access_log': accessLog0003,
  // Shard keys (docs/sharding.md): one migration per owner, then the primary keys other parts' foreign keys use.
  '0009_shard_keys': tenancyShardKeys0009,
  '0010_shard_keys': authShardKeys0010,
  '0011_shard_keys': accessShardKeys0011,
  '0015_shard_primary_keys': tenancyPrimaryKeys0015,
  '0016_shard_primary_keys': authPrimaryKeys0016,
  '0022_signin_security': signInSecurity0022,
  '0023_access_log_chain': accessLogChain0023,
  '0026_api_tokens': apiTokens0026,
  '0030_password_links': passwordLinks0030,
  '0035_tenant_province': tenantProvince0035,
  '0042_access_log_request': accessLogRequest0042,
};

/** Every migration by name; two parts bringing the same name is a programming error. */
export function allMigrations(): Record<string, Migration> {
  const all: Record<string, Migration> = { ...kernelMigrations };
  for (const module of installedModules())
    for (const [name, migration] of Object.entries(module.migrations ?? {})) {
      if (all[name]) throw new Error(`Migration ${name} is brought twice (again by ${module.name})`);
      all[name] = migration;
    }
  return all;
}

export type MigrationReport = { applied: string[] };

/**
 * Whether every migration is recorded as applied: one read, where Kysely's migrator creates its tables if missing
 * and takes its lock first. Most starts have nothing new, and on the embedded database those steps cost 0.2–0.5 s.
 */
async function allApplied(db: Db, names: readonly string[]): Promise<boolean> {
  const { rows } = await sql<{ name: string | null }>`SELECT to_regclass('kysely_migration')::text AS name`.execute(db);
  if (!rows[0]?.name) return false;
  const applied = await sql<{ name: string }>`SELECT name FROM kysely_migration`.execute(db);
  const done = new Set(applied.rows.map((r) => r.name));
  // A migration this code does not know (a newer version's) falls through to the migrator, which refuses it.
  return done.size === names.length && names.every((name) => done.has(name));
}

export async function migrateToLatest(db: Db): Promise<MigrationReport> {
  if (await allApplied(db, Object.keys(allMigrations()))) return { applied: [] };
  const provider: MigrationProvider = { getMigrations: async () => allMigrations() };
  const migrator = new Migrator({ db, provider });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return { applied: (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName) };
}
