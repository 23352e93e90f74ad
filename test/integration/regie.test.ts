// The regisseur and free choice of provider (issue 12, deliver 4 and 5; docs/regie.md): exactly one regisseur per
// case, of the municipality; only the case's own regisseur cuts a knot (others get 403 and a 'geweigerd' row); the
// resident sees their regisseur and the decision on /mijn, and that read is in their access log; the choice of
// provider is recorded with its reason and own-organisation flag, from options in a neutral order that include
// providers outside the team; the escalation job mails step 1 once after the deadline, step 2 after the extra
// working days, nothing before the deadline or for a started referral; the share page counts own versus other.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Tenant } from '../../src/kernel/tenancy/queries.js';
import {
  escalateReferrals,
  recordReferral,
  setReferralDeadline,
  setReferralStatus,
  setRegisseur,
} from '../../src/modules/casework/index.js';
import type { GatedDb } from '../../src/kernel/access/gate.js';
import { advanceEscalation } from '../../src/modules/casework/queries/regie.js';
import { accessLogWatch, asPerson, type TestApp, testApp } from '../support/app.js';
import {
  makeActivity,
  makeCase,
  makeHelpRequest,
  makeTenant,
  makeUser,
  type TestActivity,
  type TestUser,
} from '../support/factories.js';

let t: TestApp;
let tenant: Tenant;
let owner: TestUser;
let director: TestUser;
let otherDirector: TestUser;
let ownService: TestActivity;
let outsideService: TestActivity;

beforeAll(async () => {
  t = await testApp({ NABIJ_GEMEENTE: 'regiedorp', NABIJ_FORM_RATE_LIMIT: '100000' });
  const db = t.database.db;
  tenant = await makeTenant(db, 'regiedorp', 'Regiedorp');
  owner = await makeUser(db, tenant, 'wijkteamlid', { displayName: 'Sanne Wijk' });
  director = await makeUser(db, tenant, 'regisseur', { displayName: 'Mehmet Regie' });
  otherDirector = await makeUser(db, tenant, 'regisseur', { displayName: 'Ans Ander' });
  // "Zorg Zuid" is the team's own organisation; "Amstel Hulp" is outside the team and comes first alphabetically.
  ownService = await makeActivity(db, {
    tenant,
    name: 'Schuldhulp van het wijkteam',
    providerName: 'Zorg Zuid',
    professional: true,
    kind: 'dienst',
    contactEmail: 'intake@zorgzuid.example',
  });
  outsideService = await makeActivity(db, {
    tenant,
    name: 'Budgetcoaching',
    providerName: 'Amstel Hulp',
    professional: true,
    kind: 'dienst',
    contactEmail: 'aanmelden@amstelhulp.example',
  });
  await db.updateTable('organisations').set({ team_own: true }).where('id', '=', ownService.organisationId!).execute();
  await db.updateTable('activities').set({ waiting_weeks: 3 }).where('id', '=', outsideService.id).execute();
});
afterAll(() => t.close());

const post: ReturnType<typeof asPerson>['post'] = (...args) => asPerson(t).post(...args);
const get: ReturnType<typeof asPerson>['get'] = (...args) => asPerson(t).get(...args);
const logColumns = ['actor_user_id', 'subject_user_id', 'category', 'action', 'outcome', 'refusal_reason'] as const;
const logSince = (id: number) => accessLogWatch(t).logSince(id, logColumns);
const lastLogId = () => accessLogWatch(t).lastLogId();
const actor = (u: TestUser) => ({ kind: 'user' as const, userId: u.id, tenantId: u.tenantId, role: u.role });

/** A resident with an account, their request and an open case owned by the team member. */
async function residentCase() {
  const db = t.database.db;
  const asker = await makeUser(db, tenant, 'bewoner', { displayName: 'Ron Verhaal' });
  const request = await makeHelpRequest(db, { tenant, asker });
  const opened = await makeCase(db, { tenant, request: { id: request.id, tenantId: tenant.id }, owner });
  return { asker, request, caseId: opened.id };
}

const caseRow = (id: string) =>
  t.database.db.selectFrom('cases').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
const events = (caseId: string, kind: string) =>
  t.database.db
    .selectFrom('case_events')
    .selectAll()
    .where('case_id', '=', caseId)
    .where('kind', '=', kind as never)
    .orderBy('id')
    .execute();

describe('one regisseur per case', () => {
  it('the owner sets a regisseur of the municipality with a reason; it is in the timeline', async () => {
    const { caseId } = await residentCase();
    const page = `/team/casussen/${caseId}`;
    const set = await post(owner, page, `${page}/regisseur`, {
      regisseur: director.id,
      regisseur_reden: 'Schulden: Mehmet kent de schuldhulp.',
    });
    expect(set.statusCode).toBe(303);
    expect((await caseRow(caseId)).regisseur_user_id).toBe(director.id);
    expect(await events(caseId, 'regisseur_gekozen')).toEqual([
      expect.objectContaining({ to_user_id: director.id, text: 'Schulden: Mehmet kent de schuldhulp.' }),
    ]);
    const shown = await get(owner, page);
    expect(shown.body).toContain('Regisseur: Mehmet Regie.');
  });

  it('refuses a team member who is no regisseur, and another municipality’s regisseur, beside the field', async () => {
    const { caseId } = await residentCase();
    const page = `/team/casussen/${caseId}`;
    const elsewhere = await makeUser(t.database.db, await makeTenant(t.database.db), 'regisseur');
    for (const candidate of [owner, elsewhere]) {
      const refused = await post(owner, page, `${page}/regisseur`, {
        regisseur: candidate.id,
        regisseur_reden: 'Probeer het.',
      });
      expect(refused.statusCode).toBe(400);
      expect(refused.body).toContain('id="veld-regisseur-fout"');
      expect(refused.body).toContain('Kies een andere regisseur van de gemeente uit de lijst.');
      expect((await caseRow(caseId)).regisseur_user_id).toBeNull();
    }
    const noReason = await post(owner, page, `${page}/regisseur`, { regisseur: director.id, regisseur_reden: ' ' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.body).toContain('id="veld-regisseur_reden-fout"');
    expect((await caseRow(caseId)).regisseur_user_id).toBeNull();
  });

  it('a team member who does not own the case may not choose its regisseur: 403 and a geweigerd row', async () => {
    const { caseId, asker } = await residentCase();
    const colleague = await makeUser(t.database.db, tenant, 'wijkteamlid');
    const page = `/team/casussen/${caseId}`;
    const before = await lastLogId();
    const refused = await post(colleague, page, `${page}/regisseur`, {
      regisseur: director.id,
      regisseur_reden: 'Ik wil het.',
    });
    expect(refused.statusCode).toBe(403);
    expect(await logSince(before)).toContainEqual(
      expect.objectContaining({
        actor_user_id: colleague.id,
        subject_user_id: asker.id,
        category: 'dossier',
        outcome: 'geweigerd',
        refusal_reason: 'rol_heeft_geen_recht',
      }),
    );
    expect((await caseRow(caseId)).regisseur_user_id).toBeNull();
  });
});

describe('knoop doorgehakt', () => {
  it('only the case’s regisseur decides; the owner and another regisseur get 403 with a geweigerd row', async () => {
    const { caseId, asker } = await residentCase();
    await setRegisseur(t.database.db, actor(owner), caseId, { userId: director.id, reason: 'Schulden.' });
    const page = `/team/casussen/${caseId}`;
    const knot = { besluit: 'We starten met de budgetcoach.', besluit_reden: 'Wachten duurt te lang.' };
    // The owner is refused by the route (for regisseurs only), another regisseur because the case is not theirs:
    // that refusal names the resident, who finds it in their own log.
    for (const [who, subject] of [
      [owner, null],
      [otherDirector, asker.id],
    ] as const) {
      const before = await lastLogId();
      const refused = await post(who, page, `${page}/knoop`, knot);
      expect(refused.statusCode).toBe(403);
      expect(await logSince(before)).toContainEqual(
        expect.objectContaining({
          actor_user_id: who.id,
          subject_user_id: subject,
          category: 'dossier',
          outcome: 'geweigerd',
          refusal_reason: 'rol_heeft_geen_recht',
        }),
      );
    }
    expect(await events(caseId, 'knoop_doorgehakt')).toEqual([]);
    expect((await get(owner, page)).body).not.toContain('action="/team/casussen/' + caseId + '/knoop"');

    const noReason = await post(director, page, `${page}/knoop`, { besluit: knot.besluit, besluit_reden: '' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.body).toContain('id="veld-besluit_reden-fout"');
    expect(await events(caseId, 'knoop_doorgehakt')).toEqual([]);

    const done = await post(director, page, `${page}/knoop`, knot);
    expect(done.statusCode).toBe(303);
    expect(await events(caseId, 'knoop_doorgehakt')).toEqual([
      expect.objectContaining({
        actor_user_id: director.id,
        text: knot.besluit,
        detail: { reden: knot.besluit_reden },
      }),
    ]);
  });

  it('the resident sees regisseur, how to reach them and the decision on /mijn; the read is logged', async () => {
    const { caseId, asker } = await residentCase();
    await setRegisseur(t.database.db, actor(owner), caseId, { userId: director.id, reason: 'Schulden.' });
    const page = `/team/casussen/${caseId}`;
    await post(director, page, `${page}/knoop`, {
      besluit: 'We starten met de budgetcoach.',
      besluit_reden: 'Wachten op de gemeente duurt te lang.',
    });
    const before = await lastLogId();
    const mine = await get(asker, '/mijn');
    expect(mine.statusCode).toBe(200);
    expect(mine.body).toContain('Jouw regisseur');
    expect(mine.body).toContain('Mehmet Regie is jouw regisseur');
    expect(mine.body).toContain(`href="mailto:${director.email}"`);
    expect(mine.body).toContain('een besluit genomen: We starten met de budgetcoach.');
    expect(mine.body).toContain('Wachten op de gemeente duurt te lang.');
    expect(await logSince(before)).toContainEqual(
      expect.objectContaining({
        actor_user_id: asker.id,
        subject_user_id: asker.id,
        category: 'regie',
        action: 'read',
        outcome: 'toegestaan',
      }),
    );
    // Another resident without a case sees no regisseur, and no regie row is written for them.
    const other = await makeUser(t.database.db, tenant, 'bewoner');
    const otherBefore = await lastLogId();
    expect((await get(other, '/mijn')).body).not.toContain('Jouw regisseur');
    expect((await logSince(otherBefore)).filter((r) => r.category === 'regie')).toEqual([]);
  });
});

describe('free choice of provider', () => {
  it('shows the options alphabetically (not own organisations first), outside providers and another one', async () => {
    const { asker } = await residentCase();
    const page = await get(asker, '/mijn/aanbieder');
    expect(page.statusCode).toBe(200);
    const outside = page.body.indexOf('Amstel Hulp');
    const own = page.body.indexOf('Zorg Zuid');
    expect(outside).toBeGreaterThan(-1);
    expect(own).toBeGreaterThan(outside);
    expect(page.body).toContain('Wachttijd: ongeveer 3 weken.');
    expect(page.body).toContain('Wachttijd: niet bekend.');
    expect(page.body).toContain('Een andere aanbieder');
  });

  it('records the resident’s choice with the reason, the own-organisation flag at that moment, who', async () => {
    const { asker, caseId } = await residentCase();
    const before = await lastLogId();
    const chosen = await post(asker, '/mijn/aanbieder', '/mijn/aanbieder', {
      aanbieder: outsideService.id,
      reden: 'Mijn zus is daar ook geholpen.',
    });
    expect(chosen.statusCode).toBe(303);
    const rows = await t.database.db.selectFrom('referrals').selectAll().where('case_id', '=', caseId).execute();
    expect(rows).toEqual([
      expect.objectContaining({
        activity_id: outsideService.id,
        provider_name: 'Amstel Hulp',
        own_organisation: false,
        reason: 'Mijn zus is daar ook geholpen.',
        chosen_how: 'bewoner_in_nabij',
        chosen_by_user_id: asker.id,
        contact_email: 'aanmelden@amstelhulp.example',
        status: 'open',
      }),
    ]);
    expect(await logSince(before)).toContainEqual(
      expect.objectContaining({
        actor_user_id: asker.id,
        subject_user_id: asker.id,
        category: 'regie',
        action: 'create',
      }),
    );
    // The team records another choice, of the team's own organisation: flagged as own, and kept so afterwards.
    await recordReferral(t.database.db, actor(owner), caseId, {
      provider: { activityId: ownService.id },
      reason: 'Dichtbij huis.',
      chosenHow: 'telefonisch',
    });
    await t.database.db
      .updateTable('organisations')
      .set({ team_own: false })
      .where('id', '=', ownService.organisationId!)
      .execute();
    const own = await t.database.db
      .selectFrom('referrals')
      .selectAll()
      .where('case_id', '=', caseId)
      .where('activity_id', '=', ownService.id)
      .executeTakeFirstOrThrow();
    expect(own).toMatchObject({ own_organisation: true, chosen_how: 'telefonisch', chosen_by_user_id: owner.id });
    await t.database.db
      .updateTable('organisations')
      .set({ team_own: true })
      .where('id', '=', ownService.organisationId!)
      .execute();
  });

  it('needs a reason and, for another provider, its name; refuses a service that is not an option', async () => {
    const { asker, caseId } = await residentCase();
    const noName = await post(asker, '/mijn/aanbieder', '/mijn/aanbieder', { aanbieder: 'anders', reden: 'Ken ik.' });
    expect(noName.statusCode).toBe(400);
    expect(noName.body).toContain('id="veld-andere_aanbieder-fout"');
    const noReason = await post(asker, '/mijn/aanbieder', '/mijn/aanbieder', { aanbieder: outsideService.id });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.body).toContain('id="veld-reden-fout"');
    const notAnOption = await makeActivity(t.database.db, { tenant, professional: false });
    const refused = await post(asker, '/mijn/aanbieder', '/mijn/aanbieder', {
      aanbieder: notAnOption.id,
      reden: 'Gezellig.',
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain('id="veld-aanbieder-fout"');
    const other = await post(asker, '/mijn/aanbieder', '/mijn/aanbieder', {
      aanbieder: 'anders',
      andere_aanbieder: 'Schuldhulpmaatje',
      reden: 'Mijn buurman ging er ook heen.',
    });
    expect(other.statusCode).toBe(303);
    const rows = await t.database.db.selectFrom('referrals').selectAll().where('case_id', '=', caseId).execute();
    expect(rows).toEqual([
      expect.objectContaining({ activity_id: null, provider_name: 'Schuldhulpmaatje', own_organisation: false }),
    ]);
  });
});

describe('escalation of a late referral', () => {
  /** A referral to a provider with its own contact address, and a deadline set by the case's regisseur. */
  async function lateReferral(contact: string, startBy: string) {
    const { caseId, request, asker } = await residentCase();
    await setRegisseur(t.database.db, actor(owner), caseId, { userId: director.id, reason: 'Schulden.' });
    const referralId = await recordReferral(t.database.db, actor(owner), caseId, {
      provider: { activityId: outsideService.id },
      reason: 'Gekozen in het gesprek.',
      chosenHow: 'in_gesprek',
    });
    await setReferralDeadline(t.database.db, actor(director), caseId, referralId, { startBy, contactEmail: contact });
    return { caseId, referralId, request, asker };
  }
  const job = () => ({ db: t.database.db, mailer: t.app.ctx.mailer });
  const at = (iso: string) => new Date(`${iso}T09:00:00Z`);
  const mailsTo = (to: string) => t.mails.filter((m) => m.to === to);

  it('mails the provider once the day after the deadline, the team manager after the extra working days', async () => {
    const manager = `teammanager-${Date.now()}@regiedorp.example`;
    await post(await makeUser(t.database.db, tenant, 'beheerder'), '/beheer/termijnen', '/beheer/termijnen', {
      eerste_contact: '3',
      plan: '4',
      escalatie: '5',
      teammanager: 'Karin Baas',
      teammanager_email: manager,
    });
    const contact = `provider-${Date.now()}@voorbeeld.nl`;
    const { caseId, request } = await lateReferral(contact, '2031-03-05');

    await escalateReferrals(job(), at('2031-03-05'));
    expect(mailsTo(contact)).toEqual([]);

    await escalateReferrals(job(), at('2031-03-06'));
    await escalateReferrals(job(), at('2031-03-06'));
    expect(mailsTo(contact)).toHaveLength(1);
    const mail = mailsTo(contact)[0]!;
    expect(mail.subject).toContain(request.reference);
    expect(mail.text).toContain(director.email);
    // No personal data beyond the code and the regisseur's contact: not the resident's name or story.
    expect(mail.text).not.toContain('Ron Verhaal');
    expect(mail.text).not.toContain('boodschappen');
    expect(mailsTo(manager)).toEqual([]);

    await escalateReferrals(job(), at('2031-03-12'));
    expect(mailsTo(manager)).toEqual([]);
    await escalateReferrals(job(), at('2031-03-13'));
    await escalateReferrals(job(), at('2031-03-14'));
    expect(mailsTo(manager)).toHaveLength(1);
    expect(mailsTo(manager)[0]!.text).toContain('Beste Karin Baas');
    expect(mailsTo(contact)).toHaveLength(1);

    const steps = await events(caseId, 'escalatie');
    expect(steps.map((e) => e.detail)).toEqual([
      expect.objectContaining({ stap: 1, aan: 'aanbieder', gemaild: true }),
      expect.objectContaining({ stap: 2, aan: 'teammanager', gemaild: true }),
    ]);
    const casePage = await get(director, `/team/casussen/${caseId}`);
    expect(casePage.body).toContain('stap 1, de aanbieder is aangesproken');
    expect(casePage.body).toContain('stap 2, de teammanager is ingeschakeld');
  });

  it('shows the resident on /mijn that the help is late and the regisseur is pushing', async () => {
    const contact = `provider-mijn-${Date.now()}@voorbeeld.nl`;
    const { asker } = await lateReferral(contact, '2031-03-05');
    await escalateReferrals(job(), at('2031-03-06'));
    const mine = await get(asker, '/mijn');
    expect(mine.body).toContain('De hulp is te laat. Je regisseur heeft de aanbieder op');
    expect(mine.body).toContain('Je koos voor Amstel Hulp.');
  });

  it('moves a step only from the step it was seen at, so two runs at the same moment take it once', async () => {
    const { referralId } = await lateReferral('twee-tegelijk@voorbeeld.nl', '2031-03-05');
    const db = t.database.db as GatedDb;
    const [first, second] = await Promise.all([
      advanceEscalation(db, tenant.id, referralId, 0, '2031-03-06'),
      advanceEscalation(db, tenant.id, referralId, 0, '2031-03-06'),
    ]);
    expect([first, second].sort()).toEqual([false, true]);
    const row = await t.database.db
      .selectFrom('referrals')
      .select(['escalation_step', 'escalated_on'])
      .where('id', '=', referralId)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ escalation_step: 1, escalated_on: '2031-03-06' });
  });

  it('mails nothing for a referral whose help started', async () => {
    const contact = `provider-gestart-${Date.now()}@voorbeeld.nl`;
    const { caseId, referralId } = await lateReferral(contact, '2031-03-05');
    await setReferralStatus(t.database.db, actor(owner), caseId, referralId, 'gestart');
    await escalateReferrals(job(), at('2031-03-06'));
    await escalateReferrals(job(), at('2031-03-20'));
    expect(mailsTo(contact)).toEqual([]);
    expect(await events(caseId, 'escalatie')).toEqual([]);
  });

  it('only the case’s regisseur sets the deadline', async () => {
    const { caseId, referralId } = await lateReferral('x@voorbeeld.nl', '2031-03-05');
    const page = `/team/casussen/${caseId}/verwijzingen/${referralId}`;
    expect((await get(otherDirector, page)).statusCode).toBe(403);
    expect((await get(owner, page)).statusCode).toBe(403);
    const form = await get(director, page);
    expect(form.statusCode).toBe(200);
    const past = await post(director, page, page, { uiterlijk: '2020-01-01', contact: '' });
    expect(past.statusCode).toBe(400);
    expect(past.body).toContain('id="veld-uiterlijk-fout"');
    const saved = await post(director, page, page, { uiterlijk: '2099-01-31', contact: 'nieuw@voorbeeld.nl' });
    expect(saved.statusCode).toBe(303);
    const row = await t.database.db
      .selectFrom('referrals')
      .selectAll()
      .where('id', '=', referralId)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ start_by: '2099-01-31', contact_email: 'nieuw@voorbeeld.nl', escalation_step: 0 });
  });
});

describe('monitoring the share of own organisations', () => {
  it('counts referrals to own organisations and to others per period, with no names of residents', async () => {
    const counter = await makeTenant(t.database.db, 'teldorp', 'Teldorp');
    const worker = await makeUser(t.database.db, counter, 'wijkteamlid');
    const own = await makeActivity(t.database.db, {
      tenant: counter,
      providerName: 'Eigen Wijkzorg',
      professional: true,
    });
    const other = await makeActivity(t.database.db, { tenant: counter, providerName: 'Buiten BV', professional: true });
    await t.database.db
      .updateTable('organisations')
      .set({ team_own: true })
      .where('id', '=', own.organisationId!)
      .execute();
    const choose = async (activityId: string) => {
      const asker = await makeUser(t.database.db, counter, 'bewoner', { displayName: 'Geheime Naam' });
      const request = await makeHelpRequest(t.database.db, { tenant: counter, asker });
      const opened = await makeCase(t.database.db, { tenant: counter, request, owner: worker });
      await recordReferral(t.database.db, actor(worker), opened.id, {
        provider: { activityId },
        reason: 'Past goed.',
        chosenHow: 'in_gesprek',
      });
      return opened.id;
    };
    await choose(own.id);
    await choose(other.id);
    await choose(other.id);
    const old = await choose(other.id);
    // Chosen two years ago: in neither period.
    await t.database.db
      .updateTable('referrals')
      .set({ chosen_at: new Date(Date.now() - 2 * 365 * 86_400_000) })
      .where('case_id', '=', old)
      .execute();
    const page = await get(worker, '/team/verwijzingen');
    expect(page.statusCode).toBe(200);
    const row = /id="periode-12-maanden">([\s\S]*?)<\/tr>/.exec(page.body)?.[1] ?? '';
    const cells = [...row.matchAll(/<td[^>]*>([^<]*)<\/td>/g)].map((m) => m[1]);
    expect(cells).toEqual(['1', '2', '3', '33%']);
    expect(page.body).not.toContain('Geheime Naam');
    expect(page.body).not.toContain('Past goed.');
    const resident = await makeUser(t.database.db, counter, 'bewoner');
    expect((await get(resident, '/team/verwijzingen')).statusCode).toBe(403);
  });
});

describe('the demo', () => {
  it('Ron’s case has a regisseur, a referral outside the team escalated once, and a knot cut', async () => {
    const { seedDemo, demoEmail } = await import('../../src/modules/demo/seed.js');
    const { tenant: demo } = await seedDemo(t.database.db);
    const db = t.database.db;
    const mehmet = await db
      .selectFrom('users')
      .select(['id', 'tenant_id as tenantId', 'email', 'display_name as displayName', 'role'])
      .where('tenant_id', '=', demo.id)
      .where('email', '=', demoEmail('regisseur'))
      .executeTakeFirstOrThrow();
    const ron = await db
      .selectFrom('cases')
      .select(['id', 'regisseur_user_id'])
      .where('tenant_id', '=', demo.id)
      .where('regisseur_user_id', 'is not', null)
      .executeTakeFirstOrThrow();
    expect(ron.regisseur_user_id).toBe(mehmet.id);
    const referrals = await db.selectFrom('referrals').selectAll().where('case_id', '=', ron.id).execute();
    expect(referrals).toEqual([
      expect.objectContaining({
        own_organisation: false,
        escalation_step: 1,
        status: 'open',
        chosen_how: 'in_gesprek',
      }),
    ]);
    expect(await events(ron.id, 'escalatie')).toHaveLength(1);
    expect(await events(ron.id, 'knoop_doorgehakt')).toHaveLength(1);
    const own = await db
      .selectFrom('organisations')
      .select('name')
      .where('tenant_id', '=', demo.id)
      .where('team_own', '=', true)
      .execute();
    expect(own.map((o) => o.name).sort()).toEqual(['Geldpunt Wijkstad (gemeente)', 'Wijkteam Wijkstad']);
    const page = await get({ ...mehmet, totpSecret: null }, `/team/casussen/${ron.id}`);
    expect(page.body).toContain('Schuldhulpmaatje Wijkstad');
    expect(page.body).toContain('stap 1, de aanbieder is aangesproken');
    // Seeding again adds nothing.
    await seedDemo(db);
    expect(await db.selectFrom('referrals').select('id').where('case_id', '=', ron.id).execute()).toHaveLength(1);
  }, 120_000);
});
