// The `nabij` command: picks a subcommand and runs it. Each subcommand is loaded only when asked for, so a
// short command (triage, import) does not pay for loading the web app.
import { DataDirLockedError } from '../kernel/db/lock.js';
import { installModules } from '../kernel/modules.js';
import { type Command, type EarlyStart, UsageError } from './command.js';

type Entry = {
  name: string;
  summary: string;
  load: () => Promise<Command>;
  early?: () => Promise<EarlyStart | undefined>;
};

/**
 * The server's database starts opening before the program's modules load: PGlite reads and compiles its
 * WebAssembly (9 MB) off this thread while this thread loads the rest. A setting that does not parse is left for
 * `run` to report.
 */
async function openingEarly(): Promise<EarlyStart | undefined> {
  const [{ loadConfig }, { embeddedDatabaseExists }, { beginOpening }] = await Promise.all([
    import('../config.js'),
    import('../kernel/db/database.js'),
    import('../kernel/db/open.js'),
  ]);
  let config;
  try {
    config = loadConfig();
  } catch {
    return undefined;
  }
  const fresh = !config.databaseUrl && !embeddedDatabaseExists(config.dataDir);
  return { config, fresh, database: beginOpening(config) };
}

const commands: Entry[] = [
  {
    name: 'serve',
    summary: 'Start Nabij (web pages and API)',
    load: async () => (await import('./commands/serve.js')).serve,
    early: openingEarly,
  },
  {
    name: 'migrate',
    summary: 'Bring the database schema up to date',
    load: async () => (await import('./commands/migrate.js')).migrate,
  },
  {
    name: 'seed',
    summary: 'Fill the database with demo data',
    load: async () => (await import('./commands/seed.js')).seed,
  },
  { name: 'user', summary: 'Create accounts', load: async () => (await import('./commands/user.js')).user },
  {
    name: 'token',
    summary: 'API keys for connected systems: create, list, revoke',
    load: async () => (await import('./commands/token.js')).token,
  },
  {
    name: 'import',
    summary: 'Import postcodes, the social base or volunteers (CSV, XLSX, HSDS)',
    load: async () => (await import('./commands/import.js')).importCommand,
  },
  {
    name: 'export',
    summary: 'Export the social base as Open Referral HSDS 3',
    load: async () => (await import('./commands/export.js')).exportCommand,
  },
  {
    name: 'triage',
    summary: 'Triage help requests: need keys, route and suggestions with reasons',
    load: async () => (await import('./commands/triage.js')).triageCommand,
  },
  {
    name: 'toegangslog',
    summary: 'Check that the access log has not been changed (its hash chain)',
    load: async () => (await import('./commands/access-log.js')).accessLogCommand,
  },
  {
    name: 'backup',
    summary: 'Back up the embedded database to a file (PostgreSQL: says how with pg_dump)',
    load: async () => (await import('./commands/backup.js')).backup,
  },
  {
    name: 'restore',
    summary: 'Put a backup back as the embedded database (refuses a database with rows without --force)',
    load: async () => (await import('./commands/restore.js')).restore,
  },
  {
    name: 'herinneringen',
    summary: 'Send the "Klopt dit nog?" and "Hoe gaat het?" emails that are due, and clear expired sign-ups',
    load: async () => (await import('./commands/reminders.js')).reminders,
  },
];

function overview(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return `Usage: nabij <command> [options]\n\nCommands:\n${commands
    .map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`)
    .join('\n')}\n\nnabij <command> --help shows the options of a command.`;
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    console.log(overview());
    return name ? 0 : 2;
  }
  const entry = commands.find((c) => c.name === name);
  if (!entry) {
    console.error(`Unknown command: ${name}\n\n${overview()}`);
    return 2;
  }
  const asksHelp = rest.includes('--help') || rest.includes('-h');
  let command: Command | undefined;
  try {
    const early = asksHelp ? undefined : await entry.early?.();
    command = await entry.load();
    if (asksHelp) {
      console.log(command.usage);
      return 0;
    }
    installModules((await import('../modules/index.js')).modules);
    return await command.run(rest, early);
  } catch (error) {
    if (
      error instanceof UsageError ||
      (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'))
    ) {
      console.error(`${error.message}\n\n${command?.usage ?? ''}`);
      return 2;
    }
    if (error instanceof DataDirLockedError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  }
}

process.exitCode = await main(process.argv.slice(2));
