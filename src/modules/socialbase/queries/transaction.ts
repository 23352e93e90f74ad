// Where the commands' transactions are opened, so a command says what belongs together without building SQL.
import type { Db } from '../../../kernel/db/database.js';

/** Runs `work` in one transaction; inside a caller's transaction it runs in that one. */
export function inTransaction<T>(db: Db, work: (trx: Db) => Promise<T>): Promise<T> {
  return db.isTransaction ? work(db) : db.transaction().execute(work);
}
