// Retention: the daily job deletes what is past its term and nothing else (a day either side of each term, open
// requests and cases, another municipality with its own term), counts it, keeps the access log; the administrator's
// terms page checks its ranges in Dutch; a resident erases a request of their own where nobody has to keep it.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Tenant } from '../../src/kernel/tenancy/queries.js';
import { runRetention } from '../../src/modules/retention/index.js';
import { monthsBefore } from '../../src/modules/retention/terms.js';
import { asPerson, type TestApp, testApp } from '../support/app.js';
import {
  makeCase,
  makeHelpRequest,
  makeMatch,
  makeTenant,
  makeUser,
  type TestHelpRequest,
  type TestUser,
} from '../support/factories.js';

let t: TestApp;
let tenant: Tenant;
let elsewhere: Tenant;
let teamMember: TestUser;
let admin: TestUser;
const NOW = new Date();
const DAY = 86_400_000;

beforeAll(async () => {
  t = await testApp({ NABIJ_GEMEENTE: 'bewaardorp' });
  tenant = await makeTenant(t.database.db, 'bewaardorp', 'Bewaardorp');
  elsewhere = await makeTenant(t.database.db, 'bewaarelders', 'Bewaarelders');
  teamMember = await makeUser(t.database.db, tenant, 'wijkteamlid');
  admin = await makeUser(t.database.db, tenant, 'beheerder');
});
afterAll(() => t.close());

/** `months` before now, moved by `days` (negative: longer ago). */
const ago = (months: number, days = 0) => new Date(monthsBefore(NOW, months).getTime() + days * DAY);

/** Closes the request and makes everything that happened to it happen at `at`. */
async function closedAt(request: { id: string }, at: Date) {
  const db = t.database.db;
  await sql`UPDATE help_requests SET state = 'afgesloten', created_at = ${at}, updated_at = ${at},
    last_progress_at = ${at} WHERE id = ${request.id}`.execute(db);
  await sql`UPDATE request_events SET at = ${at} WHERE request_id = ${request.id}`.execute(db);
}

/** A case on the request, closed (or left open) with everything in it at `at`. */
async function caseAt(request: TestHelpRequest, at: Date, open = false) {
  const db = t.database.db;
  const made = await makeCase(db, { tenant: request.tenantId === tenant.id ? tenant : elsewhere, request });
  await sql`UPDATE cases SET status = ${open ? 'open' : 'gesloten'}, opened_at = ${at}, updated_at = ${at},
    closed_at = ${open ? null : at} WHERE id = ${made.id}`.execute(db);
  await sql`UPDATE case_events SET at = ${at} WHERE case_id = ${made.id}`.execute(db);
  return made;
}

async function ranMatch(request: TestHelpRequest) {
  const match = await makeMatch(t.app.ctx, { tenant, request });
  await sql`UPDATE matches SET state = 'afgesloten' WHERE id = ${match.id}`.execute(t.database.db);
}

const exists = async (id: string) =>
  (await t.database.db.selectFrom('help_requests').select('id').where('id', '=', id).executeTakeFirst()) !== undefined;

describe('the daily retention job', () => {
  it('deletes what is past its term and nothing else, counts it, and keeps the access log', async () => {
    const db = t.database.db;
    const make = (where: Tenant = tenant) => makeHelpRequest(db, { tenant: where, asker: null });
    // Closed without a match or case: 12 months.
    const plainDue = await make();
    await closedAt(plainDue, ago(12, -1));
    const plainNotYet = await make();
    await closedAt(plainNotYet, ago(12, 1));
    // A match that ran: 24 months.
    const matchedDue = await make();
    await ranMatch(matchedDue);
    await closedAt(matchedDue, ago(24, -1));
    const matchedNotYet = await make();
    await ranMatch(matchedNotYet);
    await closedAt(matchedNotYet, ago(24, 1));
    // A case file: 15 years after the case was closed; the request's own closing long before does not count.
    const fileDue = await make();
    await closedAt(fileDue, ago(200));
    const dueCase = await caseAt(fileDue, ago(180, -1));
    await sql`INSERT INTO consents (tenant_id, kind, request_id, recipient_kind, recipient_name, category, purpose,
      starts_on, given_how) VALUES (${tenant.id}, 'toestemming', ${fileDue.id}, 'organisatie', 'Thuiszorg', 'dossier',
      'doorverwijzen', '2010-01-01', 'schriftelijk')`.execute(db);
    const fileNotYet = await make();
    await closedAt(fileNotYet, ago(200));
    await caseAt(fileNotYet, ago(180, 1));
    // Never: a case still open, a request still running, however old.
    const openCase = await make();
    await closedAt(openCase, ago(300));
    await caseAt(openCase, ago(300), true);
    const running = await make();
    await sql`UPDATE help_requests SET created_at = ${ago(300)}, updated_at = ${ago(300)},
      last_progress_at = ${ago(300)} WHERE id = ${running.id}`.execute(db);
    await sql`UPDATE request_events SET at = ${ago(300)} WHERE request_id = ${running.id}`.execute(db);
    // Another municipality keeps requests without follow-up 24 months: its 13-month-old one stays.
    await db
      .insertInto('retention_terms')
      .values({ tenant_id: elsewhere.id, category: 'hulpvraag_zonder_vervolg', months: 24 })
      .execute();
    const elsewhereNotYet = await make(elsewhere);
    await closedAt(elsewhereNotYet, ago(13));
    const elsewhereDue = await make(elsewhere);
    await closedAt(elsewhereDue, ago(24, -1));

    const logBefore = Number(
      (
        await db
          .selectFrom('access_log')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirst()
      )?.n,
    );
    const reports = await runRetention(db, NOW, [tenant.id, elsewhere.id]);

    for (const gone of [plainDue, matchedDue, fileDue, elsewhereDue]) expect(await exists(gone.id)).toBe(false);
    for (const kept of [plainNotYet, matchedNotYet, fileNotYet, openCase, running, elsewhereNotYet])
      expect(await exists(kept.id)).toBe(true);
    // What hung off the file went with it.
    expect(await db.selectFrom('cases').select('id').where('id', '=', dueCase.id).executeTakeFirst()).toBeUndefined();
    expect(
      await db.selectFrom('case_events').select('id').where('case_id', '=', dueCase.id).executeTakeFirst(),
    ).toBeUndefined();
    expect(
      await db.selectFrom('consents').select('id').where('request_id', '=', fileDue.id).executeTakeFirst(),
    ).toBeUndefined();

    expect(reports).toEqual([
      {
        tenantId: tenant.id,
        deleted: { hulpvraag_zonder_vervolg: 1, hulpvraag_gekoppeld: 1, dossier: 1 },
        total: 3,
      },
      { tenantId: elsewhere.id, deleted: { hulpvraag_zonder_vervolg: 1 }, total: 1 },
    ]);
    const runs = await db
      .selectFrom('retention_runs')
      .select(['tenant_id', 'deleted', 'total'])
      .where('tenant_id', '=', tenant.id)
      .execute();
    expect(runs).toEqual([
      {
        tenant_id: tenant.id,
        deleted: { hulpvraag_zonder_vervolg: 1, hulpvraag_gekoppeld: 1, dossier: 1 },
        total: 3,
      },
    ]);

    // The log is not deleted: it only grew, by one row per deletion, naming the request.
    const rows = await db
      .selectFrom('access_log')
      .select(['actor_role', 'action', 'purpose', 'subject_request_id', 'category'])
      .where('purpose', '=', 'bewaartermijn')
      .execute();
    expect(new Set(rows.map((r) => r.subject_request_id))).toEqual(
      new Set([plainDue.id, matchedDue.id, fileDue.id, elsewhereDue.id]),
    );
    expect(rows.every((r) => r.actor_role === 'systeem:bewaartermijn' && r.action === 'delete')).toBe(true);
    expect(rows.find((r) => r.subject_request_id === fileDue.id)?.category).toBe('dossier');
    const logAfter = Number(
      (
        await db
          .selectFrom('access_log')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirst()
      )?.n,
    );
    expect(logAfter).toBeGreaterThanOrEqual(logBefore + 4);

    // Again: nothing more is due; the run is still recorded, with nothing in it.
    expect(await runRetention(db, NOW, [tenant.id])).toEqual([{ tenantId: tenant.id, deleted: {}, total: 0 }]);
    expect(
      await db.selectFrom('retention_runs').select('total').where('tenant_id', '=', tenant.id).orderBy('id').execute(),
    ).toEqual([{ total: 3 }, { total: 0 }]);
  });
});

describe('the administrator’s retention terms', () => {
  it('shows the defaults, refuses a term out of range in Dutch beside the field, saves a good one', async () => {
    const { get, post } = asPerson(t);
    const page = await get(admin, '/beheer/bewaartermijnen');
    expect(page.statusCode).toBe(200);
    expect(page.body).toMatch(/name="dossier"[^>]*value="15"|value="15"[^>]*name="dossier"/);
    const fields = {
      dossier: '15',
      jeugd: '20',
      hulpvraag_gekoppeld: '24',
      hulpvraag_zonder_vervolg: '12',
      signaal: '6',
    };
    const bad = await post(admin, '/beheer/bewaartermijnen', '/beheer/bewaartermijnen', { ...fields, dossier: '10' });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('Vul een heel aantal jaren in, van 15 tot en met 20.');
    expect(bad.body).toContain('id="veld-dossier-fout"');
    expect(bad.body).toContain('href="#veld-dossier"');
    // Nothing was saved.
    expect(
      await t.database.db.selectFrom('retention_terms').where('tenant_id', '=', tenant.id).selectAll().execute(),
    ).toEqual([]);
    const good = await post(admin, '/beheer/bewaartermijnen', '/beheer/bewaartermijnen', {
      ...fields,
      dossier: '16',
      hulpvraag_zonder_vervolg: '6',
    });
    expect(good.statusCode).toBe(303);
    const saved = await t.database.db
      .selectFrom('retention_terms')
      .select(['category', 'months'])
      .where('tenant_id', '=', tenant.id)
      .execute();
    expect(Object.fromEntries(saved.map((r) => [r.category, r.months]))).toMatchObject({
      dossier: 192,
      hulpvraag_zonder_vervolg: 6,
      jeugd: 240,
    });
    expect((await get(teamMember, '/beheer/bewaartermijnen')).statusCode).toBe(403);
  });
});

describe('a resident asks to erase their data', () => {
  it('erases a closed request without a case at once, through the gate, and says so', async () => {
    const db = t.database.db;
    const resident = await makeUser(db, tenant, 'bewoner');
    const request = await makeHelpRequest(db, { tenant, asker: resident });
    await closedAt(request, ago(1));
    const { get, post } = asPerson(t);
    const page = await get(resident, '/mijn/gegevens-wissen');
    expect(page.body).toContain('Deze hulpvraag kan gewist worden.');
    const erased = await post(resident, '/mijn/gegevens-wissen', `/mijn/hulpvragen/${request.id}/wissen`, {});
    expect(erased.statusCode).toBe(303);
    expect(erased.headers.location).toBe(`/mijn/gegevens-wissen?gewist=${request.reference}`);
    expect(await exists(request.id)).toBe(false);
    const row = await db
      .selectFrom('access_log')
      .select(['actor_user_id', 'subject_user_id', 'action', 'outcome'])
      .where('purpose', '=', 'wissen_op_verzoek')
      .where('subject_request_id', '=', request.id)
      .execute();
    expect(row).toEqual([
      { actor_user_id: resident.id, subject_user_id: resident.id, action: 'delete', outcome: 'toegestaan' },
    ]);
    expect((await get(resident, erased.headers.location as string)).body).toContain(
      `Hulpvraag ${request.reference} is gewist.`,
    );
  });

  it('keeps a case file and a running request, and says why in plain words', async () => {
    const db = t.database.db;
    const resident = await makeUser(db, tenant, 'bewoner');
    const file = await makeHelpRequest(db, { tenant, asker: resident });
    await closedAt(file, ago(3));
    await caseAt(file, ago(2));
    const running = await makeHelpRequest(db, { tenant, asker: resident });
    const { get, post } = asPerson(t);
    const page = await get(resident, '/mijn/gegevens-wissen');
    // The municipality set 16 years above.
    expect(page.body).toContain(
      'Je dossier moet het wijkteam volgens de Wmo 16 jaar bewaren na het afsluiten. ' +
        'Tot dan kunnen we het niet wissen.',
    );
    expect(page.body).toContain('Je hulpvraag loopt nog.');
    expect(page.body).not.toContain(`/mijn/hulpvragen/${file.id}/wissen`);
    for (const request of [file, running]) {
      const refused = await post(resident, '/mijn/gegevens-wissen', `/mijn/hulpvragen/${request.id}/wissen`, {});
      expect(refused.statusCode).toBe(400);
      expect(await exists(request.id)).toBe(true);
    }
  });

  it('refuses someone else’s request as not found, logs the attempt, and deletes nothing', async () => {
    const db = t.database.db;
    const owner = await makeUser(db, tenant, 'bewoner');
    const other = await makeUser(db, tenant, 'bewoner');
    const request = await makeHelpRequest(db, { tenant, asker: owner });
    await closedAt(request, ago(1));
    const { post } = asPerson(t);
    const refused = await post(other, '/mijn/gegevens-wissen', `/mijn/hulpvragen/${request.id}/wissen`, {});
    expect(refused.statusCode).toBe(404);
    expect(await exists(request.id)).toBe(true);
    const rows = await db
      .selectFrom('access_log')
      .select(['outcome', 'purpose'])
      .where('actor_user_id', '=', other.id)
      .where('action', '=', 'delete')
      .execute();
    expect(rows).toEqual([{ outcome: 'geweigerd', purpose: 'wissen_op_verzoek' }]);
  });
});
