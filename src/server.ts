// Puts Nabij together: database, migrations, mailer and the web app. Used by `nabij serve`, the tests and the benchmarks.
import type { FastifyInstance } from 'fastify';
import type { DestinationStream } from 'pino';
import type { Config } from './config.js';
import type { DatabaseHandle } from './kernel/db/database.js';
import { buildApp } from './kernel/http/app.js';
import { type Mailer, mailerFor } from './kernel/mail/mailer.js';
import { appModules } from './modules/index.js';

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
