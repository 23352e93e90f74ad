// The embedded database on disk runs in a thread of its own and is reached over the wire protocol: statements,
// errors, transactions, a dump and closing must behave as with PGlite in the same thread.
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { openDatabase } from './database.js';

const newDataDir = () => join(mkdtempSync(join(tmpdir(), 'nabij-thread-')), 'data');

describe('the embedded database in its own thread', () => {
  it('runs parameterised statements, reports errors with their code, rolls back, dumps, and keeps data', async () => {
    const dataDir = newDataDir();
    const first = await openDatabase({ kind: 'pglite', dataDir });
    try {
      await sql`CREATE TABLE notes (id int PRIMARY KEY, body text NOT NULL)`.execute(first.db);
      await sql`INSERT INTO notes VALUES (${1}, ${'koffie op dinsdag'})`.execute(first.db);
      const { rows } = await sql<{ body: string }>`SELECT body FROM notes WHERE id = ${1}`.execute(first.db);
      expect(rows).toEqual([{ body: 'koffie op dinsdag' }]);

      // A unique violation comes back as PostgreSQL's error, and the connection goes on working.
      await expect(sql`INSERT INTO notes VALUES (${1}, ${'twee keer'})`.execute(first.db)).rejects.toMatchObject({
        code: '23505',
      });
      await expect(
        first.db.transaction().execute(async (trx) => {
          await sql`INSERT INTO notes VALUES (${2}, ${'teruggedraaid'})`.execute(trx);
          throw new Error('stop');
        }),
      ).rejects.toThrow('stop');
      const count = await sql<{ n: number }>`SELECT count(*)::int AS n FROM notes`.execute(first.db);
      expect(count.rows[0]?.n).toBe(1);

      // The dump is a gzipped tarball of the folder.
      const dump = await first.dumpEmbedded?.();
      expect(dump && gunzipSync(dump).byteLength).toBeGreaterThan(1_000_000);
    } finally {
      await first.close();
    }

    const again = await openDatabase({ kind: 'pglite', dataDir });
    try {
      const { rows } = await sql<{ body: string }>`SELECT body FROM notes`.execute(again.db);
      expect(rows).toEqual([{ body: 'koffie op dinsdag' }]);
    } finally {
      await again.close();
    }
  }, 60_000);

  it('answers statements sent at once in the order they were sent', async () => {
    const database = await openDatabase({ kind: 'pglite', dataDir: newDataDir() });
    try {
      const answers = await Promise.all(
        Array.from({ length: 20 }, (_, i) => sql<{ n: number }>`SELECT ${i}::int AS n`.execute(database.db)),
      );
      expect(answers.map((a) => a.rows[0]?.n)).toEqual(Array.from({ length: 20 }, (_, i) => i));
    } finally {
      await database.close();
    }
  }, 60_000);

  it('fails to open a folder that is no database, says so, and leaves the folder free', async () => {
    const dataDir = newDataDir();
    mkdirSync(join(dataDir, 'pglite'), { recursive: true });
    writeFileSync(join(dataDir, 'pglite', 'PG_VERSION'), 'geen database\n');
    await expect(openDatabase({ kind: 'pglite', dataDir })).rejects.toThrow();
    // The lock was released: a second attempt fails for the same reason, not because the folder is in use.
    await expect(openDatabase({ kind: 'pglite', dataDir })).rejects.not.toThrow(/in gebruik/);
  }, 60_000);
});
