// Access-log completeness: for each page and API answer that shows personal data, the rows it adds name exactly the
// people shown (the asker, each volunteer with an account in a suggestion list or a match), with the actor and the
// purpose; refused attempts, guessed ids of another municipality among them, leave a row too.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Tenant } from '../../src/kernel/tenancy/queries.js';
import { findSignal, moveSignal, recordVisit, submitSignal, tellPerson } from '../../src/modules/signals/index.js';
import { addMember, standForBoard, submitProposal, supportProposal } from '../../src/modules/agenda/index.js';
import { sessionCookie, type TestApp, testApp } from '../support/app.js';
import {
  makeCase,
  makeHelpRequest,
  makeMatch,
  makeTenant,
  makeUser,
  makeVolunteer,
  type TestHelpRequest,
  type TestMatch,
  type TestUser,
  type TestVolunteer,
} from '../support/factories.js';

let t: TestApp;
let tenant: Tenant;
let teamMember: TestUser;
let asker: TestUser;
let otherResident: TestUser;
let teamMemberElsewhere: TestUser;
let withAccount: TestVolunteer;
let alsoWithAccount: TestVolunteer;
let withoutAccount: TestVolunteer;
let request: TestHelpRequest;
let match: TestMatch;
let caseId: string;

beforeAll(async () => {
  t = await testApp({ NABIJ_GEMEENTE: 'logdorp' });
  const db = t.database.db;
  tenant = await makeTenant(db, 'logdorp', 'Logdorp');
  teamMember = await makeUser(db, tenant, 'wijkteamlid');
  asker = await makeUser(db, tenant, 'bewoner');
  otherResident = await makeUser(db, tenant, 'bewoner');
  teamMemberElsewhere = await makeUser(db, await makeTenant(db, 'elders-log', 'Elders'), 'wijkteamlid');
  withAccount = await makeVolunteer(db, { tenant, account: true });
  alsoWithAccount = await makeVolunteer(db, { tenant, account: true });
  withoutAccount = await makeVolunteer(db, { tenant });
  const suggestion = (v: TestVolunteer) => ({ id: v.externalId, soort: 'vrijwilliger', score: 0.8, redenen: ['test'] });
  request = await makeHelpRequest(db, {
    tenant,
    asker,
    suggestions: [suggestion(withAccount), suggestion(alsoWithAccount), suggestion(withoutAccount)],
  });
  match = await makeMatch(t.app.ctx, { tenant, request, volunteer: withAccount });
  caseId = (await makeCase(db, { tenant, request, owner: teamMember })).id;
});
afterAll(() => t.close());

type Row = {
  tenant_id: string;
  actor_user_id: string | null;
  subject_user_id: string | null;
  category: string;
  outcome: string;
  purpose: string;
  refusal_reason: string | null;
};

/** The log rows one request adds. */
async function rowsOf(who: TestUser, url: string): Promise<{ status: number; rows: Row[] }> {
  const last = await t.database.db
    .selectFrom('access_log')
    .select((eb) => eb.fn.max('id').as('id'))
    .executeTakeFirst();
  const response = await t.app.inject({ url, headers: { cookie: await sessionCookie(t, who) } });
  const rows = await t.database.db
    .selectFrom('access_log')
    .select(['tenant_id', 'actor_user_id', 'subject_user_id', 'category', 'outcome', 'purpose', 'refusal_reason'])
    .where('id', '>', Number(last?.id ?? 0))
    .execute();
  return { status: response.statusCode, rows };
}

const people = (rows: Row[]) => new Set(rows.map((r) => r.subject_user_id));

describe('every person shown gets a row', () => {
  it('the team’s request page: the asker and each volunteer with an account, as the team member', async () => {
    const { status, rows } = await rowsOf(teamMember, `/team/hulpvragen/${request.id}`);
    expect(status).toBe(200);
    expect(people(rows)).toEqual(new Set([asker.id, withAccount.account!.id, alsoWithAccount.account!.id]));
    expect(rows.every((r) => r.actor_user_id === teamMember.id && r.outcome === 'toegestaan')).toBe(true);
    expect(rows.find((r) => r.subject_user_id === asker.id)).toMatchObject({
      category: 'hulpvraag',
      purpose: 'hulpvraag_behandelen',
    });
    expect(rows.find((r) => r.subject_user_id === alsoWithAccount.account!.id)).toMatchObject({
      category: 'vrijwilliger',
      purpose: 'koppelen',
    });
  });

  it('a match opened by the team: its asker and its volunteer', async () => {
    const { status, rows } = await rowsOf(teamMember, `/team/hulpvragen/${request.id}/koppelingen/${match.id}`);
    expect(status).toBe(200);
    expect(people(rows)).toEqual(new Set([asker.id, withAccount.account!.id]));
    expect(rows.every((r) => r.purpose === 'koppelen')).toBe(true);
  });

  it('the volunteer’s own page: themselves, and the asker whose question they see', async () => {
    const { status, rows } = await rowsOf(withAccount.account!, '/mijn/vrijwilliger');
    expect(status).toBe(200);
    expect(people(rows)).toEqual(new Set([withAccount.account!.id, asker.id]));
    expect(rows.find((r) => r.subject_user_id === asker.id)).toMatchObject({
      actor_user_id: withAccount.account!.id,
      category: 'hulpvraag',
      purpose: 'koppelen',
    });
  });

  it('the asker’s own status page: themselves, and the volunteer in their match', async () => {
    const { status, rows } = await rowsOf(asker, `/mijn/hulpvragen/${request.id}`);
    expect(status).toBe(200);
    expect(people(rows)).toEqual(new Set([asker.id, withAccount.account!.id]));
  });

  it('a person’s contact page and the API: that person', async () => {
    for (const url of [`/team/personen/${asker.id}`, `/api/v1/personen/${asker.id}`]) {
      const { status, rows } = await rowsOf(teamMember, url);
      expect(status).toBe(200);
      expect(people(rows)).toEqual(new Set([asker.id]));
      expect(rows[0]).toMatchObject({ category: 'account', purpose: 'contact_opnemen', actor_user_id: teamMember.id });
    }
  });

  it('a case page: the asker, as their dossier', async () => {
    const { status, rows } = await rowsOf(teamMember, `/team/casussen/${caseId}`);
    expect(status).toBe(200);
    expect(people(rows)).toEqual(new Set([asker.id]));
    expect(rows).toEqual([
      expect.objectContaining({ category: 'dossier', purpose: 'hulpvraag_behandelen', actor_user_id: teamMember.id }),
    ]);
  });

  it('the conversation form of a case: the asker, as their dossier', async () => {
    const { status, rows } = await rowsOf(teamMember, `/team/casussen/${caseId}/gesprek`);
    expect(status).toBe(200);
    expect(rows).toEqual([
      expect.objectContaining({
        category: 'dossier',
        purpose: 'hulpvraag_behandelen',
        actor_user_id: teamMember.id,
        subject_user_id: asker.id,
      }),
    ]);
  });

  it('the resident’s own consents: themselves, as their consents', async () => {
    const { status, rows } = await rowsOf(asker, '/mijn/toestemmingen');
    expect(status).toBe(200);
    expect(rows).toEqual([
      expect.objectContaining({
        subject_user_id: asker.id,
        actor_user_id: asker.id,
        category: 'toestemming',
        purpose: 'eigen_gegevens',
        outcome: 'toegestaan',
      }),
    ]);
  });

  it('the plan, its print and its PDF, for the team and for the resident: the asker, as their plan', async () => {
    const looks = [
      { who: teamMember, url: `/team/casussen/${caseId}/plan`, action: 'read' },
      { who: teamMember, url: `/team/casussen/${caseId}/plan/afdrukken`, action: 'print' },
      { who: teamMember, url: `/team/casussen/${caseId}/plan/plan.pdf`, action: 'export' },
      { who: asker, url: '/mijn/plan', action: 'read' },
      { who: asker, url: '/mijn/plan/afdrukken', action: 'print' },
      { who: asker, url: '/mijn/plan/plan.pdf', action: 'export' },
    ];
    for (const { who, url } of looks) {
      const { status, rows } = await rowsOf(who, url);
      expect(status).toBe(200);
      expect(rows).toEqual([
        expect.objectContaining({
          category: 'plan',
          purpose: 'plan_maken',
          actor_user_id: who.id,
          subject_user_id: asker.id,
          outcome: 'toegestaan',
        }),
      ]);
    }
  });

  it('the resident’s start page with an open case: themselves, as help requests and as their regie', async () => {
    const { status, rows } = await rowsOf(asker, '/mijn');
    expect(status).toBe(200);
    expect(rows).toEqual([
      expect.objectContaining({ subject_user_id: asker.id, actor_user_id: asker.id, category: 'hulpvraag' }),
      expect.objectContaining({
        subject_user_id: asker.id,
        actor_user_id: asker.id,
        category: 'regie',
        purpose: 'eigen_gegevens',
        outcome: 'toegestaan',
      }),
    ]);
  });

  it('recording a resident’s choice of provider: the asker, as their dossier', async () => {
    const { status, rows } = await rowsOf(teamMember, `/team/casussen/${caseId}/verwijzing`);
    expect(status).toBe(200);
    expect(rows).toEqual([
      expect.objectContaining({ category: 'dossier', actor_user_id: teamMember.id, subject_user_id: asker.id }),
    ]);
  });

  it('the share of own organisations: counts only, nobody in the log', async () => {
    const { status, rows } = await rowsOf(teamMember, '/team/verwijzingen');
    expect(status).toBe(200);
    expect(rows).toEqual([]);
  });

  it('the list of cases: every asker it lists, as dossier', async () => {
    const { status, rows } = await rowsOf(teamMember, '/team/casussen');
    expect(status).toBe(200);
    expect(people(rows).has(asker.id)).toBe(true);
    expect(rows.every((r) => r.category === 'dossier' && r.actor_user_id === teamMember.id)).toBe(true);
  });

  it('the queue: every asker it lists', async () => {
    const { status, rows } = await rowsOf(teamMember, '/team/hulpvragen');
    expect(status).toBe(200);
    expect(people(rows).has(asker.id)).toBe(true);
    expect(rows.every((r) => r.category === 'hulpvraag' && r.actor_user_id === teamMember.id)).toBe(true);
  });
});

describe('an asker without an account is named by their request', () => {
  it('the team’s page of the request, its status page and its log by the status link: each row names it', async () => {
    const db = t.database.db;
    const anonymous = await makeHelpRequest(db, { tenant, asker: null });
    const last = async () =>
      Number(
        (
          await db
            .selectFrom('access_log')
            .select((eb) => eb.fn.max('id').as('id'))
            .executeTakeFirst()
        )?.id ?? 0,
      );
    const steps = [
      { url: `/team/hulpvragen/${anonymous.id}`, cookie: await sessionCookie(t, teamMember) },
      { url: anonymous.statusPath, cookie: '' },
      { url: `${anonymous.statusPath}/toegangslog`, cookie: '' },
    ];
    for (const { url, cookie } of steps) {
      const before = await last();
      const response = await t.app.inject({ url, headers: cookie ? { cookie } : {} });
      expect(response.statusCode, url).toBe(200);
      const rows = await db
        .selectFrom('access_log')
        .select(['subject_user_id', 'subject_request_id', 'category'])
        .where('id', '>', before)
        .execute();
      // The row about the asker names the request; a volunteer shown beside it is named by their account only.
      const aboutAsker = rows.filter((r) => r.subject_user_id === null);
      expect(aboutAsker.length, url).toBeGreaterThan(0);
      expect(aboutAsker.every((r) => r.subject_request_id === anonymous.id)).toBe(true);
    }
  });
});

describe('every refused attempt gets a row', () => {
  it('a guessed id of another municipality, on the page and in the API', async () => {
    // The page's id is a request's, the API's a person's: the row keeps the guessed person id, for the administrator.
    const cases = [
      { url: `/team/hulpvragen/${request.id}`, subject: null },
      { url: `/team/casussen/${caseId}`, subject: null },
      { url: `/team/casussen/${caseId}/gesprek`, subject: null },
      { url: `/team/casussen/${caseId}/toestemming`, subject: null },
      { url: `/team/casussen/${caseId}/plan`, subject: null },
      { url: `/team/casussen/${caseId}/plan/plan.pdf`, subject: null },
      { url: `/team/casussen/${caseId}/verwijzing`, subject: null },
      { url: `/api/v1/personen/${asker.id}`, subject: asker.id },
    ];
    for (const { url, subject } of cases) {
      const { status, rows } = await rowsOf(teamMemberElsewhere, url);
      // Refused exactly like an id that does not exist: not found on the page, no access in the API.
      expect([403, 404]).toContain(status);
      expect(rows).toHaveLength(1);
      // Logged in the guesser's own municipality: the other one's log and people are never touched.
      expect(rows[0]).toMatchObject({
        tenant_id: teamMemberElsewhere.tenantId,
        actor_user_id: teamMemberElsewhere.id,
        subject_user_id: subject,
        outcome: 'geweigerd',
        refusal_reason: 'onbekend_of_andere_gemeente',
      });
    }
  });

  it('a resident on the team’s page of a request, and on another resident’s own page', async () => {
    const team = await rowsOf(asker, `/team/hulpvragen/${request.id}`);
    expect(team.status).toBe(403);
    expect(team.rows).toEqual([expect.objectContaining({ outcome: 'geweigerd', category: 'hulpvraag' })]);
    const dossier = await rowsOf(asker, `/team/casussen/${caseId}`);
    expect(dossier.status).toBe(403);
    expect(dossier.rows).toEqual([expect.objectContaining({ outcome: 'geweigerd', category: 'dossier' })]);
    const conversation = await rowsOf(asker, `/team/casussen/${caseId}/gesprek`);
    expect(conversation.status).toBe(403);
    expect(conversation.rows).toEqual([expect.objectContaining({ outcome: 'geweigerd', category: 'dossier' })]);
    const consent = await rowsOf(asker, `/team/casussen/${caseId}/toestemming`);
    expect(consent.status).toBe(403);
    expect(consent.rows).toEqual([expect.objectContaining({ outcome: 'geweigerd', category: 'toestemming' })]);
    const plan = await rowsOf(asker, `/team/casussen/${caseId}/plan`);
    expect(plan.status).toBe(403);
    expect(plan.rows).toEqual([expect.objectContaining({ outcome: 'geweigerd', category: 'plan' })]);
    const referral = await rowsOf(asker, `/team/casussen/${caseId}/verwijzing`);
    expect(referral.status).toBe(403);
    expect(referral.rows).toEqual([expect.objectContaining({ outcome: 'geweigerd', category: 'dossier' })]);
    const other = await rowsOf(otherResident, `/mijn/hulpvragen/${request.id}`);
    expect(other.status).toBe(404);
    // The asker whose request was tried finds the attempt in their own log.
    expect(other.rows).toEqual([
      expect.objectContaining({ outcome: 'geweigerd', subject_user_id: asker.id, actor_user_id: otherResident.id }),
    ]);
  });
});

describe('signals, the team’s side: every read of a signal leaves a row under it', () => {
  const nabij = (tenantId: string) => ({ kind: 'system' as const, tenantId, process: 'signaal' as const });
  const worry = {
    kind: 'persoon' as const,
    topic: 'oudere_alleen' as const,
    whatSeen: 'De buurvrouw doet de deur niet meer open.',
    reporterUserId: null,
    reporterRole: 'bewoner' as const,
  };
  const theme = { ...worry, kind: 'buurt' as const, topic: 'jongeren' as const };

  /** The rows one request adds, with the signal they are about. */
  async function signalRows(url: string, who?: TestUser) {
    const last = await t.database.db
      .selectFrom('access_log')
      .select((eb) => eb.fn.max('id').as('id'))
      .executeTakeFirst();
    const response = await t.app.inject({ url, headers: who ? { cookie: await sessionCookie(t, who) } : {} });
    const rows = await t.database.db
      .selectFrom('access_log')
      .select(['actor_user_id', 'actor_role', 'subject_request_id', 'category', 'action', 'outcome', 'purpose'])
      .where('id', '>', Number(last?.id ?? 0))
      .orderBy('id')
      .execute();
    return { status: response.statusCode, body: response.body, rows };
  }

  it('the team’s list: a search row under each worry about a person shown, and one for the neighbourhood', async () => {
    const a = await submitSignal(t.app.ctx, tenant, nabij(tenant.id), worry);
    const b = await submitSignal(t.app.ctx, tenant, nabij(tenant.id), worry);
    await submitSignal(t.app.ctx, tenant, nabij(tenant.id), theme);
    const { status, rows } = await signalRows('/team/signalen', teamMember);
    expect(status).toBe(200);
    const persons = rows.filter((r) => r.category === 'signaal');
    expect(new Set(persons.map((r) => r.subject_request_id))).toEqual(new Set([a.id, b.id]));
    expect(persons.every((r) => r.action === 'search' && r.actor_user_id === teamMember.id)).toBe(true);
    expect(rows.filter((r) => r.category === 'buurtsignaal')).toEqual([
      expect.objectContaining({ action: 'search', subject_request_id: null, purpose: 'signaal_oppakken' }),
    ]);
  });

  it('a worry about a person opened by the team: one read under the signal', async () => {
    const { id } = await submitSignal(t.app.ctx, tenant, nabij(tenant.id), worry);
    const { status, rows } = await signalRows(`/team/signalen/${id}`, teamMember);
    expect(status).toBe(200);
    expect(rows).toEqual([
      expect.objectContaining({
        actor_user_id: teamMember.id,
        subject_request_id: id,
        category: 'signaal',
        action: 'read',
        outcome: 'toegestaan',
        purpose: 'signaal_oppakken',
      }),
    ]);
  });

  it('a neighbourhood signal opened by the team: one read, about no person', async () => {
    const { id } = await submitSignal(t.app.ctx, tenant, nabij(tenant.id), theme);
    const { status, rows } = await signalRows(`/team/signalen/${id}`, teamMember);
    expect(status).toBe(200);
    expect(rows).toEqual([
      expect.objectContaining({ category: 'buurtsignaal', action: 'read', subject_request_id: null }),
    ]);
  });

  it('refused: a resident, and a team member of another municipality, each leave a row', async () => {
    const { id } = await submitSignal(t.app.ctx, tenant, nabij(tenant.id), worry);
    const resident = await signalRows(`/team/signalen/${id}`, asker);
    expect(resident.status).toBe(403);
    expect(resident.rows).toEqual([expect.objectContaining({ outcome: 'geweigerd', category: 'signaal' })]);
    const elsewhere = await signalRows(`/team/signalen/${id}`, teamMemberElsewhere);
    expect(elsewhere.status).toBe(404);
    expect(elsewhere.rows).toEqual([
      expect.objectContaining({ outcome: 'geweigerd', category: 'signaal', actor_user_id: teamMemberElsewhere.id }),
    ]);
  });

  it('the person’s page by their link: the read of the signal and of its log, as Nabij, under the signal', async () => {
    const { id } = await submitSignal(t.app.ctx, tenant, nabij(tenant.id), worry);
    const actor = { kind: 'user' as const, userId: teamMember.id, tenantId: tenant.id, role: teamMember.role };
    await moveSignal(t.app.ctx, actor, await findSignal(t.app.ctx, actor, id), { to: 'in_behandeling', reason: 'Ik' });
    await recordVisit(t.app.ctx, actor, await findSignal(t.app.ctx, actor, id), 'contact_gemaakt', 'Gesproken');
    const token = await tellPerson(t.app.ctx, actor, id);
    const { status, rows } = await signalRows(`/signaal/over-mij/${token}`);
    expect(status).toBe(200);
    expect(rows).toEqual([
      expect.objectContaining({ actor_role: 'systeem:signaal', category: 'signaal', subject_request_id: id }),
      expect.objectContaining({ actor_role: 'systeem:signaal', category: 'toegangslog', subject_request_id: id }),
    ]);
  });
});

describe('the reporter’s signals', () => {
  it('Mijn signalen and a signal’s page: the reporter; someone else’s is refused, named to them', async () => {
    const signal = await submitSignal(
      t.app.ctx,
      tenant,
      { kind: 'system', tenantId: tenant.id, process: 'signaal' },
      {
        kind: 'persoon',
        topic: 'oudere_alleen',
        whatSeen: 'De oudere buurman krijgt weinig bezoek.',
        reporterUserId: asker.id,
        reporterRole: 'bewoner',
      },
    );
    for (const url of ['/mijn/signalen', `/mijn/signalen/${signal.id}`]) {
      const { status, rows } = await rowsOf(asker, url);
      expect(status).toBe(200);
      expect(rows).toEqual([
        expect.objectContaining({
          actor_user_id: asker.id,
          subject_user_id: asker.id,
          category: 'melding',
          purpose: 'signaal_volgen',
          outcome: 'toegestaan',
        }),
      ]);
    }
    const other = await rowsOf(otherResident, `/mijn/signalen/${signal.id}`);
    expect(other.status).toBe(404);
    expect(other.rows).toEqual([
      expect.objectContaining({ outcome: 'geweigerd', subject_user_id: asker.id, actor_user_id: otherResident.id }),
    ]);
  });
});

describe('the neighbourhood agenda', () => {
  it('the team’s list and a proposal’s page name its proposer; the public pages read nobody', async () => {
    const wijk = await t.database.db
      .selectFrom('neighbourhoods')
      .select('id')
      .where('tenant_id', '=', tenant.id)
      .executeTakeFirstOrThrow();
    const as = (u: TestUser) => ({ kind: 'user' as const, userId: u.id, tenantId: u.tenantId, role: u.role });
    const { id } = await submitProposal(t.app.ctx, as(asker), {
      neighbourhoodId: wijk.id,
      title: 'Bankje bij de speeltuin',
      what: 'Een bankje om te rusten.',
      whereText: '',
      why: '',
      ownContribution: '',
    });
    await supportProposal(t.app.ctx, as(otherResident), id);
    const list = await rowsOf(teamMember, '/team/wijkagenda');
    expect(list.status).toBe(200);
    expect(list.rows.filter((r) => r.category === 'wijkvoorstel')).toContainEqual(
      expect.objectContaining({ subject_user_id: asker.id, purpose: 'wijkagenda', outcome: 'toegestaan' }),
    );
    const one = await rowsOf(teamMember, `/team/wijkagenda/${id}`);
    expect(one.status).toBe(200);
    expect(one.rows).toEqual([
      expect.objectContaining({
        actor_user_id: teamMember.id,
        subject_user_id: asker.id,
        category: 'wijkvoorstel',
        purpose: 'wijkagenda',
      }),
    ]);
    // The public page signed in as the supporter: only whether they support it themselves, about themselves.
    const own = await rowsOf(otherResident, `/wijkagenda/${id}`);
    expect(own.status).toBe(200);
    expect(own.rows).toEqual([
      expect.objectContaining({ subject_user_id: otherResident.id, category: 'steun', outcome: 'toegestaan' }),
    ]);
    // A team member of elsewhere is refused by the team page, and the attempt is logged.
    const elsewhere = await rowsOf(teamMemberElsewhere, `/team/wijkagenda/${id}`);
    expect(elsewhere.status).toBe(404);
    expect(elsewhere.rows).toEqual([
      expect.objectContaining({
        actor_user_id: teamMemberElsewhere.id,
        category: 'wijkvoorstel',
        outcome: 'geweigerd',
        refusal_reason: 'onbekend_of_andere_gemeente',
      }),
    ]);
  });
});

describe('the sounding board and the public account (issue 14, helper B)', () => {
  it('the board’s management page: each member and candidate; the public board page: fellow members', async () => {
    const db = t.database.db;
    const worker = await makeUser(db, tenant, 'opbouwwerker');
    const member = await makeUser(db, tenant, 'klankbordgroep');
    const candidate = await makeUser(db, tenant, 'bewoner');
    const wijk = (
      await db.selectFrom('neighbourhoods').select('id').where('tenant_id', '=', tenant.id).executeTakeFirstOrThrow()
    ).id;
    const workerActor = { kind: 'user' as const, userId: worker.id, tenantId: tenant.id, role: worker.role };
    await addMember(db, workerActor, {
      neighbourhoodId: wijk,
      userId: member.id,
      fromOn: '2026-01-01',
      untilOn: '2099-01-01',
    });
    await standForBoard(
      db,
      { kind: 'user', userId: candidate.id, tenantId: tenant.id, role: candidate.role },
      { neighbourhoodId: wijk, motivation: 'Ik wil meedoen.' },
    );
    const managed = await rowsOf(worker, '/beheer/klankbordgroep');
    expect(managed.status).toBe(200);
    const boardRows = managed.rows.filter((r) => r.category === 'klankbordlid');
    expect(people(boardRows)).toEqual(new Set([member.id, candidate.id]));
    expect(boardRows.every((r) => r.actor_user_id === worker.id && r.purpose === 'klankbordgroep')).toBe(true);

    const seen = await rowsOf(member, '/klankbordgroep');
    expect(seen.status).toBe(200);
    expect(people(seen.rows.filter((r) => r.category === 'klankbordlid'))).toEqual(new Set([member.id]));
    // A visitor sees counts only: no row, no name.
    const anonymous = await t.app.inject({ url: '/klankbordgroep' });
    expect(anonymous.body).not.toContain(member.displayName);
  });
});
