// Independent client support: the resident invites a supporter by a link and chooses what to share; the supporter
// sees only that, and nothing after the resident stops or withdraws; a complaint filed with the supporter is handled
// by the team step by step and the resident follows it. Every look is in the resident's access log.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AccessDeniedError, type Actor } from '../../src/kernel/access/gate.js';
import type { Tenant } from '../../src/kernel/tenancy/queries.js';
import { readSharedDossier } from '../../src/modules/casework/index.js';
import { saveGoal } from '../../src/modules/plans/index.js';
import { acceptInvitation, fileComplaint, inviteSupporter } from '../../src/modules/support/index.js';
import { accessLogWatch, asPerson, formToken, postForm, type TestApp, testApp } from '../support/app.js';
import { makeCase, makeHelpRequest, makeTenant, makeUser, type TestUser } from '../support/factories.js';

let t: TestApp;
let tenant: Tenant;
let listed: TestUser;
let teamMember: TestUser;
let director: TestUser;

const STORY = 'Ik krijg mijn post niet meer bijgehouden en durf de brieven niet open te maken.';

beforeAll(async () => {
  t = await testApp({ NABIJ_GEMEENTE: 'steundorp', NABIJ_FORM_RATE_LIMIT: '100000' });
  const db = t.database.db;
  tenant = await makeTenant(db, 'steundorp', 'Steundorp');
  listed = await makeUser(db, tenant, 'clientondersteuner', { displayName: 'Olga Steun' });
  teamMember = await makeUser(db, tenant, 'wijkteamlid', { displayName: 'Sanne Wijk' });
  director = await makeUser(db, tenant, 'regisseur', { displayName: 'Mehmet Regie' });
});
afterAll(() => t.close());

const { get, post } = {
  get: (...args: Parameters<ReturnType<typeof asPerson>['get']>) => asPerson(t).get(...args),
  post: (...args: Parameters<ReturnType<typeof asPerson>['post']>) => asPerson(t).post(...args),
};
const actorOf = (u: TestUser): Extract<Actor, { kind: 'user' }> => ({
  kind: 'user',
  userId: u.id,
  tenantId: u.tenantId,
  role: u.role,
});
const logColumns = ['actor_user_id', 'subject_user_id', 'category', 'action', 'outcome', 'refusal_reason'] as const;

/** A resident with a help request and a case with a note on it. */
async function residentWithCase() {
  const db = t.database.db;
  const resident = await makeUser(db, tenant, 'bewoner', { displayName: 'Annie Vos' });
  const request = await makeHelpRequest(db, { tenant, asker: resident, text: STORY });
  const opened = await makeCase(db, { tenant, request: { id: request.id, tenantId: tenant.id }, owner: teamMember });
  const page = `/team/casussen/${opened.id}`;
  expect(
    (await post(teamMember, page, `${page}/notities`, { notitie: 'Samen de brieven gesorteerd.' })).statusCode,
  ).toBe(303);
  return { resident, request, caseId: opened.id };
}

/** The resident invites the listed supporter through the form, sharing `delen`; the link from the mail. */
async function inviteListed(resident: TestUser, delen: string) {
  const before = t.mails.length;
  const response = await post(resident, '/mijn/ondersteuner', '/mijn/ondersteuner', { wie: listed.id, delen });
  expect(response.statusCode).toBe(200);
  const mail = t.mails.slice(before).find((m) => m.to === listed.email);
  const link = /\/ondersteuner\/uitnodiging\/[\w-]+/.exec(mail?.text ?? '')?.[0];
  expect(link).toBeDefined();
  // The page also shows the link, for the resident to pass on themselves.
  expect(response.body).toContain(link);
  return link!;
}

/** The listed supporter opens the link and accepts, through the page as a browser does. */
async function accept(link: string) {
  const { csrf, cookie } = await formToken(t, link);
  const accepted = await postForm(t, link, { _csrf: csrf }, cookie);
  expect(accepted.statusCode).toBe(200);
  expect(accepted.body).toContain('Uitnodiging aangenomen');
}

/** Invited and accepted: the supporter now supports the resident. */
const supportedBy = async (resident: TestUser, delen: string) => accept(await inviteListed(resident, delen));

describe('inviting a client supporter', () => {
  it('records the invitation and a consent per shared part, given digitally by the resident', async () => {
    const { resident, caseId } = await residentWithCase();
    await inviteListed(resident, 'hulpvraag');
    const consents = await t.database.db
      .selectFrom('consents')
      .selectAll()
      .where('subject_user_id', '=', resident.id)
      .execute();
    expect(consents).toEqual([
      expect.objectContaining({
        kind: 'toestemming',
        category: 'hulpvraag',
        recipient_kind: 'persoon',
        recipient_user_id: listed.id,
        given_how: 'digitaal',
        recorded_by_user_id: null,
        purpose: 'ondersteuning',
      }),
    ]);
    // The resident sees it among their consents, in plain words; the team on the case page.
    const overview = await get(resident, '/mijn/toestemmingen');
    expect(overview.body).toContain('Je hebt toestemming gegeven aan Olga Steun om je hulpvraag te zien');
    expect((await get(teamMember, `/team/casussen/${caseId}`)).body).toContain('Olga Steun · je hulpvraag');
  });

  it('inviting the same supporter again shares more in the same invitation, with a new link', async () => {
    const { resident } = await residentWithCase();
    const first = await inviteListed(resident, 'hulpvraag');
    const second = await inviteListed(resident, 'dossier');
    expect(second).not.toBe(first);
    expect((await t.app.inject({ method: 'GET', url: first })).statusCode).toBe(404);
    const invitations = await t.database.db
      .selectFrom('support_invitations')
      .select('categories')
      .where('resident_user_id', '=', resident.id)
      .execute();
    expect(invitations).toEqual([{ categories: ['hulpvraag', 'dossier'] }]);
    // One consent per part, none twice, also when a part is asked again.
    await inviteListed(resident, 'hulpvraag');
    const consents = await t.database.db
      .selectFrom('consents')
      .select('category')
      .where('subject_user_id', '=', resident.id)
      .orderBy('category')
      .execute();
    expect(consents.map((c) => c.category)).toEqual(['dossier', 'hulpvraag']);
  });

  it('refuses a form without a choice or without anything to share, keeping what was typed', async () => {
    const { resident } = await residentWithCase();
    const response = await post(resident, '/mijn/ondersteuner', '/mijn/ondersteuner', {
      wie: 'zelf',
      naam: 'Kees Naast',
      email: 'geen-adres',
    });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('Vul een geldig e-mailadres in');
    expect(response.body).toContain('Kies minstens één ding dat je wilt delen.');
    expect(response.body).toContain('value="Kees Naast"');
    const invitations = await t.database.db
      .selectFrom('support_invitations')
      .select('id')
      .where('resident_user_id', '=', resident.id)
      .execute();
    expect(invitations).toEqual([]);
    // A supporter id that is not on the municipality's list (a team member's) is refused too.
    const tampered = await post(resident, '/mijn/ondersteuner', '/mijn/ondersteuner', {
      wie: teamMember.id,
      delen: 'hulpvraag',
    });
    expect(tampered.statusCode).toBe(400);
    expect(tampered.body).toContain('Kies een cliëntondersteuner uit de lijst');
  });
});

describe('the supporter reads only what was shared', () => {
  it('shows the shared request and not the dossier, and logs each look for the resident', async () => {
    const { resident } = await residentWithCase();
    const link = await inviteListed(resident, 'hulpvraag');
    // Invited, not yet accepted: the supporter does not have the resident in their list.
    expect((await get(listed, `/ondersteuner/bewoners/${resident.id}`)).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: link })).body).toContain('Uitnodiging aannemen');
    await accept(link);
    const watch = accessLogWatch(t);
    const before = await watch.lastLogId();
    const page = await get(listed, `/ondersteuner/bewoners/${resident.id}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain(STORY);
    expect(page.body).not.toContain('Samen de brieven gesorteerd.');
    // Never shared, so not even named.
    expect(page.body).not.toContain('Dossier bij het wijkteam');
    const rows = await watch.logSince(before, logColumns);
    expect(rows).toContainEqual(
      expect.objectContaining({ subject_user_id: resident.id, category: 'hulpvraag', outcome: 'toegestaan' }),
    );
    expect(rows.filter((r) => r.category === 'dossier')).toEqual([]);
    // A direct read of the dossier is refused by the gate, and the refusal is the resident's to see.
    await expect(readSharedDossier(t.database.db, actorOf(listed), resident.id, 'clientondersteuning')).rejects.toThrow(
      AccessDeniedError,
    );
    expect(await watch.logSince(before, logColumns)).toContainEqual(
      expect.objectContaining({
        actor_user_id: listed.id,
        subject_user_id: resident.id,
        category: 'dossier',
        outcome: 'geweigerd',
        refusal_reason: 'geen_toestemming',
      }),
    );
  });

  it('shows the dossier with its timeline when the resident shares it', async () => {
    const { resident } = await residentWithCase();
    await supportedBy(resident, 'dossier');
    const page = await get(listed, `/ondersteuner/bewoners/${resident.id}`);
    expect(page.body).toContain('Samen de brieven gesorteerd.');
    expect(page.body).toContain('Sanne Wijk');
    expect(page.body).not.toContain(STORY);
  });

  it('shows the plan when shared, with its PDF; after withdrawal the PDF is refused and logged', async () => {
    const { resident } = await residentWithCase();
    await saveGoal(t.database.db, actorOf(resident), 'eigen', null, {
      domainKey: 'financien',
      goal: 'Ik wil mijn brieven zelf kunnen lezen.',
      wentWell: '',
    });
    await supportedBy(resident, 'plan');
    const page = await get(listed, `/ondersteuner/bewoners/${resident.id}`);
    expect(page.body).toContain('Ik wil mijn brieven zelf kunnen lezen.');
    expect(page.body).not.toContain(STORY);
    // They write a goal together; an empty one is refused beside the field.
    const residentPage = `/ondersteuner/bewoners/${resident.id}`;
    const empty = await post(listed, residentPage, `${residentPage}/plan/doel`, {
      domein: 'sociaal_netwerk',
      doel: '',
    });
    expect(empty.statusCode).toBe(400);
    expect(empty.body).toContain('Schrijf op wat je wilt bereiken, in je eigen woorden.');
    const written = await post(listed, residentPage, `${residentPage}/plan/doel`, {
      domein: 'sociaal_netwerk',
      doel: 'Ik wil een keer per week koffie drinken in het buurthuis.',
    });
    expect(written.statusCode).toBe(303);
    expect((await get(resident, '/mijn/plan')).body).toContain(
      'Ik wil een keer per week koffie drinken in het buurthuis.',
    );
    const pdf = await get(listed, `/ondersteuner/bewoners/${resident.id}/plan.pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');

    const consent = await t.database.db
      .selectFrom('consents')
      .select('id')
      .where('subject_user_id', '=', resident.id)
      .where('category', '=', 'plan')
      .executeTakeFirstOrThrow();
    await post(resident, '/mijn/toestemmingen', `/mijn/toestemmingen/${consent.id}/intrekken`, {});
    const watch = accessLogWatch(t);
    const before = await watch.lastLogId();
    expect((await get(listed, `/ondersteuner/bewoners/${resident.id}/plan.pdf`)).statusCode).toBe(403);
    expect(await watch.logSince(before, logColumns)).toContainEqual(
      expect.objectContaining({ subject_user_id: resident.id, category: 'plan', refusal_reason: 'geen_toestemming' }),
    );
    expect((await get(listed, `/ondersteuner/bewoners/${resident.id}`)).body).not.toContain('Ik wil mijn brieven');
  });

  it('shows another resident, who did not invite them, as not found, and logs the attempt', async () => {
    const { resident } = await residentWithCase();
    const watch = accessLogWatch(t);
    const before = await watch.lastLogId();
    expect((await get(listed, `/ondersteuner/bewoners/${resident.id}`)).statusCode).toBe(404);
    expect(await watch.logSince(before, logColumns)).toContainEqual(
      expect.objectContaining({ subject_user_id: resident.id, category: 'ondersteuning', outcome: 'geweigerd' }),
    );
  });

  it('sees nothing more once the resident withdraws the consent, or stops the support', async () => {
    const { resident } = await residentWithCase();
    await supportedBy(resident, 'hulpvraag');
    expect((await get(listed, `/ondersteuner/bewoners/${resident.id}`)).body).toContain(STORY);
    const consent = await t.database.db
      .selectFrom('consents')
      .select('id')
      .where('subject_user_id', '=', resident.id)
      .executeTakeFirstOrThrow();
    await post(resident, '/mijn/toestemmingen', `/mijn/toestemmingen/${consent.id}/intrekken`, {});
    const after = await get(listed, `/ondersteuner/bewoners/${resident.id}`);
    expect(after.statusCode).toBe(200);
    expect(after.body).not.toContain(STORY);
    expect(after.body).toContain('Niet gedeeld');

    const invitation = await t.database.db
      .selectFrom('support_invitations')
      .select('id')
      .where('resident_user_id', '=', resident.id)
      .executeTakeFirstOrThrow();
    expect((await get(listed, '/ondersteuner')).body).toContain(`/ondersteuner/bewoners/${resident.id}`);
    const stopped = await post(resident, '/mijn/ondersteuner', `/mijn/ondersteuner/${invitation.id}/stoppen`, {});
    expect(stopped.headers.location).toBe('/mijn/ondersteuner?gestopt=1');
    expect((await get(listed, `/ondersteuner/bewoners/${resident.id}`)).statusCode).toBe(404);
    expect((await get(listed, '/ondersteuner')).body).not.toContain(`/ondersteuner/bewoners/${resident.id}`);
  });

  it('stopping withdraws every consent to that supporter; another resident cannot stop it', async () => {
    const { resident } = await residentWithCase();
    const other = await makeUser(t.database.db, tenant, 'bewoner');
    await inviteListed(resident, 'dossier');
    const invitation = await t.database.db
      .selectFrom('support_invitations')
      .select('id')
      .where('resident_user_id', '=', resident.id)
      .executeTakeFirstOrThrow();
    const foreign = await post(other, '/mijn/ondersteuner', `/mijn/ondersteuner/${invitation.id}/stoppen`, {});
    expect(foreign.statusCode).toBe(404);
    await post(resident, '/mijn/ondersteuner', `/mijn/ondersteuner/${invitation.id}/stoppen`, {});
    const open = await t.database.db
      .selectFrom('consents')
      .select('id')
      .where('subject_user_id', '=', resident.id)
      .where('withdrawn_at', 'is', null)
      .execute();
    expect(open).toEqual([]);
  });
});

describe('a supporter the resident names themselves', () => {
  it('gets an account by accepting the link and a mail to choose a password, then reads the shared part', async () => {
    const { resident } = await residentWithCase();
    const result = await inviteSupporter(
      t.app.ctx,
      tenant,
      actorOf(resident),
      { kind: 'zelf', name: 'Kees Naast', email: 'Kees.Naast@example.nl' },
      ['hulpvraag'],
    );
    expect(result.ok).toBe(true);
    const link = result.ok ? result.link : '';
    const path = new URL(link).pathname;
    const shown = await t.app.inject({ method: 'GET', url: path });
    expect(shown.body).toContain('Annie vraagt Kees Naast');
    // Not accepted yet: the consent names an address, not an account, so nobody reads with it.
    const consentBefore = await t.database.db
      .selectFrom('consents')
      .select('recipient_user_id')
      .where('subject_user_id', '=', resident.id)
      .executeTakeFirstOrThrow();
    expect(consentBefore.recipient_user_id).toBeNull();

    const mailsBefore = t.mails.length;
    const token = path.split('/').pop()!;
    expect(await acceptInvitation(t.app.ctx, token)).toEqual({ ok: true, newAccount: true });
    const account = await t.database.db
      .selectFrom('users')
      .select(['id', 'role', 'display_name'])
      .where('tenant_id', '=', tenant.id)
      .where('email', '=', 'Kees.Naast@example.nl')
      .executeTakeFirstOrThrow();
    expect(account).toMatchObject({ role: 'clientondersteuner', display_name: 'Kees Naast' });
    expect(t.mails.slice(mailsBefore)).toEqual([
      expect.objectContaining({ to: 'Kees.Naast@example.nl', text: expect.stringContaining('/inloggen/wachtwoord/') }),
    ]);
    const consentAfter = await t.database.db
      .selectFrom('consents')
      .select('recipient_user_id')
      .where('subject_user_id', '=', resident.id)
      .executeTakeFirstOrThrow();
    expect(consentAfter.recipient_user_id).toBe(account.id);
    const kees = { ...listed, id: account.id, email: 'Kees.Naast@example.nl', displayName: 'Kees Naast' };
    expect((await get(kees, `/ondersteuner/bewoners/${resident.id}`)).body).toContain(STORY);
    // A person one resident chose is not offered to other residents as on the municipality's list.
    const other = await makeUser(t.database.db, tenant, 'bewoner');
    const offered = await get(other, '/mijn/ondersteuner');
    expect(offered.body).toContain(`value="${listed.id}"`);
    expect(offered.body).not.toContain(`value="${account.id}"`);
    // Accepting twice changes nothing and makes no second account.
    expect(await acceptInvitation(t.app.ctx, token)).toEqual({ ok: true, newAccount: false });
  });

  it('refuses an address that belongs to a resident or a team member, and a wrong link', async () => {
    const { resident } = await residentWithCase();
    const result = await inviteSupporter(
      t.app.ctx,
      tenant,
      actorOf(resident),
      { kind: 'zelf', name: 'Sanne', email: teamMember.email },
      ['hulpvraag'],
    );
    const path = result.ok ? new URL(result.link).pathname : '';
    const accepted = await postForm(t, path, {}, '');
    // No CSRF token: refused before anything happens.
    expect(accepted.statusCode).toBe(403);
    expect(await acceptInvitation(t.app.ctx, path.split('/').pop()!)).toEqual({ ok: false, reason: 'ander_account' });
    expect((await t.app.inject({ method: 'GET', url: '/ondersteuner/uitnodiging/geen-geldige-link' })).statusCode).toBe(
      404,
    );
  });
});

describe('complaints and objections', () => {
  it('a supporter files one with consent; the team handles it; the resident follows every step', async () => {
    const { resident } = await residentWithCase();
    await supportedBy(resident, 'klacht');
    const form = `/ondersteuner/bewoners/${resident.id}/klacht`;
    const filed = await post(listed, form, form, {
      soort: 'klacht',
      over: 'Niemand belde terug',
      wat: 'Ik heb drie keer gebeld en niemand belde terug.',
      wens: 'Een vaste contactpersoon.',
    });
    expect(filed.statusCode).toBe(303);
    const complaint = await t.database.db
      .selectFrom('complaints')
      .selectAll()
      .where('resident_user_id', '=', resident.id)
      .executeTakeFirstOrThrow();
    expect(complaint).toMatchObject({ filed_by_user_id: listed.id, status: 'ontvangen', kind: 'klacht' });

    const teamPage = `/team/klachten/${complaint.id}`;
    expect((await get(director, '/team/klachten')).body).toContain('Niemand belde terug');
    const missing = await post(director, teamPage, teamPage, { stap: 'afgehandeld', bericht: '' });
    expect(missing.statusCode).toBe(400);
    expect(missing.body).toContain('Schrijf het antwoord op. De bewoner leest het.');
    await post(director, teamPage, teamPage, { stap: 'in_behandeling', bericht: 'Ik bel je deze week.' });
    await post(director, teamPage, teamPage, { stap: 'afgehandeld', bericht: 'Sanne is nu je vaste contactpersoon.' });

    const followed = await get(resident, `/mijn/klachten/${complaint.id}`);
    expect(followed.statusCode).toBe(200);
    for (const text of ['Ontvangen', 'In behandeling', 'Ik bel je deze week.', 'Sanne is nu je vaste contactpersoon.'])
      expect(followed.body).toContain(text);
    expect(followed.body).toContain('door Olga Steun, samen met Annie Vos');
    expect((await get(resident, '/mijn/klachten')).body).toContain('Afgehandeld');
  });

  it('refuses a supporter without consent, a team member who is no handler, and another resident', async () => {
    const { resident } = await residentWithCase();
    const other = await makeUser(t.database.db, tenant, 'bewoner');
    await supportedBy(resident, 'hulpvraag');
    const form = `/ondersteuner/bewoners/${resident.id}/klacht`;
    expect((await get(listed, form)).statusCode).toBe(403);
    await expect(
      fileComplaint(t.database.db, actorOf(listed), resident.id, {
        kind: 'klacht',
        about: 'x',
        whatHappened: 'y',
        wish: '',
      }),
    ).rejects.toThrow(AccessDeniedError);
    const id = await fileComplaint(t.database.db, actorOf(resident), resident.id, {
      kind: 'bezwaar',
      about: 'Het besluit over mijn hulp',
      whatHappened: 'Ik ben het er niet mee eens.',
      wish: '',
    });
    expect((await get(teamMember, `/team/klachten/${id}`)).statusCode).toBe(403);
    expect((await get(other, `/mijn/klachten/${id}`)).statusCode).toBe(404);
    expect((await get(other, '/mijn/klachten')).body).not.toContain('Het besluit over mijn hulp');
  });

  it('the team’s list logs a row for every resident it shows, as complaints', async () => {
    const residents = [(await residentWithCase()).resident, (await residentWithCase()).resident];
    for (const r of residents)
      await fileComplaint(t.database.db, actorOf(r), r.id, {
        kind: 'klacht',
        about: `Over ${r.id}`,
        whatHappened: 'Niemand belde terug.',
        wish: '',
      });
    const watch = accessLogWatch(t);
    const before = await watch.lastLogId();
    const list = await get(director, '/team/klachten');
    for (const r of residents) expect(list.body).toContain(`Over ${r.id}`);
    const rows = await watch.logSince(before, logColumns);
    for (const r of residents)
      expect(rows).toContainEqual(
        expect.objectContaining({ actor_user_id: director.id, subject_user_id: r.id, category: 'klacht' }),
      );
  });
});
