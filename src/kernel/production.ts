// The production check: what must be right before `nabij serve` may run with NODE_ENV=production. Each problem is
// one Dutch sentence that says what is wrong and what to do, so an operator can fix them all in one go.
import type { Config } from '../config.js';
import { countDemoAccounts, DEMO_TENANT_SLUG } from './auth/accounts-demo.js';
import type { Db } from './db/database.js';

const localHosts = new Set(['localhost', '127.0.0.1', '0.0.0.0', '[::1]', '[::]']);

const isLocal = (hostname: string) => localHosts.has(hostname) || hostname.endsWith('.localhost');

/** Problems in the settings alone. */
export function configProblems(config: Config): string[] {
  const problems: string[] = [];
  if (!config.smtpUrl) {
    problems.push(
      'SMTP_URL is niet gezet. Zonder mailserver komen inlogcodes als bestanden in de outbox-map terecht in plaats ' +
        'van bij de mensen zelf. Zet SMTP_URL, bijvoorbeeld smtp://gebruiker:wachtwoord@mail.gemeente.nl:587.',
    );
  }
  const base = new URL(config.baseUrl);
  if (isLocal(base.hostname)) {
    problems.push(
      `NABIJ_BASE_URL is niet gezet of wijst naar deze computer (${config.baseUrl}). Links in e-mail werken dan ` +
        'niet. Zet het publieke adres, bijvoorbeeld https://nabij.gemeente.nl.',
    );
  } else if (base.protocol !== 'https:') {
    problems.push(
      `NABIJ_BASE_URL begint niet met https:// (${config.baseUrl}). In productie stuurt de browser het ` +
        'inlogcookie alleen over https. Zet het publieke https-adres.',
    );
  }
  if (config.defaultTenantSlug === DEMO_TENANT_SLUG) {
    problems.push(
      `NABIJ_GEMEENTE is niet gezet of staat op de demogemeente ${DEMO_TENANT_SLUG}. Zet de korte naam van uw ` +
        'gemeente, zoals bij nabij user create --gemeente.',
    );
  }
  return problems;
}

/**
 * Problems in the database: demo accounts, whose passwords and app codes are public. They are found by the
 * `is_demo` mark the demo seed sets on each one (and nothing else sets), not by e-mail address or municipality,
 * which an operator may change or reuse.
 */
export async function databaseProblems(db: Db): Promise<string[]> {
  const problems: string[] = [];
  const demoAccounts = await countDemoAccounts(db);
  if (demoAccounts > 0) {
    problems.push(
      `De database heeft ${demoAccounts} demo-account${demoAccounts === 1 ? '' : 's'}. Hun wachtwoord en ` +
        'app-code staan openbaar in de README, dus iedereen kan daarmee inloggen, ook als beheerder. ' +
        'Begin in productie met een lege database: een nieuwe NABIJ_DATA_DIR of een lege PostgreSQL-database.',
    );
  }
  return problems;
}

/** Everything that stands in the way of a safe production start; empty when all is well. */
export async function productionProblems(config: Config, db: Db): Promise<string[]> {
  return [...configProblems(config), ...(await databaseProblems(db))];
}

/** The problems as one message for the terminal. */
export function productionProblemsMessage(problems: readonly string[]): string {
  const count = problems.length === 1 ? 'er is 1 probleem' : `er zijn ${problems.length} problemen`;
  return [
    `Nabij start niet in productie (NODE_ENV=production): ${count}.`,
    ...problems.map((problem) => `- ${problem}`),
  ].join('\n');
}
