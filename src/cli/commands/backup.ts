// nabij backup FILE: a backup of the embedded database while Nabij is not running. A PostgreSQL server has its own
// tools; this command says which.
import { parseArgs } from 'node:util';
import { loadConfig } from '../../config.js';
import { BackupError, totalRows, writeBackup } from '../../kernel/db/backup.js';
import { databaseOptionsFrom, embeddedDatabaseExists, openDatabase } from '../../kernel/db/database.js';
import { DataDirLockedError } from '../../kernel/db/lock.js';
import { type Command, UsageError } from '../command.js';
import { folderInWords, seconds } from '../steps.js';

export const postgresBackupAdvice =
  'Met DATABASE_URL staat de database op een PostgreSQL-server. Gebruik daarvoor de gereedschappen van PostgreSQL,\n' +
  'als de eigenaar van de tabellen (DATABASE_OWNER_URL, anders DATABASE_URL):\n' +
  '  backup:      pg_dump --format=custom --file=nabij.dump "$DATABASE_OWNER_URL"\n' +
  '  terugzetten: pg_restore --clean --if-exists --no-owner --dbname="$DATABASE_OWNER_URL" nabij.dump\n' +
  'Rollen en wachtwoorden zitten niet in die backup (pg_dumpall --roles-only). Zie docs/operations.md.';

export const serverRunningAdvice = (dataDir: string, pid: number) =>
  `Nabij draait (proces ${pid}) op de database in ${dataDir}. Een backup maken of terugzetten kan alleen als ` +
  'nabij serve niet draait: stop de server even, of zet NABIJ_BACKUP_DIR, dan maakt serve zelf elke dag een backup.';

export const backup: Command = {
  name: 'backup',
  summary: 'Back up the embedded database to a file',
  usage: `nabij backup FILE

Writes a backup of the embedded database in NABIJ_DATA_DIR to FILE (readable by you only): a first line with the
date, the migrations and the number of rows per table, then the database folder as a gzipped tarball.
Stop nabij serve first, or let serve write one a day with NABIJ_BACKUP_DIR and NABIJ_BACKUP_KEEP.
With DATABASE_URL, use pg_dump (see docs/operations.md).`,
  async run(args) {
    const { positionals } = parseArgs({ args, allowPositionals: true, options: {} });
    const [file, ...extra] = positionals;
    if (!file || extra.length > 0) throw new UsageError('Say where the backup goes: nabij backup FILE');
    const config = loadConfig();
    if (config.databaseUrl) {
      console.error(postgresBackupAdvice);
      return 1;
    }
    if (!embeddedDatabaseExists(config.dataDir)) {
      console.error(`Er is geen database in ${folderInWords(config.dataDir)} (NABIJ_DATA_DIR): niets om te bewaren.`);
      return 1;
    }
    const started = performance.now();
    let database;
    try {
      database = await openDatabase(databaseOptionsFrom(config));
    } catch (error) {
      if (!(error instanceof DataDirLockedError)) throw error;
      console.error(serverRunningAdvice(folderInWords(config.dataDir), error.pid));
      return 1;
    }
    try {
      const manifest = await writeBackup(database, file);
      const megabytes = (manifest.bytes / 1_000_000).toFixed(1).replace('.', ',');
      console.log(
        `Backup geschreven naar ${file}: ${megabytes} MB, ${Object.keys(manifest.tables).length} tabellen, ` +
          `${totalRows(manifest)} rijen (${seconds(performance.now() - started)}).`,
      );
      return 0;
    } catch (error) {
      if (!(error instanceof BackupError)) throw error;
      console.error(error.message);
      return 1;
    } finally {
      await database.close();
    }
  },
};
