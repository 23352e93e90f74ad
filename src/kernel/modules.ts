// What a module brings to Nabij, and the one place where the kernel learns of the modules: they are installed
// by the entry points (server, command line, tests) from src/modules/index.ts; the kernel imports none of them.
import type { Migration } from 'kysely';
import type { FastifyInstance } from 'fastify';
import type { VNode } from 'preact';
import { addCategoryWords, addPurposeWords } from './access/plain-words.js';
import { type PolicyRule, setModuleRules } from './access/policy.js';
import { type Subscriptions, setSubscriptions } from './events.js';
import { type ConsentCheck, type GatedDb, setConsentCheck } from './access/gate.js';
import type { AppContext } from './http/context.js';
import type { View } from './ui/view.js';

/** Routes of a module: a Fastify plugin, registered in the order the modules are listed. */
export type AppPlugin = (app: FastifyInstance) => Promise<void>;

/**
 * Routes loaded when the app registers them, not when the module's front door is imported: a command such as
 * `nabij triage` installs every module for its migrations and rules, and should not pay for loading pages.
 */
export const lazyRoutes =
  (load: () => Promise<AppPlugin>): AppPlugin =>
  async (app) =>
    (await load())(app);

/** Work that runs on a clock in `nabij serve` and at once in `nabij herinneringen`; safe to run often. */
export type Job = {
  name: string;
  /** How often `serve` runs it, in milliseconds, and how long after start the first run waits. */
  everyMs: number;
  firstAfterMs?: number;
  /** Runs once; returns how many things it did (mails sent, rows moved). */
  run(ctx: AppContext): Promise<number>;
  /** What it did in a Dutch phrase for the command line: `(n) => `${n} herinneringen verstuurd``. */
  summary(count: number): string;
};

/** Rules of the access policy for the categories of personal data a module keeps, with their plain words. */
export type ModulePolicy = {
  rules: readonly PolicyRule[];
  categoryWords?: Record<string, [string, string]>;
  /** The purposes the module's reads are made for, as the resident's access log says them. */
  purposeWords?: Record<string, [string, string]>;
};

/**
 * Places on a module's pages where other modules may add a part: the page's module declares the slot and what a
 * part gets to know (`interface PageSlots { 'mijn-vrijwilliger': { tenantId: string; volunteerId: string } }`).
 */
export interface PageSlots {}

/** A part of another module's page: it reads its data within the page's own gate pass, then renders. */
export type PageSection<K extends keyof PageSlots = keyof PageSlots> = {
  slot: K;
  load(gated: GatedDb, context: PageSlots[K]): Promise<(view: View) => VNode | null>;
};

/** A part for any one slot: each slot's part with its own context, so a module can fill several slots. */
export type AnyPageSection = { [K in keyof PageSlots]: PageSection<K> }[keyof PageSlots];

export type ModuleDescription = {
  name: string;
  /** Migrations by name ("0006_requests"); all modules' migrations run in one global order by name. */
  migrations?: Record<string, Migration>;
  routes?: readonly AppPlugin[];
  jobs?: readonly Job[];
  policy?: ModulePolicy;
  /** Parts this module adds to other modules' pages. */
  sections?: readonly AnyPageSection[];
  /** What this module does when another module publishes an event. */
  subscriptions?: Subscriptions;
  /** What the gate asks before a read that needs the person's consent (one module at most brings it). */
  consentCheck?: ConsentCheck;
  /** Only outside production (the demo shortcuts and outbox). */
  developmentOnly?: boolean;
};

let installed: readonly ModuleDescription[] | undefined;

/** Makes the modules known to the migrator, the access gate, the router and the job runner. Idempotent. */
export function installModules(modules: readonly ModuleDescription[]): void {
  const names = new Set<string>();
  for (const m of modules) {
    if (names.has(m.name)) throw new Error(`Two modules are called ${m.name}`);
    names.add(m.name);
  }
  setModuleRules(new Map(modules.flatMap((m) => (m.policy ? [[m.name, m.policy.rules] as const] : []))));
  setSubscriptions(new Map(modules.flatMap((m) => (m.subscriptions ? [[m.name, m.subscriptions] as const] : []))));
  for (const m of modules) if (m.policy?.categoryWords) addCategoryWords(m.policy.categoryWords);
  for (const m of modules) if (m.policy?.purposeWords) addPurposeWords(m.policy.purposeWords);
  const checks = modules.flatMap((m) => (m.consentCheck ? [m.consentCheck] : []));
  if (checks.length > 1) throw new Error('Two modules bring a consent check');
  setConsentCheck(checks[0] ?? null);
  installed = modules;
}

export function installedModules(): readonly ModuleDescription[] {
  if (!installed) throw new Error('No modules installed: call installModules(modules) at start-up');
  return installed;
}

/** The modules that run in this environment. */
export const activeModules = (isProduction: boolean): ModuleDescription[] =>
  installedModules().filter((m) => !(isProduction && m.developmentOnly));

/** The parts the installed modules add to a slot, in the order the modules are listed. */
export function sectionsFor<K extends keyof PageSlots>(slot: K): PageSection<K>[] {
  // A part's slot names its context, so the part found for this slot takes this slot's context.
  return installedModules().flatMap((m) =>
    (m.sections ?? []).filter((s) => s.slot === slot).map((s) => s as unknown as PageSection<K>),
  );
}
