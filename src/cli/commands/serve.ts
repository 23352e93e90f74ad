// nabij serve: open and migrate the database, optionally seed the demo, check a production start, and serve on PORT.
// Each step is told on stdout as it happens (src/cli/steps.ts).
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import { type Config, loadConfig } from '../../config.js';
import { seedDemo } from '../../modules/demo/index.js';
import { warmUpLexicon } from '../../modules/triage/index.js';
import { startDailyBackups } from '../../kernel/db/backup.js';
import { type DatabaseHandle, embeddedDatabaseExists } from '../../kernel/db/database.js';
import { allMigrations } from '../../kernel/db/migrator.js';
import { openMigratedDatabase } from '../../kernel/db/open.js';
import { mailerFor } from '../../kernel/mail/mailer.js';
import { startJobs } from '../../kernel/jobs.js';
import { activeModules } from '../../kernel/modules.js';
import { productionProblems, productionProblemsMessage } from '../../kernel/production.js';
import { createApp } from '../../server.js';
import type { Command, EarlyStart } from '../command.js';
import { folderInWords, seconds, type Steps, steps } from '../steps.js';

/** Opens (or goes on opening) and migrates the database, telling both steps with their times. */
async function openWithSteps(config: Config, say: Steps, early: EarlyStart | undefined): Promise<DatabaseHandle> {
  const folder = folderInWords(config.dataDir);
  const fresh = early?.fresh ?? (!config.databaseUrl && !embeddedDatabaseExists(config.dataDir));
  let opened: string;
  if (config.databaseUrl) {
    // Host, port and database only: the URL's user and password stay out of the terminal.
    const url = new URL(config.databaseUrl);
    opened = `Database: PostgreSQL-server ${url.hostname}:${url.port || '5432'}${url.pathname}`;
  } else if (fresh) {
    say.say(`Database aanmaken in ${folder} (ingebed PostgreSQL); de eerste keer duurt dit even…`);
    opened = `Database aangemaakt in ${folder}`;
  } else {
    opened = `Database geopend in ${folder} (ingebed PostgreSQL)`;
  }
  const total = Object.keys(allMigrations()).length;
  let since = performance.now();
  const took = () => {
    const ms = performance.now() - since;
    since = performance.now();
    return seconds(ms);
  };
  return openMigratedDatabase(
    config,
    {
      opened: () => say.say(`${opened} (${took()})`),
      migrated: ({ applied }) =>
        say.say(
          applied.length === 0
            ? `Migraties: niets nieuw, ${total} in totaal (${took()})`
            : `Migraties: ${applied.length} nieuw toegepast, ${total} in totaal (${took()})`,
        ),
    },
    early?.database,
  );
}

const modeInWords = { development: 'ontwikkelmodus', production: 'productie', test: 'testmodus' } as const;

const localHosts = new Set(['127.0.0.1', '0.0.0.0', '::', '::1', 'localhost']);

function addressInWords(config: Config, port: number): string {
  const host = localHosts.has(config.host) ? 'localhost' : config.host.includes(':') ? `[${config.host}]` : config.host;
  return `http://${host}:${port}`;
}

function startBackups(
  config: Config,
  database: DatabaseHandle,
  say: Steps,
  log: { error(o: object, m: string): void },
) {
  if (!config.dailyBackup) return;
  if (database.kind === 'postgres') {
    say.say(
      'NABIJ_BACKUP_DIR is gezet, maar de database staat op een PostgreSQL-server: daarvoor gelden de backups van ' +
        'die server (pg_dump, zie docs/operations.md). Nabij maakt zelf geen backups.',
    );
    return;
  }
  const { dir, keep } = config.dailyBackup;
  say.say(`Elke dag een backup in ${folderInWords(dir)} (de nieuwste ${keep} blijven bewaard)`);
  startDailyBackups(
    { dir, keep, database },
    {
      done: ({ written, deleted }) => {
        if (written) say.say(`Backup gemaakt: ${folderInWords(written)}`);
        if (deleted.length > 0) say.say(`Oude backups verwijderd: ${deleted.join(', ')}`);
      },
      failed: (error) => log.error({ err: error }, 'daily backup failed'),
    },
  );
}

export const serve: Command = {
  name: 'serve',
  summary: 'Start Nabij (web pages and API)',
  usage: `nabij serve [--demo]

  --demo   create the demo municipality Wijkstad with an account for every role, when it is not there yet
           (not with NODE_ENV=production)

With NODE_ENV=production, serve refuses to start while SMTP_URL or NABIJ_BASE_URL is missing, NABIJ_BASE_URL is
local or not https, NABIJ_GEMEENTE is left at the demo, or the database has demo accounts.

Settings come from the environment: PORT, HOST, DATABASE_URL, NABIJ_DATA_DIR, ... (see README).`,
  async run(args, early) {
    let values;
    try {
      values = parseArgs({ args, options: { demo: { type: 'boolean', default: false } } }).values;
    } catch (error) {
      // The database began opening before the arguments were read (main.ts): close it, and so free its folder.
      await (await early?.database.catch(() => undefined))?.close();
      throw error;
    }
    const config = early?.config ?? loadConfig();
    const say = steps(config);
    say.say(`Nabij start in ${modeInWords[config.env]} (programma geladen in ${seconds(process.uptime() * 1000)})`);
    // Triage's lexicon takes 0.3 s of work. A new demo's help requests need it: then it is compiled while the
    // database's WebAssembly compiles. Otherwise a second after the server listens, when the first pages have been
    // served, so that the first help request need not wait for it either.
    const lexiconNow = values.demo && (early?.fresh ?? true);
    if (lexiconNow) setImmediate(warmUpLexicon);
    const database = await openWithSteps(config, say, early);
    let app: Awaited<ReturnType<typeof createApp>> | undefined;
    try {
      if (config.isProduction) {
        const problems = await productionProblems(config, database.db);
        if (values.demo)
          problems.unshift('--demo kan niet in productie: de demo-accounts hebben openbare wachtwoorden.');
        if (problems.length > 0) {
          console.error(productionProblemsMessage(problems));
          await database.close();
          return 1;
        }
        say.say('Productiecontrole: in orde');
      } else if (values.demo) {
        await say.timed(
          () => seedDemo(database.db),
          (r) =>
            r.accountsCreated + r.activitiesCreated + r.volunteersCreated + r.requestsCreated === 0
              ? `Demogemeente ${r.tenant.name} is er al`
              : `Demogemeente ${r.tenant.name} aangemaakt: ${r.accountsCreated} accounts, ${r.activitiesCreated} ` +
                `activiteiten, ${r.volunteersCreated} vrijwilligers en ${r.requestsCreated} hulpvragen`,
        );
      }
      const mailer = mailerFor(config);
      app = await say.timed(
        () => createApp(config, database, { mailer }),
        () => 'Webpagina’s en API geladen',
      );
      say.say(
        config.smtpUrl
          ? `E-mail gaat via SMTP (${new URL(config.smtpUrl).hostname})`
          : `E-mail komt in de map ${folderInWords(config.outboxDir)} terecht (SMTP_URL is niet gezet)`,
      );
      // The modules' jobs ("Klopt dit nog?" daily, "Hoe gaat het?" hourly). Several instances may each run them: a
      // job runs once at a time over all of them (see kernel/jobs.ts).
      startJobs(
        activeModules(config.isProduction).flatMap((m) => m.jobs ?? []),
        { config, database, mailer },
        app.log,
      );
      startBackups(config, database, say, app.log);
      await app.listen({ port: config.port, host: config.host });
    } catch (error) {
      await app?.close();
      await database.close();
      throw error;
    }
    const listening = app;
    let closing = false;
    const shutdown = async (signal: string) => {
      if (closing) return;
      closing = true;
      listening.log.info({ signal }, 'shutting down');
      await listening.close();
      await database.close();
      process.exit(0);
    };
    process.once('SIGINT', () => void shutdown('SIGINT'));
    process.once('SIGTERM', () => void shutdown('SIGTERM'));
    listening.log.info({ database: database.kind, demo: values.demo }, 'Nabij is ready');
    const url = addressInWords(config, (listening.server.address() as AddressInfo).port);
    const started = `(start in ${seconds(process.uptime() * 1000)})`;
    say.say(
      values.demo && !config.isProduction
        ? `Nabij draait op ${url} ${started} — open ${url}/demo om in te loggen als een van de rollen`
        : `Nabij draait op ${url} ${started}${config.isProduction ? `; publiek adres ${config.baseUrl}` : ''}`,
    );
    if (!lexiconNow) setTimeout(warmUpLexicon, 1_000).unref();
    return new Promise<number>(() => {});
  },
};
