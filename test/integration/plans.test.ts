// The personal plan the resident owns: the resident writes it at /mijn/plan, the team sees and edits the same plan,
// every change names who made it and nothing is lost; the gate keeps out another resident, a volunteer, another
// municipality and a client supporter without consent (each refusal in the log), lets a supporter with consent in,
// and puts every read, print and PDF of the plan in the resident's own access log. A set plan stops the plan term.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AccessDeniedError } from '../../src/kernel/access/gate.js';
import type { SignedInActor } from '../../src/kernel/auth/actor.js';
import type { Tenant } from '../../src/kernel/tenancy/queries.js';
import { recordConsent } from '../../src/modules/consent/index.js';
import { planPdf, readPlan, saveGoal } from '../../src/modules/plans/index.js';
import { accessLogWatch, asPerson, type TestApp, testApp } from '../support/app.js';
import { makeCase, makeHelpRequest, makeTenant, makeUser, type TestUser } from '../support/factories.js';

let t: TestApp;
let tenant: Tenant;
let teamMember: TestUser;
let supporter: TestUser;

beforeAll(async () => {
  t = await testApp({ NABIJ_GEMEENTE: 'plandorp', NABIJ_FORM_RATE_LIMIT: '100000' });
  const db = t.database.db;
  tenant = await makeTenant(db, 'plandorp', 'Plandorp');
  teamMember = await makeUser(db, tenant, 'wijkteamlid', { displayName: 'Sanne Wijk' });
  supporter = await makeUser(db, tenant, 'clientondersteuner', { displayName: 'Olga Steun' });
});
afterAll(() => t.close());

const { get, post } = {
  get: (...a: Parameters<ReturnType<typeof asPerson>['get']>) => asPerson(t).get(...a),
  post: (...a: Parameters<ReturnType<typeof asPerson>['post']>) => asPerson(t).post(...a),
};

const actorOf = (u: TestUser): SignedInActor => ({ kind: 'user', userId: u.id, tenantId: u.tenantId, role: u.role });

async function residentWithCase(name = 'Annie Plan') {
  const db = t.database.db;
  const asker = await makeUser(db, tenant, 'bewoner', { displayName: name });
  const request = await makeHelpRequest(db, { tenant, asker });
  const opened = await makeCase(db, { tenant, request: { id: request.id, tenantId: tenant.id }, owner: teamMember });
  return { asker, caseId: opened.id };
}

const goal = {
  domein: 'financien',
  doel: 'Ik wil mijn rekeningen op tijd betalen, ook die van de zorgverzekering.',
  goed: '',
};

describe('the resident writes their own plan', () => {
  it('shows a calm text to a resident without a case', async () => {
    const resident = await makeUser(t.database.db, tenant, 'bewoner');
    const page = await get(resident, '/mijn/plan');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Je hebt nog geen plan');
    expect(page.body).not.toContain('Een doel toevoegen');
  });

  it('the resident writes a goal; the team sees them as author; a team edit names the team member', async () => {
    const { asker, caseId } = await residentWithCase('Ëlise Jansen');
    const saved = await post(asker, '/mijn/plan', '/mijn/plan/doelen', goal);
    expect(saved.statusCode).toBe(303);

    const teamPage = await get(teamMember, `/team/casussen/${caseId}/plan`);
    expect(teamPage.statusCode).toBe(200);
    expect(teamPage.body).toContain('Ik wil mijn rekeningen op tijd betalen');
    expect(teamPage.body).toMatch(/Laatst gewijzigd door Ëlise Jansen \(bewoner\)/);

    const goalId = /name="doel_id" value="([0-9a-f-]{36})"/.exec(teamPage.body)![1]!;
    const edited = await post(
      teamMember,
      `/team/casussen/${caseId}/plan/doelen?doel=${goalId}`,
      `/team/casussen/${caseId}/plan/doelen`,
      {
        doel_id: goalId,
        domein: 'financien',
        doel: 'Ik wil mijn rekeningen zelf op tijd betalen.',
        goed: 'De huur gaat al goed.',
      },
    );
    expect(edited.statusCode, edited.body.slice(0, 3000)).toBe(303);

    const mine = await get(asker, '/mijn/plan');
    expect(mine.body).toContain('Ik wil mijn rekeningen zelf op tijd betalen.');
    expect(mine.body).toMatch(/Laatst gewijzigd door Sanne Wijk \(medewerker van het wijkteam\)/);
    // History kept: the resident's first words and the team's change are both in Wijzigingen.
    expect(mine.body).toMatch(/Ëlise Jansen \(bewoner\) schreef \(doel\): “Ik wil mijn rekeningen op tijd betalen/);
    expect(mine.body).toMatch(
      /Sanne Wijk \(medewerker van het wijkteam\) veranderde het doel \(doel\): “Ik wil mijn rekeningen op tijd/,
    );
    const changes = await t.database.db
      .selectFrom('plan_changes')
      .select(['actor_user_id', 'field'])
      .innerJoin('plans', 'plans.id', 'plan_changes.plan_id')
      .where('plans.case_id', '=', caseId)
      .orderBy('plan_changes.id')
      .execute();
    expect(changes).toEqual([
      { actor_user_id: asker.id, field: 'toegevoegd' },
      { actor_user_id: teamMember.id, field: 'doel' },
      { actor_user_id: teamMember.id, field: 'wat_ging_goed' },
    ]);
  });

  it('keeps a removed goal in the history, and an agreement can be added and marked done', async () => {
    const { asker } = await residentWithCase();
    await post(asker, '/mijn/plan', '/mijn/plan/doelen', goal);
    const page = await get(asker, '/mijn/plan');
    const goalId = /name="doel_id" value="([0-9a-f-]{36})"/.exec(page.body)![1]!;
    expect((await post(asker, '/mijn/plan', '/mijn/plan/doelen/weghalen', { doel_id: goalId })).statusCode).toBe(303);
    const agreement = { wat: 'Samen de post openen', wie: 'netwerk', naam: 'mijn zus Ineke', uiterlijk: '01-03-2030' };
    expect((await post(asker, '/mijn/plan', '/mijn/plan/afspraken', agreement)).statusCode).toBe(303);
    const withAgreement = await get(asker, '/mijn/plan');
    const agreementId = /name="afspraak_id" value="([0-9a-f-]{36})"/.exec(withAgreement.body)![1]!;
    expect(
      (await post(asker, '/mijn/plan', '/mijn/plan/afspraken/gedaan', { afspraak_id: agreementId })).statusCode,
    ).toBe(303);
    const after = await get(asker, '/mijn/plan');
    expect(after.body).toContain('Nog geen doelen.');
    expect(after.body).toMatch(/haalde weg \(doel\): “Ik wil mijn rekeningen/);
    expect(after.body).toContain('mijn zus Ineke, iemand uit mijn omgeving');
    expect(after.body).toContain('uiterlijk 01-03-2030');
    expect(after.body).toMatch(/gedaan op/);
    const goals = await t.database.db.selectFrom('plan_goals').select('removed_at').where('id', '=', goalId).execute();
    expect(goals).toEqual([{ removed_at: expect.any(Date) }]);
  });

  it('refuses an empty goal and an agreement without a name beside the field, keeping what was typed', async () => {
    const { asker } = await residentWithCase();
    const empty = await post(asker, '/mijn/plan', '/mijn/plan/doelen', {
      domein: 'financien',
      doel: '  ',
      goed: 'Typte dit',
    });
    expect(empty.statusCode).toBe(400);
    expect(empty.body).toContain('Schrijf op wat je wilt bereiken, in je eigen woorden.');
    expect(empty.body).toContain('Typte dit');
    expect(empty.body).toContain('href="#veld-doel"');
    const nameless = await post(asker, '/mijn/plan', '/mijn/plan/afspraken', {
      wat: 'Iets',
      wie: 'professional',
      naam: '',
    });
    expect(nameless.statusCode).toBe(400);
    expect(nameless.body).toContain('id="veld-naam-fout"');
    const badTopic = await post(asker, '/mijn/plan', '/mijn/plan/doelen', { domein: 'bestaat_niet', doel: 'x' });
    expect(badTopic.statusCode).toBe(400);
    expect(badTopic.body).toContain('Kies een onderwerp uit de lijst.');
  });
});

describe('who may read the plan', () => {
  const logColumns = ['actor_user_id', 'subject_user_id', 'category', 'action', 'outcome', 'refusal_reason'] as const;

  it('refuses another resident, a volunteer and another municipality, and logs each refusal', async () => {
    const { asker, caseId } = await residentWithCase();
    const watch = accessLogWatch(t);
    const other = await makeUser(t.database.db, tenant, 'bewoner');
    const volunteer = await makeUser(t.database.db, tenant, 'vrijwilliger');
    for (const who of [other, volunteer]) {
      const before = await watch.lastLogId();
      await expect(readPlan(t.database.db, actorOf(who), { caseId })).rejects.toBeInstanceOf(AccessDeniedError);
      expect(await watch.logSince(before, logColumns)).toEqual([
        {
          actor_user_id: who.id,
          subject_user_id: asker.id,
          category: 'plan',
          action: 'read',
          outcome: 'geweigerd',
          refusal_reason: 'geen_toestemming',
        },
      ]);
    }
    // The team route is not theirs at all.
    expect((await get(other, `/team/casussen/${caseId}/plan`)).statusCode).toBe(403);

    const elsewhere = await makeTenant(t.database.db, 'elders-plan', 'Elders');
    const foreigner = await makeUser(t.database.db, elsewhere, 'wijkteamlid');
    const before = await watch.lastLogId();
    await expect(readPlan(t.database.db, actorOf(foreigner), { caseId })).rejects.toMatchObject({ status: 404 });
    expect(await watch.logSince(before, logColumns)).toEqual([
      {
        actor_user_id: foreigner.id,
        subject_user_id: null,
        category: 'plan',
        action: 'read',
        outcome: 'geweigerd',
        refusal_reason: 'onbekend_of_andere_gemeente',
      },
    ]);
  });

  it('refuses a client supporter without consent; with consent for the plan they read and help write', async () => {
    const { asker, caseId } = await residentWithCase();
    const watch = accessLogWatch(t);
    let before = await watch.lastLogId();
    await expect(readPlan(t.database.db, actorOf(supporter), { caseId })).rejects.toBeInstanceOf(AccessDeniedError);
    expect(await watch.logSince(before, logColumns)).toEqual([
      expect.objectContaining({
        actor_user_id: supporter.id,
        subject_user_id: asker.id,
        outcome: 'geweigerd',
        refusal_reason: 'geen_toestemming',
      }),
    ]);
    // Consent for the dossier is not consent for the plan.
    const consent = {
      recipientKind: 'persoon' as const,
      recipientName: 'Olga Steun',
      recipientEmail: supporter.email,
      recipientRole: null,
      purpose: 'ondersteuning',
      purposeNote: '',
      startsOn: '2026-01-01',
      endsOn: null,
      givenHow: 'mondeling' as const,
      reason: null,
    };
    await recordConsent(t.database.db, actorOf(teamMember), caseId, 'toestemming', { ...consent, category: 'dossier' });
    await expect(readPlan(t.database.db, actorOf(supporter), { caseId })).rejects.toBeInstanceOf(AccessDeniedError);

    await recordConsent(t.database.db, actorOf(teamMember), caseId, 'toestemming', { ...consent, category: 'plan' });
    before = await watch.lastLogId();
    const read = await readPlan(t.database.db, actorOf(supporter), { caseId });
    expect(read.keys?.caseId).toBe(caseId);
    await saveGoal(t.database.db, actorOf(supporter), { caseId }, null, {
      domainKey: 'sociaal_netwerk',
      goal: 'Ik wil weer eens per week iemand zien.',
      wentWell: '',
    });
    expect(await watch.logSince(before, logColumns)).toEqual([
      expect.objectContaining({
        actor_user_id: supporter.id,
        subject_user_id: asker.id,
        action: 'read',
        outcome: 'toegestaan',
      }),
      expect.objectContaining({
        actor_user_id: supporter.id,
        subject_user_id: asker.id,
        action: 'update',
        outcome: 'toegestaan',
      }),
    ]);
    const mine = await get(asker, '/mijn/plan');
    expect(mine.body).toMatch(/Laatst gewijzigd door Olga Steun \(cliëntondersteuner\)/);
  });

  it('puts every read, print and PDF of the plan in the resident’s access log, in words', async () => {
    const { asker, caseId } = await residentWithCase();
    const watch = accessLogWatch(t);
    const before = await watch.lastLogId();
    expect((await get(teamMember, `/team/casussen/${caseId}/plan`)).statusCode).toBe(200);
    expect((await get(teamMember, `/team/casussen/${caseId}/plan/afdrukken`)).statusCode).toBe(200);
    expect((await get(asker, '/mijn/plan/plan.pdf')).statusCode).toBe(200);
    const rows = (await watch.logSince(before, logColumns)).filter((r) => r.category === 'plan');
    expect(rows).toEqual([
      expect.objectContaining({ actor_user_id: teamMember.id, subject_user_id: asker.id, action: 'read' }),
      expect.objectContaining({ actor_user_id: teamMember.id, subject_user_id: asker.id, action: 'print' }),
      expect.objectContaining({ actor_user_id: asker.id, subject_user_id: asker.id, action: 'export' }),
    ]);
    const log = await get(asker, '/account/toegangslog');
    expect(log.body).toContain('je plan');
    expect(log.body).toContain('printte');
  });
});

describe('the plan term and the printable plan', () => {
  it('a plan set by the team stops the case’s plan deadline', async () => {
    const { asker, caseId } = await residentWithCase();
    // The request came in five weeks ago, so the plan (four weeks) is late.
    await t.database.db
      .updateTable('help_requests')
      .set({ created_at: new Date(Date.now() - 35 * 86_400_000) })
      .where('asker_user_id', '=', asker.id)
      .execute();
    const planTerm = (html: string) =>
      /Plan \(binnen 4 weken\)<\/dt><dd class="utrecht-data-list__item-value">(.*?)<\/dd>/.exec(html)?.[1];
    expect(planTerm((await get(teamMember, `/team/casussen/${caseId}`)).body)).toMatch(/te laat sinds \d+ dagen/);
    await post(asker, '/mijn/plan', '/mijn/plan/doelen', goal);
    // A concept plan does not stop the clock.
    expect(planTerm((await get(teamMember, `/team/casussen/${caseId}`)).body)).toMatch(/te laat sinds/);
    const set = await post(
      teamMember,
      `/team/casussen/${caseId}/plan`,
      `/team/casussen/${caseId}/plan/vaststellen`,
      {},
    );
    expect(set.statusCode).toBe(303);
    const casePage = await get(teamMember, `/team/casussen/${caseId}`);
    expect(planTerm(casePage.body)).toBe('gedaan');
    expect(casePage.body).toContain('plan vastgesteld');
    expect(casePage.body).toMatch(/Vastgesteld op/);
  });

  it('refuses to set a plan without goals', async () => {
    const { caseId } = await residentWithCase();
    await get(teamMember, `/team/casussen/${caseId}/plan`);
    const set = await post(
      teamMember,
      `/team/casussen/${caseId}/plan`,
      `/team/casussen/${caseId}/plan/vaststellen`,
      {},
    );
    expect(set.statusCode).toBe(400);
  });

  it('makes a PDF that starts with %PDF and holds the goal with its Dutch letters', async () => {
    const { asker, caseId } = await residentWithCase();
    await saveGoal(t.database.db, actorOf(asker), 'eigen', null, {
      domainKey: 'financien',
      goal: 'Ik wil een café-avond met mijn reünie-vrienden 👋',
      wentWell: '',
    });
    const { plan } = await readPlan(t.database.db, actorOf(teamMember), { caseId });
    const { currentInstrument } = await import('../../src/modules/casework/index.js');
    const pdf = await planPdf({
      lang: 'nl',
      plan,
      instrument: await currentInstrument(t.database.db, tenant.id),
      now: new Date(),
      compress: false,
    });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // Helvetica writes WinAnsi in hex strings, split for kerning: join them per line to read the text back.
    const lines = [...pdf.toString('latin1').matchAll(/\[(.*?)\] TJ/g)].map((m) =>
      [...m[1]!.matchAll(/<([0-9a-f]*)>/g)].map((h) => Buffer.from(h[1]!, 'hex').toString('latin1')).join(''),
    );
    expect(lines).toContain('Ik wil een café-avond met mijn reünie-vrienden ?');

    const download = await get(asker, '/mijn/plan/plan.pdf');
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });
});

describe('the demo', () => {
  it('gives Annie a plan she co-wrote with the regisseur, with a network meeting', async () => {
    const { seedDemo, demoEmail } = await import('../../src/modules/demo/seed.js');
    const { tenant: demo } = await seedDemo(t.database.db);
    const annie = await t.database.db
      .selectFrom('users')
      .select(['id', 'tenant_id as tenantId', 'email', 'display_name as displayName', 'role'])
      .where('tenant_id', '=', demo.id)
      .where('email', '=', demoEmail('bewoner'))
      .executeTakeFirstOrThrow();
    const page = await get({ ...annie, totpSecret: null }, '/mijn/plan');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Ik wil weer onder de mensen komen');
    expect(page.body).toContain('Schuldhulp Wijkstad, een professional (zorg of hulpverlening)');
    expect(page.body).toMatch(/Annie de Vries \(bewoner\) schreef/);
    expect(page.body).toMatch(/Mehmet Yılmaz \(regisseur van het wijkteam\) veranderde het doel/);
    expect(page.body).toContain('Els (buurvrouw): Elke dinsdag samen koffie');
    expect(page.body).toContain('Marco (zoon)');
    expect(page.body).toContain('Wat gaat Marco (zoon) doen?');
  }, 120_000);
});
