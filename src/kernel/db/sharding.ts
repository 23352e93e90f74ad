// Reads the catalogue and lists what would stop the schema from being sharded by tenant_id on Citus (docs/sharding.md).
import { type QueryExecutorProvider, sql } from 'kysely';

/** A table comment that starts with this marks a table shared by all municipalities: a Citus reference table. */
export const REFERENCE_MARKER = 'nabij:reference';

export type ShardingReport = {
  /** Tables with a tenant_id column: distributed by it on Citus. */
  tenantTables: string[];
  /** Tables marked with REFERENCE_MARKER: copied to every node on Citus. */
  referenceTables: string[];
  /** Everything that breaks the rules, one line each, naming the table and the constraint or index. */
  problems: string[];
};

type TableRow = { name: string; has_tenant: boolean; is_reference: boolean };
type UniqueRow = {
  table_name: string;
  index_name: string;
  is_primary: boolean;
  is_constraint: boolean;
  columns: string[];
};
type ForeignKeyRow = {
  name: string;
  table_name: string;
  referenced: string;
  columns: string[];
  referenced_columns: string[];
  on_delete: string;
  on_update: string;
};

// pg_constraint's action codes: a = no action, r = restrict, c = cascade, n = set null, d = set default.
const actionNames: Record<string, string> = { c: 'CASCADE', n: 'SET NULL', d: 'SET DEFAULT' };

/**
 * Checks the tables of the current schema. `notSharded` names tables that are neither municipality data nor
 * reference data (such as the migrator's own), so the check leaves them alone.
 */
export async function checkSharding(
  db: QueryExecutorProvider,
  notSharded: Iterable<string> = [],
): Promise<ShardingReport> {
  const allowed = new Set(notSharded);
  const { rows: tables } = await sql<TableRow>`
    SELECT c.relname::text AS name,
      EXISTS (
        SELECT 1 FROM information_schema.columns col
        WHERE col.table_schema = n.nspname AND col.table_name = c.relname AND col.column_name = 'tenant_id'
      ) AS has_tenant,
      coalesce(obj_description(c.oid, 'pg_class'), '') LIKE ${REFERENCE_MARKER + '%'} AS is_reference
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') AND NOT c.relispartition
    ORDER BY c.relname`.execute(db);

  // Every unique index, primary keys and unique constraints included; a key column may be an expression.
  const { rows: uniques } = await sql<UniqueRow>`
    SELECT t.relname::text AS table_name, i.relname::text AS index_name, x.indisprimary AS is_primary,
      EXISTS (
        SELECT 1 FROM pg_constraint con WHERE con.conindid = x.indexrelid AND con.contype IN ('p', 'u')
      ) AS is_constraint,
      ARRAY(SELECT pg_get_indexdef(x.indexrelid, pos, true) FROM generate_series(1, x.indnkeyatts) AS pos) AS columns
    FROM pg_index x
    JOIN pg_class i ON i.oid = x.indexrelid
    JOIN pg_class t ON t.oid = x.indrelid
    JOIN pg_namespace n ON n.oid = t.relnamespace
    WHERE n.nspname = current_schema() AND x.indisunique
    ORDER BY 1, 2`.execute(db);

  const { rows: foreignKeys } = await sql<ForeignKeyRow>`
    SELECT k.conname::text AS name, t.relname::text AS table_name, r.relname::text AS referenced,
      ARRAY(
        SELECT a.attname::text FROM unnest(k.conkey) WITH ORDINALITY AS u(attnum, pos)
        JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = u.attnum ORDER BY u.pos
      ) AS columns,
      ARRAY(
        SELECT a.attname::text FROM unnest(k.confkey) WITH ORDINALITY AS u(attnum, pos)
        JOIN pg_attribute a ON a.attrelid = k.confrelid AND a.attnum = u.attnum ORDER BY u.pos
      ) AS referenced_columns,
      k.confdeltype::text AS on_delete, k.confupdtype::text AS on_update
    FROM pg_constraint k
    JOIN pg_class t ON t.oid = k.conrelid
    JOIN pg_class r ON r.oid = k.confrelid
    JOIN pg_namespace n ON n.oid = t.relnamespace
    WHERE n.nspname = current_schema() AND k.contype = 'f'
    ORDER BY 2, 1`.execute(db);

  const kind = new Map(tables.map((t) => [t.name, t.has_tenant ? 'tenant' : t.is_reference ? 'reference' : 'other']));
  const problems: string[] = [];

  for (const table of tables) {
    if (table.has_tenant && table.is_reference)
      problems.push(`${table.name}: has tenant_id but is marked as a reference table`);
    if (table.has_tenant && allowed.has(table.name)) problems.push(`${table.name}: has tenant_id but is allow-listed`);
    if (!table.has_tenant && !table.is_reference && !allowed.has(table.name))
      problems.push(`${table.name}: has no tenant_id, is not marked '${REFERENCE_MARKER}' and is not allow-listed`);
    if (table.has_tenant && !uniques.some((u) => u.table_name === table.name && u.is_primary))
      problems.push(`${table.name}: has no primary key`);
  }

  for (const unique of uniques) {
    if (kind.get(unique.table_name) !== 'tenant' || unique.columns.includes('tenant_id')) continue;
    const what = unique.is_primary ? 'primary key' : unique.is_constraint ? 'unique constraint' : 'unique index';
    problems.push(`${unique.table_name}: ${what} ${unique.index_name} (${unique.columns.join(', ')}) lacks tenant_id`);
  }

  for (const key of foreignKeys) {
    const from = kind.get(key.table_name);
    const to = kind.get(key.referenced);
    const target = `${key.referenced} (${key.referenced_columns.join(', ')})`;
    const shown = `foreign key ${key.name} (${key.columns.join(', ')}) -> ${target}`;
    if (from === 'reference' && to === 'tenant')
      problems.push(`${key.table_name}: ${shown} points from a reference table at a tenant table`);
    if (from !== 'tenant' || to !== 'tenant') continue;
    // Citus places rows by tenant_id, so a key between two tenant tables must match tenant_id with tenant_id.
    const position = key.columns.indexOf('tenant_id');
    if (position === -1 || key.referenced_columns[position] !== 'tenant_id')
      problems.push(`${key.table_name}: ${shown} does not match tenant_id with tenant_id`);
    // Citus refuses these on a key that holds the distribution column, even PostgreSQL 15's SET NULL (column) form.
    const onDelete = key.on_delete === 'n' || key.on_delete === 'd' ? actionNames[key.on_delete] : undefined;
    const onUpdate = ['c', 'n', 'd'].includes(key.on_update) ? actionNames[key.on_update] : undefined;
    if (onDelete) problems.push(`${key.table_name}: ${shown} has ON DELETE ${onDelete}, which Citus refuses`);
    if (onUpdate) problems.push(`${key.table_name}: ${shown} has ON UPDATE ${onUpdate}, which Citus refuses`);
  }

  return {
    tenantTables: tables.filter((t) => t.has_tenant).map((t) => t.name),
    referenceTables: tables.filter((t) => !t.has_tenant && t.is_reference).map((t) => t.name),
    problems,
  };
}
