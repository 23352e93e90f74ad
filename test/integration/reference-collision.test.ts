// A help request's reference (HV- and five characters: 33.5 million codes) is drawn at random. At city scale a year
// holds some 15,000 requests, so now and then a new request draws a code that is taken: it must still be stored,
// under another code, and not fail with an error after the resident typed their story.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Mail } from '../../src/kernel/mail/mailer.js';
import type { Tenant } from '../../src/kernel/tenancy/queries.js';
import type { TestDatabase } from '../support/database.js';

// The draw of the reference, steered by the test: `randomInt` stays the real one unless a test says otherwise.
vi.mock('node:crypto', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:crypto')>();
  return { ...actual, randomInt: vi.fn(actual.randomInt) };
});

// The db test files of a worker share one module graph (`isolate: false` in vitest.config.ts), so the request
// command may already be loaded with the real node:crypto by an earlier file. This file loads the app afresh, under
// the mock, and afterwards leaves a fresh graph without the mock for the next file.
let randomInt: typeof import('node:crypto').randomInt;
let loadConfig: typeof import('../../src/config.js').loadConfig;
let submitHelpRequest: typeof import('../../src/modules/requests/commands/submit-help-request.js').submitHelpRequest;
let defaultShareChoice: typeof import('../../src/modules/requests/index.js').defaultShareChoice;

let database: TestDatabase;
let tenant: Tenant;
const mails: Mail[] = [];
beforeAll(async () => {
  vi.resetModules();
  ({ randomInt } = await import('node:crypto'));
  ({ loadConfig } = await import('../../src/config.js'));
  ({ submitHelpRequest } = await import('../../src/modules/requests/commands/submit-help-request.js'));
  ({ defaultShareChoice } = await import('../../src/modules/requests/index.js'));
  const { testDatabase } = await import('../support/database.js');
  const { makeTenant } = await import('../support/factories.js');
  database = await testDatabase();
  tenant = await makeTenant(database.db, 'codedorp', 'Codedorp');
});
afterAll(async () => {
  await database?.drop();
  vi.doUnmock('node:crypto');
  vi.resetModules();
});

/** The next reference drawn is HV-AAAAA: five draws of the first character. */
const drawTakenCode = () => {
  for (let i = 0; i < 5; i++) vi.mocked(randomInt).mockReturnValueOnce(0 as never);
};

const ask = () =>
  submitHelpRequest(
    {
      config: loadConfig({ NODE_ENV: 'test', NABIJ_DATA_DIR: '/nonexistent-nabij-test' }),
      database,
      mailer: { send: async (mail) => void mails.push(mail) },
    },
    tenant,
    { kind: 'system', tenantId: tenant.id, process: 'hulpvraag' },
    {
      channel: 'web',
      askerUserId: null,
      enteredByUserId: null,
      forSomeoneElse: false,
      askerName: 'Truus',
      subjectName: null,
      relation: null,
      subjectConsent: 'zelf',
      text: 'Ik zoek iemand die af en toe boodschappen voor me doet, ik loop slecht.',
      postcode: null,
      moments: [],
      language: null,
      contactEmail: 'truus@voorbeeld.nl',
      contactPhone: null,
      shareWithVolunteer: defaultShareChoice,
    },
  );

describe('the reference of a help request', () => {
  it('is drawn again when the drawn one is taken, and the asker hears the one that was stored', async () => {
    drawTakenCode();
    const first = await ask();
    expect(first.reference).toBe('HV-AAAAA');
    drawTakenCode();
    const second = await ask();
    expect(second.reference).toMatch(/^HV-[A-Z2-9]{5}$/);
    expect(second.reference).not.toBe('HV-AAAAA');
    const stored = await database.db
      .selectFrom('help_requests')
      .select(['reference', 'triage'])
      .where('id', '=', second.id)
      .executeTakeFirstOrThrow();
    expect(stored.reference).toBe(second.reference);
    expect((stored.triage as { id: string }).id).toBe(second.reference);
    expect(mails.at(-1)?.subject).toBe(`Je hulpvraag ${second.reference} is binnen`);
  });
});
