// Puts Nabij together: database, migrations, mailer and the web app. Used by `nabij serve`, the tests and the benchmarks.
import type { FastifyInstance } from 'fastify';
import type { DestinationStream } from 'pino';
import type { Config } from './config.js';
import { type DatabaseHandle, databaseOptionsFrom, openDatabase } from './kernel/db/database.js';
import { migrateToLatest } from './kernel/db/migrator.js';
import { buildApp } from './kernel/http/app.js';
import { type Mailer, outboxMailer, smtpMailer } from './kernel/mail/mailer.js';
import { appModules } from './modules/index.js';

export function mailerFor(config: Config): Mailer {
  return config.smtpUrl ? smtpMailer(config.smtpUrl, config.mailFrom) : outboxMailer(config.outboxDir);
}

export async function openMigratedDatabase(config: Config): Promise<DatabaseHandle> {
  const database = await openDatabase(databaseOptionsFrom(config));
  try {
    await migrateToLatest(database.db);
  } catch (error) {
    await database.close();
    throw error;
  }
  return database;
}

export async function createApp(
  config: Config,
  database: DatabaseHandle,
  options: { mailer?: Mailer; logStream?: DestinationStream } = {},
): Promise<FastifyInstance> {
  const app = await buildApp(
    { config, database, mailer: options.mailer ?? mailerFor(config) },
    { modules: appModules({ isProduction: config.isProduction }), logStream: options.logStream },
  );
  if (config.isProduction && !config.smtpUrl) app.log.warn('SMTP_URL is not set: mail goes to the outbox folder');
  return app;
}
