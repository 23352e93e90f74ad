// Puts Nabij together: the modules, the database, migrations, mailer and the web app. Used by `nabij serve`,
// the tests and the benchmarks.
import type { FastifyInstance } from 'fastify';
import type { DestinationStream } from 'pino';
import type { Config } from './config.js';
import { accessLogRoutes } from './kernel/access/routes.js';
import { accountRoutes } from './kernel/auth/account-routes.js';
import { passwordLinkRoutes } from './kernel/auth/password-link-routes.js';
import { authRoutes } from './kernel/auth/routes.js';
import type { DatabaseHandle } from './kernel/db/database.js';
import { buildApp } from './kernel/http/app.js';
import { type Mailer, mailerFor } from './kernel/mail/mailer.js';
import { activeModules, installModules } from './kernel/modules.js';
import { modules } from './modules/index.js';

export async function createApp(
  config: Config,
  database: DatabaseHandle,
  options: { mailer?: Mailer; logStream?: DestinationStream } = {},
): Promise<FastifyInstance> {
  installModules(modules);
  const routes = [
    authRoutes,
    passwordLinkRoutes,
    accountRoutes,
    accessLogRoutes,
    ...activeModules(config.isProduction).flatMap((m) => m.routes ?? []),
  ];
  const app = await buildApp(
    { config, database, mailer: options.mailer ?? mailerFor(config) },
    { routes, logStream: options.logStream },
  );
  if (config.isProduction && !config.smtpUrl) app.log.warn('SMTP_URL is not set: mail goes to the outbox folder');
  return app;
}
