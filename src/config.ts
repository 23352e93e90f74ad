// Every setting of Nabij, read once from the environment and typed. No process.env elsewhere.
import { resolve } from 'node:path';
import { z } from 'zod';

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('127.0.0.1'),
  DATABASE_URL: z.string().url().optional(),
  DATABASE_OWNER_URL: z.string().url().optional(),
  NABIJ_DATA_DIR: z.string().default('./data'),
  NABIJ_PROGRAM_DIR: z.string().optional(),
  NABIJ_EMBEDDED_BUFFERS_MB: z.coerce.number().int().min(1).max(4096).default(32),
  NABIJ_BASE_URL: z.string().url().optional(),
  NABIJ_OUTBOX_DIR: z.string().optional(),
  SMTP_URL: z.string().url().optional(),
  MAIL_FROM: z.string().default('Nabij <noreply@nabij.localhost>'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  NABIJ_TRUST_PROXY: z.enum(['true', 'false']).default('false'),
  NABIJ_GEMEENTE: z
    .string()
    .regex(/^[a-z0-9-]+$/)
    .default('wijkstad'),
  NABIJ_LOGIN_RATE_LIMIT: z.coerce.number().int().positive().default(10),
  NABIJ_FORM_RATE_LIMIT: z.coerce.number().int().positive().default(30),
  NABIJ_TOKEN_RATE_LIMIT: z.coerce.number().int().positive().default(120),
  NABIJ_STALE_MONTHS: z.coerce.number().int().positive().default(6),
  NABIJ_HIDDEN_MONTHS: z.coerce.number().int().positive().default(9),
  NABIJ_CONFIRM_EVERY_MONTHS: z.coerce.number().int().positive().default(3),
  NABIJ_QUEUE_STALE_DAYS: z.coerce.number().int().positive().default(5),
  NABIJ_MAP_TILE_URL: z.string().url().optional(),
  NABIJ_MAP_ATTRIBUTION: z.string().default('© OpenStreetMap-bijdragers'),
  NABIJ_BACKUP_DIR: z.string().optional(),
  NABIJ_BACKUP_KEEP: z.coerce.number().int().positive().default(7),
});

export type Config = {
  env: 'development' | 'production' | 'test';
  isProduction: boolean;
  port: number;
  host: string;
  databaseUrl: string | undefined;
  /** The role that owns the tables and runs migrations, when the application logs in as another one. */
  databaseOwnerUrl: string | undefined;
  dataDir: string;
  /**
   * The compiled program's folder, set by bin/nabij.js (not by hand). A new embedded database starts from a migrated
   * copy kept there, made by the first start of that program on a new folder.
   */
  programDir: string | undefined;
  /** The embedded database's shared buffers in MiB (PostgreSQL's own default, 128, costs 100 MiB more at start). */
  embeddedBuffersMiB: number;
  baseUrl: string;
  outboxDir: string;
  /** Municipality shown to visitors who are not signed in. */
  defaultTenantSlug: string;
  smtpUrl: string | undefined;
  mailFrom: string;
  logLevel: string;
  trustProxy: boolean;
  /** Sign-in attempts per address per 15 minutes. */
  loginRateLimit: number;
  /** Posts of public forms (such as an upload or a help request) per address per 15 minutes. */
  formRateLimit: number;
  /** API calls per integration token per route per minute. */
  tokenRateLimit: number;
  socialBase: {
    /** An entry not confirmed for this long is marked "not recently confirmed". */
    staleMonths: number;
    /** An entry not confirmed for this long is no longer proposed by triage. */
    hiddenMonths: number;
    /** How often owners get the "Klopt dit nog?" email. */
    confirmEveryMonths: number;
  };
  /** Days without progress after which a help request comes back to the top of the team's queue. */
  queueStaleDays: number;
  /** Map tiles for the search page, e.g. https://tile.example.org/{z}/{x}/{y}.png; no map without it. */
  map: { tileUrl: string; attribution: string } | undefined;
  /** `serve` writes one backup of the embedded database a day into `dir` and keeps the newest `keep`. */
  dailyBackup: { dir: string; keep: number } | undefined;
};

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  // An empty variable (DATABASE_URL=) means "not set", as in most tools.
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const dataDir = resolve(e.NABIJ_DATA_DIR);
  return {
    env: e.NODE_ENV,
    isProduction: e.NODE_ENV === 'production',
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    databaseOwnerUrl: e.DATABASE_OWNER_URL,
    dataDir,
    programDir: e.NABIJ_PROGRAM_DIR,
    embeddedBuffersMiB: e.NABIJ_EMBEDDED_BUFFERS_MB,
    baseUrl: e.NABIJ_BASE_URL ?? `http://localhost:${e.PORT}`,
    outboxDir: resolve(e.NABIJ_OUTBOX_DIR ?? resolve(dataDir, 'outbox')),
    defaultTenantSlug: e.NABIJ_GEMEENTE,
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    logLevel: e.LOG_LEVEL,
    trustProxy: e.NABIJ_TRUST_PROXY === 'true',
    loginRateLimit: e.NABIJ_LOGIN_RATE_LIMIT,
    formRateLimit: e.NABIJ_FORM_RATE_LIMIT,
    tokenRateLimit: e.NABIJ_TOKEN_RATE_LIMIT,
    socialBase: {
      staleMonths: e.NABIJ_STALE_MONTHS,
      hiddenMonths: e.NABIJ_HIDDEN_MONTHS,
      confirmEveryMonths: e.NABIJ_CONFIRM_EVERY_MONTHS,
    },
    queueStaleDays: e.NABIJ_QUEUE_STALE_DAYS,
    map: e.NABIJ_MAP_TILE_URL ? { tileUrl: e.NABIJ_MAP_TILE_URL, attribution: e.NABIJ_MAP_ATTRIBUTION } : undefined,
    dailyBackup: e.NABIJ_BACKUP_DIR ? { dir: resolve(e.NABIJ_BACKUP_DIR), keep: e.NABIJ_BACKUP_KEEP } : undefined,
  };
}
