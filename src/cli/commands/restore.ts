// nabij restore FILE [--force]: put a backup of `nabij backup` back as the embedded database.
import { parseArgs } from 'node:util';
import { loadConfig } from '../../config.js';
import { BackupError, restoreBackup, totalRows } from '../../kernel/db/backup.js';
import { DataDirLockedError } from '../../kernel/db/lock.js';
import { type Command, UsageError } from '../command.js';
import { folderInWords, seconds } from '../steps.js';
import { postgresBackupAdvice, serverRunningAdvice } from './backup.js';

export const restore: Command = {
  name: 'restore',
  summary: 'Put a backup back as the embedded database',
  usage: `nabij restore FILE [--force]

Checks that FILE is a whole Nabij backup, loads it beside the database, checks the number of rows per table
against the backup, and only then puts it in place of the embedded database in NABIJ_DATA_DIR.
Nabij must not be running. A database that has rows is replaced only with --force.
With DATABASE_URL, use pg_restore (see docs/operations.md).

  --force   replace a database that is not empty`,
  async run(args) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { force: { type: 'boolean', default: false } },
    });
    const [file, ...extra] = positionals;
    if (!file || extra.length > 0) throw new UsageError('Say which backup to restore: nabij restore FILE');
    const config = loadConfig();
    if (config.databaseUrl) {
      console.error(postgresBackupAdvice);
      return 1;
    }
    const started = performance.now();
    try {
      const { manifest } = await restoreBackup(config.dataDir, file, values.force);
      console.log(
        `Backup van ${manifest.createdAt.slice(0, 16).replace('T', ' ')} UTC teruggezet in ` +
          `${folderInWords(config.dataDir)}: ${Object.keys(manifest.tables).length} tabellen en ` +
          `${totalRows(manifest)} rijen, zoals in de backup (${seconds(performance.now() - started)}). ` +
          'Start Nabij met nabij serve; nieuwere migraties worden dan toegepast.',
      );
      return 0;
    } catch (error) {
      if (error instanceof DataDirLockedError) {
        console.error(serverRunningAdvice(folderInWords(config.dataDir), error.pid));
        return 1;
      }
      if (error instanceof BackupError || (error as NodeJS.ErrnoException).code === 'ENOENT') {
        console.error(error instanceof BackupError ? error.message : `Het bestand ${file} bestaat niet.`);
        return 1;
      }
      throw error;
    }
  },
};
