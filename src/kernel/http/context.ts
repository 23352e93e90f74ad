// What the app hands every module: its database, settings and mailer.
import type { Config } from '../../config.js';
import type { DatabaseHandle } from '../db/database.js';
import type { Mailer } from '../mail/mailer.js';

export type AppContext = {
  config: Config;
  database: DatabaseHandle;
  mailer: Mailer;
};
