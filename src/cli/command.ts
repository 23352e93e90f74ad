// The shape of a `nabij` subcommand: one file each, thin, calling the same code as the web app.
import type { Config } from '../config.js';
import type { DatabaseHandle } from '../kernel/db/database.js';
export type Command = {
  name: string;
  summary: string;
  usage: string;
  run(args: string[], early?: EarlyStart): Promise<number>;
};

/**
 * What a command began before the modules were loaded (see `early` in main.ts): `serve` starts opening the database
 * while the rest of the program loads. `fresh`: the embedded folder did not exist before.
 */
export type EarlyStart = { config: Config; fresh: boolean; database: Promise<DatabaseHandle> };

export class UsageError extends Error {}
