// Checking the access log's hash chain: every row's hash is computed again from its fields and the row before it.
// The database writes the chain (migration 0023); this check is separate code, so a fault in one shows in the other.
import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import type { Db } from '../db/database.js';

export type ChainBreak = {
  /** The id of the first row that does not fit, or null when rows are missing at the end. */
  rowId: number | null;
  chainSeq: number;
  reason: 'hash_klopt_niet' | 'vorige_hash_klopt_niet' | 'regel_ontbreekt' | 'einde_ontbreekt';
};

export type ChainReport = { tenantId: string; rows: number; lastHash: string; broken: ChainBreak | null };

const PAGE = 5000;

/** Walks one municipality's chain in order, a page at a time; stops at the first break. */
export async function verifyChain(db: Db, tenantId: string): Promise<ChainReport> {
  let expectedSeq = 1;
  let previous = '';
  let rows = 0;
  for (;;) {
    const page = await sql<{ id: number; chain_seq: number; prev_hash: string; row_hash: string; canonical: string }>`
      SELECT id, chain_seq, prev_hash, row_hash, access_log_canonical(access_log) AS canonical
      FROM access_log WHERE tenant_id = ${tenantId} AND chain_seq >= ${expectedSeq}
      ORDER BY chain_seq LIMIT ${PAGE}`.execute(db);
    for (const row of page.rows) {
      const at = { rowId: row.id, chainSeq: Number(row.chain_seq) };
      if (Number(row.chain_seq) !== expectedSeq)
        return { tenantId, rows, lastHash: previous, broken: { ...at, reason: 'regel_ontbreekt' } };
      if (row.prev_hash !== previous)
        return { tenantId, rows, lastHash: previous, broken: { ...at, reason: 'vorige_hash_klopt_niet' } };
      if (createHash('sha256').update(row.canonical, 'utf8').digest('hex') !== row.row_hash)
        return { tenantId, rows, lastHash: previous, broken: { ...at, reason: 'hash_klopt_niet' } };
      previous = row.row_hash;
      expectedSeq++;
      rows++;
    }
    if (page.rows.length < PAGE) break;
  }
  // Rows cut off at the end leave the head further on than the last row.
  const head = await db.selectFrom('access_log_heads').selectAll().where('tenant_id', '=', tenantId).executeTakeFirst();
  if (head && (Number(head.seq) !== rows || head.hash !== previous))
    return {
      tenantId,
      rows,
      lastHash: previous,
      broken: { rowId: null, chainSeq: rows + 1, reason: 'einde_ontbreekt' },
    };
  return { tenantId, rows, lastHash: previous, broken: null };
}

/** Every municipality's chain, or one. */
export async function verifyAllChains(db: Db, tenantIds?: readonly string[]): Promise<ChainReport[]> {
  const ids = tenantIds ?? (await db.selectFrom('tenants').select('id').orderBy('slug').execute()).map((t) => t.id);
  const reports: ChainReport[] = [];
  for (const id of ids) reports.push(await verifyChain(db, id));
  return reports;
}

export const chainBreakInWords: Record<ChainBreak['reason'], string> = {
  hash_klopt_niet: 'de inhoud van deze regel is veranderd na het schrijven',
  vorige_hash_klopt_niet: 'deze regel sluit niet aan op de regel ervoor (een regel is vervangen of tussengevoegd)',
  regel_ontbreekt: 'een of meer regels vóór deze regel zijn verwijderd',
  einde_ontbreekt: 'de laatste regels van het log zijn verwijderd',
};
