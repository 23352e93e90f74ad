// Consent as a first-class object: a reader from outside the team (a client supporter) gets a resident's data only
// with a valid consent for that category, or a legal basis a regisseur recorded with a reason. Withdrawal takes
// effect on the next read; an expired consent, one of another municipality, or none at all refuses, and each refusal
// is in the access log. The resident sees every consent about them, and only theirs, at /mijn/toestemmingen.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AccessDeniedError, type Actor, withAccess } from '../../src/kernel/access/gate.js';
import type { DataCategory } from '../../src/kernel/access/policy.js';
import type { Tenant } from '../../src/kernel/tenancy/queries.js';
import { recordConsent } from '../../src/modules/consent/index.js';
import { validConsentBasis } from '../../src/modules/consent/queries.js';
import { accessLogWatch, asPerson, postForm, sessionCookie, type TestApp, testApp } from '../support/app.js';
import { makeCase, makeHelpRequest, makeTenant, makeUser, type TestUser } from '../support/factories.js';

let t: TestApp;
let tenant: Tenant;
let teamMember: TestUser;
let director: TestUser;
let supporter: TestUser;
let otherSupporter: TestUser;

beforeAll(async () => {
  t = await testApp({ NABIJ_GEMEENTE: 'toestemmingdorp', NABIJ_FORM_RATE_LIMIT: '100000' });
  const db = t.database.db;
  tenant = await makeTenant(db, 'toestemmingdorp', 'Toestemmingdorp');
  teamMember = await makeUser(db, tenant, 'wijkteamlid', { displayName: 'Sanne Wijk' });
  director = await makeUser(db, tenant, 'regisseur', { displayName: 'Mehmet Regie' });
  supporter = await makeUser(db, tenant, 'clientondersteuner', { displayName: 'Olga Steun' });
  otherSupporter = await makeUser(db, tenant, 'clientondersteuner', { displayName: 'Piet Anders' });
});
afterAll(() => t.close());

const post: ReturnType<typeof asPerson>['post'] = (...args) => asPerson(t).post(...args);
const get: ReturnType<typeof asPerson>['get'] = (...args) => asPerson(t).get(...args);

/** A resident with a request and a case on it, owned by the team member. */
async function residentWithCase() {
  const db = t.database.db;
  const asker = await makeUser(db, tenant, 'bewoner');
  const request = await makeHelpRequest(db, { tenant, asker });
  const opened = await makeCase(db, { tenant, request: { id: request.id, tenantId: tenant.id }, owner: teamMember });
  return { asker, requestId: request.id, caseId: opened.id };
}

const actorOf = (u: TestUser): Extract<Actor, { kind: 'user' }> => ({
  kind: 'user',
  userId: u.id,
  tenantId: u.tenantId,
  role: u.role,
});

/** A read of the resident's dossier by `who`: 'gelezen' when the gate let it through, else the refusal reason. */
async function readAs(who: TestUser, subject: TestUser, category: DataCategory = 'dossier'): Promise<string> {
  try {
    return await withAccess(
      t.database.db,
      actorOf(who),
      { category, action: 'read', purpose: 'hulpvraag_behandelen', subjectUserId: subject.id },
      async () => 'gelezen',
    );
  } catch (error) {
    if (error instanceof AccessDeniedError) return error.reason;
    throw error;
  }
}

const logColumns = [
  'actor_user_id',
  'subject_user_id',
  'category',
  'action',
  'outcome',
  'refusal_reason',
  'purpose',
] as const;
const logSince = (id: number) => accessLogWatch(t).logSince(id, logColumns);
const lastLogId = () => accessLogWatch(t).lastLogId();

const consentForSupporter = {
  ontvanger: 'persoon',
  naam: 'Olga Steun',
  gegevens: 'dossier',
  doel: 'ondersteuning',
  hoe: 'mondeling',
  begin: '01-01-2026',
};

/** Records the supporter's consent through the team's form; returns the new consent's id. */
async function recordThroughForm(caseId: string, email = supporter.email) {
  const page = `/team/casussen/${caseId}/toestemming`;
  const response = await post(teamMember, page, page, { ...consentForSupporter, email });
  expect(response.statusCode).toBe(303);
  const row = await t.database.db
    .selectFrom('consents')
    .selectAll()
    .orderBy('recorded_at', 'desc')
    .limit(1)
    .executeTakeFirstOrThrow();
  return row;
}

/** Writes a consent straight into the table, for dates and tenants the form does not offer. */
async function insertConsent(values: {
  tenantId: string;
  subjectUserId: string;
  recipientUserId: string;
  startsOn: string;
  endsOn: string | null;
}) {
  await t.database.db
    .insertInto('consents')
    .values({
      tenant_id: values.tenantId,
      kind: 'toestemming',
      subject_user_id: values.subjectUserId,
      recipient_kind: 'persoon',
      recipient_user_id: values.recipientUserId,
      recipient_name: 'Iemand',
      category: 'dossier',
      purpose: 'ondersteuning',
      starts_on: values.startsOn,
      ends_on: values.endsOn,
      given_how: 'schriftelijk',
    })
    .execute();
}

describe('the gate asks for consent outside the team', () => {
  it('refuses a client supporter without consent, and logs the refusal for the resident', async () => {
    const { asker } = await residentWithCase();
    const before = await lastLogId();
    expect(await readAs(supporter, asker)).toBe('geen_toestemming');
    expect(await readAs(supporter, asker, 'hulpvraag')).toBe('geen_toestemming');
    expect(await logSince(before)).toEqual([
      expect.objectContaining({
        actor_user_id: supporter.id,
        subject_user_id: asker.id,
        category: 'dossier',
        outcome: 'geweigerd',
        refusal_reason: 'geen_toestemming',
      }),
      expect.objectContaining({ category: 'hulpvraag', outcome: 'geweigerd', refusal_reason: 'geen_toestemming' }),
    ]);
  });

  it('keeps the team’s reads as they were: the Wmo is their basis, no consent needed', async () => {
    const { asker } = await residentWithCase();
    expect(await readAs(teamMember, asker)).toBe('gelezen');
    expect(await readAs(director, asker)).toBe('gelezen');
  });

  it('lets the named recipient read with a consent the team recorded, for that category only', async () => {
    const { asker, caseId } = await residentWithCase();
    const consent = await recordThroughForm(caseId);
    expect(consent).toMatchObject({
      subject_user_id: asker.id,
      recipient_user_id: supporter.id,
      kind: 'toestemming',
      given_how: 'mondeling',
      recorded_by_user_id: teamMember.id,
      starts_on: '2026-01-01',
      ends_on: null,
    });
    expect(await readAs(supporter, asker)).toBe('gelezen');
    // Another supporter, and another category, are not in the consent.
    expect(await readAs(otherSupporter, asker)).toBe('geen_toestemming');
    expect(await readAs(supporter, asker, 'hulpvraag')).toBe('geen_toestemming');
  });

  it('a consent for the role admits every client supporter of the municipality', async () => {
    const { asker, caseId } = await residentWithCase();
    const page = `/team/casussen/${caseId}/toestemming`;
    const response = await post(teamMember, page, page, { ...consentForSupporter, ontvanger: 'rol', naam: '' });
    expect(response.statusCode).toBe(303);
    expect(await readAs(otherSupporter, asker)).toBe('gelezen');
  });

  it('withdrawal takes effect on the next read: refused and logged, while the record keeps what it said', async () => {
    const { asker, caseId } = await residentWithCase();
    const consent = await recordThroughForm(caseId);
    expect(await readAs(supporter, asker)).toBe('gelezen');
    const withdrawn = await post(asker, '/mijn/toestemmingen', `/mijn/toestemmingen/${consent.id}/intrekken`, {});
    expect(withdrawn.statusCode).toBe(303);
    expect(withdrawn.headers.location).toBe('/mijn/toestemmingen?ingetrokken=1');
    const before = await lastLogId();
    expect(await readAs(supporter, asker)).toBe('geen_toestemming');
    expect(await logSince(before)).toEqual([
      expect.objectContaining({ subject_user_id: asker.id, outcome: 'geweigerd', refusal_reason: 'geen_toestemming' }),
    ]);
    const after = await t.database.db
      .selectFrom('consents')
      .selectAll()
      .where('id', '=', consent.id)
      .executeTakeFirstOrThrow();
    expect(after.withdrawn_by_user_id).toBe(asker.id);
    expect(after.withdrawn_at).not.toBeNull();
    expect({ ...after, withdrawn_at: null, withdrawn_by_user_id: null }).toEqual(consent);
  });

  it('refuses with a consent that has ended, and one that has not started yet', async () => {
    const { asker } = await residentWithCase();
    await insertConsent({
      tenantId: tenant.id,
      subjectUserId: asker.id,
      recipientUserId: supporter.id,
      startsOn: '2020-01-01',
      endsOn: '2021-12-31',
    });
    await insertConsent({
      tenantId: tenant.id,
      subjectUserId: asker.id,
      recipientUserId: supporter.id,
      startsOn: '2999-01-01',
      endsOn: null,
    });
    expect(await readAs(supporter, asker)).toBe('geen_toestemming');
  });

  it('counts only a consent of the municipality the question is asked in', async () => {
    const db = t.database.db;
    const elsewhere = await makeTenant(db, 'elders-toestemming', 'Elders');
    const resident = await makeUser(db, elsewhere, 'bewoner');
    const supporterElsewhere = await makeUser(db, elsewhere, 'clientondersteuner');
    await insertConsent({
      tenantId: elsewhere.id,
      subjectUserId: resident.id,
      recipientUserId: supporterElsewhere.id,
      startsOn: '2020-01-01',
      endsOn: null,
    });
    const question = {
      subjectUserId: resident.id,
      category: 'dossier',
      userId: supporterElsewhere.id,
      role: 'clientondersteuner',
      today: '2026-06-01',
    };
    expect(await validConsentBasis(db, { ...question, tenantId: elsewhere.id })).toBe('toestemming');
    expect(await validConsentBasis(db, { ...question, tenantId: tenant.id })).toBeNull();
    // Through the gate: our supporter reading the person elsewhere is refused before any consent is asked.
    expect(await readAs(supporter, resident)).toBe('onbekend_of_andere_gemeente');
  });
});

describe('a legal basis instead of consent', () => {
  const override = {
    ontvanger: 'persoon',
    naam: 'Olga Steun',
    gegevens: 'dossier',
    doel: 'doorverwijzing',
    begin: '01-01-2026',
    reden: 'Acuut gevaar voor de gezondheid van de bewoner.',
  };

  it('a regisseur’s override with a reason lets the read through, in the resident’s log and overview', async () => {
    const { asker, caseId } = await residentWithCase();
    const page = `/team/casussen/${caseId}/grondslag`;
    const before = await lastLogId();
    const response = await post(director, page, page, { ...override, email: supporter.email });
    expect(response.statusCode).toBe(303);
    expect(await logSince(before)).toEqual([
      expect.objectContaining({
        actor_user_id: director.id,
        subject_user_id: asker.id,
        category: 'wettelijke_grondslag',
        action: 'create',
        outcome: 'toegestaan',
        purpose: 'wettelijke_grondslag',
      }),
    ]);
    expect(await readAs(supporter, asker)).toBe('gelezen');
    const overview = await get(asker, '/mijn/toestemmingen');
    expect(overview.statusCode).toBe(200);
    expect(overview.body).toContain('Acuut gevaar voor de gezondheid van de bewoner');
    expect(overview.body).toContain('Mehmet Regie, regisseur van het wijkteam, heeft besloten dat Olga Steun');
    // The resident cannot withdraw what the law allows; they can ask the team about it.
    expect(overview.body).not.toContain('/intrekken');
    const log = await get(asker, '/account/toegangslog');
    expect(log.body).toContain('om vast te leggen dat de wet delen zonder je toestemming toestaat');
  });

  it('needs a reason, and only the regisseur may record one', async () => {
    const { caseId } = await residentWithCase();
    const page = `/team/casussen/${caseId}/grondslag`;
    const noReason = await post(director, page, page, { ...override, reden: '' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.body).toContain('Schrijf op waarom de wet delen zonder toestemming toestaat.');
    const asTeamMember = await get(teamMember, page);
    expect(asTeamMember.statusCode).toBe(403);
    // The command asks the gate too: a team member's attempt is refused and logged.
    const before = await lastLogId();
    await expect(
      recordConsent(t.database.db, actorOf(teamMember), caseId, 'wettelijke_grondslag', {
        recipientKind: 'rol',
        recipientName: '',
        recipientEmail: '',
        recipientRole: 'clientondersteuner',
        category: 'dossier',
        purpose: 'doorverwijzing',
        purposeNote: '',
        startsOn: '2026-01-01',
        endsOn: null,
        givenHow: null,
        reason: 'Zomaar',
      }),
    ).rejects.toBeInstanceOf(AccessDeniedError);
    expect(await logSince(before)).toEqual([
      expect.objectContaining({ category: 'wettelijke_grondslag', outcome: 'geweigerd' }),
    ]);
  });
});

describe('/mijn/toestemmingen', () => {
  it('shows the resident their own consents in plain words, active and ended, and nobody else’s', async () => {
    const mine = await residentWithCase();
    const theirs = await residentWithCase();
    await recordThroughForm(mine.caseId);
    const page = `/team/casussen/${theirs.caseId}/toestemming`;
    await post(teamMember, page, page, { ...consentForSupporter, naam: 'Iemand Van Een Ander', email: '' });
    const overview = await get(mine.asker, '/mijn/toestemmingen');
    expect(overview.statusCode).toBe(200);
    expect(overview.body).toContain(
      'Je hebt toestemming gegeven aan Olga Steun om je dossier bij het wijkteam te zien, voor hulp bij je vraag of ' +
        'je plan, sinds 01-01-2026.',
    );
    expect(overview.body).not.toContain('Iemand Van Een Ander');
    expect(overview.body).toContain('>Intrekken<');
  });

  it('is linked from the resident’s own page', async () => {
    const { asker } = await residentWithCase();
    expect((await get(asker, '/mijn')).body).toContain('href="/mijn/toestemmingen"');
  });

  it('withdrawing needs the form’s CSRF token', async () => {
    const { asker, caseId } = await residentWithCase();
    const consent = await recordThroughForm(caseId);
    const response = await postForm(
      t,
      `/mijn/toestemmingen/${consent.id}/intrekken`,
      {},
      await sessionCookie(t, asker),
    );
    expect(response.statusCode).toBe(403);
    expect(await readAs(supporter, asker)).toBe('gelezen');
  });

  it('a resident cannot withdraw another resident’s consent', async () => {
    const owner = await residentWithCase();
    const intruder = await residentWithCase();
    const consent = await recordThroughForm(owner.caseId);
    const response = await post(
      intruder.asker,
      '/mijn/toestemmingen',
      `/mijn/toestemmingen/${consent.id}/intrekken`,
      {},
    );
    expect(response.statusCode).toBe(404);
    const row = await t.database.db
      .selectFrom('consents')
      .select('withdrawn_at')
      .where('id', '=', consent.id)
      .executeTakeFirstOrThrow();
    expect(row.withdrawn_at).toBeNull();
    expect(await readAs(supporter, owner.asker)).toBe('gelezen');
  });
});

describe('the team’s form on the case page', () => {
  it('shows the consents on the case page, with links to record them', async () => {
    const { caseId } = await residentWithCase();
    await recordThroughForm(caseId);
    const asTeamMember = await get(teamMember, `/team/casussen/${caseId}`);
    expect(asTeamMember.body).toContain('Toestemmingen');
    expect(asTeamMember.body).toContain('Olga Steun · je dossier bij het wijkteam');
    expect(asTeamMember.body).toContain(`href="/team/casussen/${caseId}/toestemming"`);
    expect(asTeamMember.body).not.toContain(`href="/team/casussen/${caseId}/grondslag"`);
    const asDirector = await get(director, `/team/casussen/${caseId}`);
    expect(asDirector.body).toContain(`href="/team/casussen/${caseId}/grondslag"`);
  });

  it('says what is missing beside the field, keeps what was typed, and saves nothing', async () => {
    const { caseId } = await residentWithCase();
    const page = `/team/casussen/${caseId}/toestemming`;
    const count = async () =>
      Number(
        (
          await sql<{ n: string }>`SELECT count(*) AS n FROM consents WHERE tenant_id = ${tenant.id}`.execute(
            t.database.db,
          )
        ).rows[0]?.n,
      );
    const before = await count();
    const response = await post(teamMember, page, page, {
      ontvanger: 'organisatie',
      naam: '',
      gegevens: 'account',
      doel: 'anders',
      doel_toelichting: '',
      begin: '31-02-2026',
      eind: 'morgen',
    });
    expect(response.statusCode).toBe(400);
    for (const message of [
      'Schrijf de naam op van de persoon of de organisatie.',
      'Kies welke gegevens gedeeld worden.',
      'Schrijf bij &quot;anders&quot; op waarvoor de gegevens gedeeld worden.',
      'Kies hoe de bewoner toestemming gaf.',
      'Schrijf de datum als 18-03-2025',
    ])
      expect(response.body).toContain(message);
    expect(response.body).toContain('value="31-02-2026"');
    expect(await count()).toBe(before);
  });
});

describe('the demo', () => {
  it('gives Annie consents in force for Petra and one she withdrew, once', async () => {
    const { seedDemo, demoEmail } = await import('../../src/modules/demo/seed.js');
    const { tenant: demo } = await seedDemo(t.database.db);
    await seedDemo(t.database.db);
    const account = (role: 'bewoner' | 'clientondersteuner') =>
      t.database.db
        .selectFrom('users')
        .select(['id', 'tenant_id as tenantId', 'role', 'email', 'display_name as displayName'])
        .where('tenant_id', '=', demo.id)
        .where('email', '=', demoEmail(role))
        .executeTakeFirstOrThrow();
    const annie = (await account('bewoner')) as TestUser;
    const petra = (await account('clientondersteuner')) as TestUser;
    const rows = await t.database.db
      .selectFrom('consents')
      .select(['recipient_name', 'category', 'withdrawn_at', 'subject_user_id'])
      .where('tenant_id', '=', demo.id)
      .orderBy('recipient_name')
      .orderBy('category')
      .execute();
    // The help request by the team's note; the dossier, complaints and plan as Annie shared them inviting Petra.
    expect(rows.map((r) => [r.recipient_name, r.category, r.withdrawn_at === null, r.subject_user_id])).toEqual([
      ['Petra Visser', 'dossier', true, annie.id],
      ['Petra Visser', 'hulpvraag', true, annie.id],
      ['Petra Visser', 'klacht', true, annie.id],
      ['Petra Visser', 'plan', true, annie.id],
      ['Schuldhulp Wijkstad', 'hulpvraag', false, annie.id],
    ]);
    expect(await readAs(petra, annie, 'hulpvraag')).toBe('gelezen');
    const overview = await get(annie, '/mijn/toestemmingen');
    expect(overview.body).toContain('Je hebt toestemming gegeven aan Petra Visser om je hulpvraag te zien');
    expect(overview.body).toContain('Ingetrokken op');
  });
});
