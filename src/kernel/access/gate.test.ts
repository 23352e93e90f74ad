// The access gate: refused reads fail and are logged as refused, allowed reads are logged, and the log cannot be
// changed.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTenant, makeUser, type TestUser } from '../../../test/support/factories.js';
import { type TestDatabase, testDatabase } from '../../../test/support/database.js';
import { findAccount, searchAccounts } from '../auth/accounts.js';
import type { Tenant } from '../tenancy/queries.js';
import { AccessDeniedError, type Actor, inGatedTransaction, searchWithAccess, withAccess } from './gate.js';
import { ensureNeighbourhood, listNeighbourhoods } from '../tenancy/queries.js';

let database: TestDatabase;
let tenantA: Tenant;
let tenantB: Tenant;
let resident: TestUser;
let otherResident: TestUser;
let teamMember: TestUser;
let councilMember: TestUser;
let residentOfB: TestUser;

const actor = (user: TestUser): Actor => ({ kind: 'user', userId: user.id, tenantId: user.tenantId, role: user.role });

const logRows = (subjectId: string) =>
  database.db.selectFrom('access_log').selectAll().where('subject_user_id', '=', subjectId).orderBy('id').execute();

const readAccount = (who: TestUser, subject: TestUser | string) => {
  const subjectUserId = typeof subject === 'string' ? subject : subject.id;
  return withAccess(
    database.db,
    actor(who),
    { category: 'account', action: 'read', purpose: 'contact_opnemen', subjectUserId },
    (gated) => findAccount(gated, who.tenantId, subjectUserId),
  );
};

beforeAll(async () => {
  database = await testDatabase();
  tenantA = await makeTenant(database.db, 'gemeente-a', 'Gemeente A');
  tenantB = await makeTenant(database.db, 'gemeente-b', 'Gemeente B');
  resident = await makeUser(database.db, tenantA, 'bewoner');
  otherResident = await makeUser(database.db, tenantA, 'bewoner');
  teamMember = await makeUser(database.db, tenantA, 'wijkteamlid');
  councilMember = await makeUser(database.db, tenantA, 'klankbordgroep');
  residentOfB = await makeUser(database.db, tenantB, 'bewoner');
});

afterAll(() => database.drop());

describe('the access gate', () => {
  it('lets a resident read their own account, and logs it', async () => {
    const account = await withAccess(
      database.db,
      actor(resident),
      { category: 'account', action: 'read', purpose: 'eigen_gegevens', subjectUserId: resident.id },
      (gated) => findAccount(gated, resident.tenantId, resident.id),
    );
    expect(account?.email).toBe(resident.email);
    const rows = await logRows(resident.id);
    expect(rows.at(-1)).toMatchObject({
      actor_user_id: resident.id,
      outcome: 'toegestaan',
      action: 'read',
      category: 'account',
      purpose: 'eigen_gegevens',
    });
  });

  it('refuses a resident reading another resident, and logs the refusal', async () => {
    await expect(readAccount(resident, otherResident)).rejects.toBeInstanceOf(AccessDeniedError);
    const rows = await logRows(otherResident.id);
    expect(rows.at(-1)).toMatchObject({
      actor_user_id: resident.id,
      actor_role: 'bewoner',
      outcome: 'geweigerd',
      refusal_reason: 'alleen_eigen_gegevens',
    });
  });

  it('refuses the residents’ council any personal record but their own', async () => {
    await expect(readAccount(councilMember, resident)).rejects.toBeInstanceOf(AccessDeniedError);
    const rows = await logRows(resident.id);
    expect(rows.at(-1)).toMatchObject({
      actor_user_id: councilMember.id,
      outcome: 'geweigerd',
      refusal_reason: 'alleen_eigen_gegevens',
    });
  });

  it('refuses the residents’ council a search of accounts, with no right at all', async () => {
    await expect(
      searchWithAccess(
        database.db,
        actor(councilMember),
        { category: 'account', purpose: 'contact_opnemen' },
        (gated) => searchAccounts(gated, tenantA.id, 'Testpersoon'),
      ),
    ).rejects.toMatchObject({ reason: 'rol_heeft_geen_recht' });
  });

  it('lets a team member read a resident of their own municipality', async () => {
    const account = await readAccount(teamMember, resident);
    expect(account?.displayName).toBe(resident.displayName);
  });

  it('refuses a team member of A who guesses the id of a resident of B', async () => {
    await expect(readAccount(teamMember, residentOfB)).rejects.toBeInstanceOf(AccessDeniedError);
    const refused = await database.db
      .selectFrom('access_log')
      .selectAll()
      .where('actor_user_id', '=', teamMember.id)
      .where('subject_user_id', '=', residentOfB.id)
      .executeTakeFirstOrThrow();
    expect(refused).toMatchObject({
      tenant_id: tenantA.id,
      outcome: 'geweigerd',
      refusal_reason: 'onbekend_of_andere_gemeente',
    });
  });

  it('refuses an unknown id the same way as another municipality’s id', async () => {
    await expect(readAccount(teamMember, '00000000-0000-4000-8000-000000000000')).rejects.toMatchObject({
      reason: 'onbekend_of_andere_gemeente',
    });
  });

  it('never returns another municipality’s people from a search', async () => {
    const found = await searchWithAccess(
      database.db,
      actor(teamMember),
      { category: 'account', purpose: 'contact_opnemen' },
      (gated) => searchAccounts(gated, tenantA.id, 'Testpersoon'),
    );
    expect(found.map((f) => f.id)).not.toContain(residentOfB.id);
    expect(found.map((f) => f.id)).toContain(resident.id);
  });

  it('logs a search once for every person it finds', async () => {
    const before = await database.db
      .selectFrom('access_log')
      .select(sql<number>`count(*)::int`.as('n'))
      .where('action', '=', 'search')
      .executeTakeFirstOrThrow();
    const found = await searchWithAccess(
      database.db,
      actor(teamMember),
      { category: 'account', purpose: 'contact_opnemen' },
      (gated) => searchAccounts(gated, tenantA.id, 'Testpersoon'),
    );
    const after = await database.db
      .selectFrom('access_log')
      .select(sql<number>`count(*)::int`.as('n'))
      .where('action', '=', 'search')
      .executeTakeFirstOrThrow();
    expect(after.n - before.n).toBe(found.length);
  });

  it('writes exactly one log row for every read in a scenario', async () => {
    const subject = await makeUser(database.db, tenantA, 'vrijwilliger');
    const attempts: [TestUser, boolean][] = [
      [teamMember, true],
      [subject, true],
      [resident, false],
      [teamMember, true],
      [councilMember, false],
    ];
    for (const [who, allowed] of attempts) {
      const read = readAccount(who, subject);
      if (allowed) await expect(read).resolves.toBeDefined();
      else await expect(read).rejects.toBeInstanceOf(AccessDeniedError);
    }
    const rows = await logRows(subject.id);
    const reads = rows.filter((r) => r.action === 'read');
    expect(reads).toHaveLength(attempts.length);
    expect(reads.map((r) => r.outcome)).toEqual(attempts.map(([, allowed]) => (allowed ? 'toegestaan' : 'geweigerd')));
  });

  it('keeps the access log append-only in the database itself: for the application and for the owner', async () => {
    // The application's role has no right to change it at all (chain.test.ts has the full list)...
    await expect(sql`UPDATE access_log SET purpose = 'verstopt'`.execute(database.db)).rejects.toThrow(/permission/);
    // ...and even the owner of the table meets the append-only triggers.
    await database.db.connection().execute(async (owner) => {
      await sql`RESET ROLE`.execute(owner);
      try {
        await expect(sql`UPDATE access_log SET purpose = 'verstopt'`.execute(owner)).rejects.toThrow(/append-only/);
        await expect(sql`DELETE FROM access_log`.execute(owner)).rejects.toThrow(/append-only/);
        await expect(sql`TRUNCATE access_log`.execute(owner)).rejects.toThrow(/append-only/);
      } finally {
        await sql`SET ROLE nabij_app`.execute(owner);
      }
    });
    const count = await database.db
      .selectFrom('access_log')
      .select(sql<number>`count(*)::int`.as('n'))
      .executeTakeFirstOrThrow();
    expect(count.n).toBeGreaterThan(0);
  });
});

describe('a transaction within the gate', () => {
  const writeTwo = (fail: boolean) =>
    withAccess(
      database.db,
      actor(teamMember),
      { category: 'account', action: 'read', purpose: 'contact_opnemen', subjectUserId: resident.id },
      (gated) =>
        inGatedTransaction(gated, async (trx) => {
          await ensureNeighbourhood(trx, tenantA.id, 'noord', 'Noord');
          if (fail) throw new Error('the second write fails');
          await ensureNeighbourhood(trx, tenantA.id, 'zuid', 'Zuid');
        }),
    );
  const names = async () => (await listNeighbourhoods(database.db, tenantA.id)).map((n) => n.name);

  it('writes nothing when a later step fails, and keeps the log row of the access', async () => {
    const logged = (await logRows(resident.id)).length;
    await expect(writeTwo(true)).rejects.toThrow('the second write fails');
    expect(await names()).not.toContain('Noord');
    expect((await logRows(resident.id)).length).toBe(logged + 1);
  });

  it('writes every step when all succeed', async () => {
    await writeTwo(false);
    expect(await names()).toEqual(expect.arrayContaining(['Noord', 'Zuid']));
  });
});
