// A help request's reference (HV- and five characters: 33.5 million codes) is drawn at random. At city scale a year
// holds some 15,000 requests, so now and then a new request draws a code that is taken: it must still be stored,
// under another code, and not fail with an error after the resident typed their story.
import { randomInt } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadConfig } from '../../src/config.js';
import type { Mail } from '../../src/kernel/mail/mailer.js';
import type { Tenant } from '../../src/kernel/tenancy/queries.js';
import { submitHelpRequest } from '../../src/modules/requests/commands/submit-help-request.js';
import { defaultShareChoice } from '../../src/modules/requests/index.js';
import { type TestDatabase, testDatabase } from '../support/database.js';
import { makeTenant } from '../support/factories.js';

// The draw of the reference, steered by the test: `randomInt` stays the real one unless a test says otherwise.
vi.mock('node:crypto', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:crypto')>();
  return { ...actual, randomInt: vi.fn(actual.randomInt) };
});

let database: TestDatabase;
let tenant: Tenant;
const mails: Mail[] = [];
beforeAll(async () => {
  database = await testDatabase();
  tenant = await makeTenant(database.db, 'codedorp', 'Codedorp');
});
afterAll(() => database.drop());

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
