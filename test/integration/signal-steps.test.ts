// The core of signals: a signal is received with its urgency and deadlines, danger makes it spoed and alerts the
// team, and it moves only by the steps the table in states.ts allows, only by the team's professionals, each step
// written down with who and why, the reporter told in a standard text, and every look logged under the signal.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AccessDeniedError, type Actor } from '../../src/kernel/access/gate.js';
import { setTeamContact, type Tenant } from '../../src/kernel/tenancy/queries.js';
import { findSignal, moveSignal, StepNotAllowedError, submitSignal } from '../../src/modules/signals/index.js';
import { type TestApp, testApp } from '../support/app.js';
import { makeTenant, makeUser, type TestUser } from '../support/factories.js';

let t: TestApp;
let tenant: Tenant;
let teamMember: TestUser;
let volunteer: TestUser;
let communityWorker: TestUser;

const asActor = (u: TestUser): Actor => ({ kind: 'user', userId: u.id, tenantId: u.tenantId, role: u.role });
const nabij = (): Actor => ({ kind: 'system', tenantId: tenant.id, process: 'signaal' });
const ctx = () => t.app.ctx;

beforeAll(async () => {
  t = await testApp({ NABIJ_GEMEENTE: 'signaaldorp' });
  const db = t.database.db;
  tenant = await makeTenant(db, 'signaaldorp', 'Signaaldorp');
  await setTeamContact(db, tenant.id, { phone: '030 123 45 67', email: 'team@signaaldorp.example' });
  tenant = { ...tenant, teamEmail: 'team@signaaldorp.example', teamPhone: '030 123 45 67' };
  teamMember = await makeUser(db, tenant, 'wijkteamlid', { displayName: 'Sanne Wijk' });
  volunteer = await makeUser(db, tenant, 'vrijwilliger', { displayName: 'Vera Vrij' });
  communityWorker = await makeUser(db, tenant, 'opbouwwerker', { displayName: 'Omar Opbouw' });
});
afterAll(() => t.close());

const worry = {
  kind: 'persoon' as const,
  topic: 'oudere_alleen' as const,
  whatSeen: 'Mijn buurman doet al een week de gordijnen niet meer open en de post stapelt zich op.',
  sinceWhen: 'Sinds vorige week',
  street: 'Lindelaan',
  postcode: '3532',
  personKnows: 'nee' as const,
  reporterUserId: null,
  reporterRole: 'bewoner' as const,
  reporterName: 'Els',
  reporterEmail: 'els@example.org',
  reporterWantsMail: true,
};

describe('receiving a signal', () => {
  it('gives a worry about an older person living alone a term of a day, and the reporter a status link', async () => {
    const before = t.mails.length;
    const made = new Date('2026-12-07T09:00:00Z');
    const signal = await submitSignal(ctx(), tenant, nabij(), worry, made);
    expect(signal.urgency).toBe('hoog');
    expect(signal.reference).toMatch(/^SG-[A-Z2-9]{5}$/);
    const row = await t.database.db
      .selectFrom('signals')
      .selectAll()
      .where('id', '=', signal.id)
      .executeTakeFirstOrThrow();
    expect(row.status).toBe('gemeld');
    expect(row.postcode).toBe('3532');
    expect(row.due_at.toISOString()).toBe('2026-12-08T09:00:00.000Z');
    expect(row.second_due_at.toISOString()).toBe('2026-12-10T09:00:00.000Z');
    const mails = t.mails.slice(before);
    expect(mails.map((m) => m.to)).toEqual(['els@example.org']);
    expect(mails[0]?.text).toContain(`/signaal/status/${signal.statusToken}`);
    expect(mails[0]?.text).not.toContain('gordijnen');
  });

  it('makes a signal spoed on danger in the text, and alerts the team without the story', async () => {
    const before = t.mails.length;
    const signal = await submitSignal(ctx(), tenant, nabij(), {
      ...worry,
      topic: 'geldzorgen',
      whatSeen: 'Ik hoor de buurman vaak schreeuwen en vanavond zei hij dat hij er een eind aan wil maken.',
      reporterEmail: null,
    });
    expect(signal.urgency).toBe('spoed');
    expect(signal.dangerReasons.length).toBeGreaterThan(0);
    const alert = t.mails.slice(before).find((m) => m.to === 'team@signaaldorp.example');
    expect(alert?.subject).toBe(`SPOED: signaal ${signal.reference}`);
    expect(alert?.text).not.toContain('eind aan');
  });

  it('reads a neighbourhood signal for danger as well', async () => {
    const street = { ...worry, kind: 'buurt' as const, topic: 'jongeren' as const, reporterEmail: null };
    const bored = await submitSignal(ctx(), tenant, nabij(), {
      ...street,
      whatSeen: 'Jongeren op het plein vervelen zich. Er is niets voor ze in de buurt.',
    });
    expect(bored.urgency).toBe('normaal');
    const threat = await submitSignal(ctx(), tenant, nabij(), {
      ...street,
      whatSeen: 'Jongeren bedreigen voorbijgangers met een mes bij het winkelcentrum.',
    });
    expect(threat.urgency).toBe('spoed');
  });

  it('makes a signal spoed when the reporter says there is danger now', async () => {
    const signal = await submitSignal(ctx(), tenant, nabij(), { ...worry, reporterSaysDanger: true });
    expect(signal.urgency).toBe('spoed');
    expect(signal.dangerReasons).toEqual(['De melder zei zelf dat er nu gevaar is.']);
  });
});

describe('the steps of a signal', () => {
  it('walks a worry from gemeld to afgesloten, each step with who and why, the reporter told each time', async () => {
    const { id } = await submitSignal(ctx(), tenant, nabij(), worry);
    const team = asActor(teamMember);
    const mailsBefore = t.mails.length;
    await moveSignal(ctx(), team, await findSignal(ctx(), team, id), { to: 'in_behandeling', reason: 'Ik ga langs' });
    await moveSignal(ctx(), team, await findSignal(ctx(), team, id), {
      to: 'erop_af_geweest',
      reason: 'Dinsdag aangebeld',
      visitResult: 'contact_gemaakt',
    });
    await moveSignal(ctx(), team, await findSignal(ctx(), team, id), {
      to: 'afgesloten',
      reason: 'Het gaat goed met hem; hij was op vakantie.',
      closingOutcome: 'ongegrond',
    });
    const steps = await t.database.db
      .selectFrom('signal_events')
      .select(['kind', 'from_status', 'to_status', 'actor_user_id', 'reason'])
      .where('signal_id', '=', id)
      .where('kind', '=', 'status')
      .orderBy('id')
      .execute();
    expect(steps.map((s) => [s.from_status, s.to_status])).toEqual([
      ['gemeld', 'in_behandeling'],
      ['in_behandeling', 'erop_af_geweest'],
      ['erop_af_geweest', 'afgesloten'],
    ]);
    expect(steps.every((s) => s.actor_user_id === teamMember.id && s.reason !== '')).toBe(true);
    const told = t.mails.slice(mailsBefore);
    expect(told).toHaveLength(3);
    expect(told[1]?.text).toContain('We zijn langs geweest. Meer kunnen we niet vertellen');
    expect(told.map((m) => m.text).join()).not.toContain('vakantie');
    const row = await t.database.db
      .selectFrom('signals')
      .select(['closing_outcome', 'closed_at', 'visit_result'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ closing_outcome: 'ongegrond', visit_result: 'contact_gemaakt' });
    expect(row.closed_at).not.toBeNull();
  });

  it('uses the text the team wrote for a step instead of the standard one', async () => {
    await t.database.db
      .insertInto('signal_status_texts')
      .values({ tenant_id: tenant.id, step: 'in_behandeling', text: 'Wij gaan ermee aan de slag.', updated_by: null })
      .execute();
    const { id } = await submitSignal(ctx(), tenant, nabij(), worry);
    const before = t.mails.length;
    const team = asActor(teamMember);
    await moveSignal(ctx(), team, await findSignal(ctx(), team, id), { to: 'in_behandeling', reason: 'Opgepakt' });
    expect(t.mails.slice(before)[0]?.text).toContain('Wij gaan ermee aan de slag.');
  });

  it('refuses a step the table does not have, and one that needs what is missing', async () => {
    const { id } = await submitSignal(ctx(), tenant, nabij(), worry);
    const team = asActor(teamMember);
    await expect(
      moveSignal(ctx(), team, await findSignal(ctx(), team, id), {
        to: 'erop_af_geweest',
        reason: 'x',
        visitResult: 'geen_contact',
      }),
    ).rejects.toBeInstanceOf(StepNotAllowedError);
    await expect(
      moveSignal(ctx(), team, await findSignal(ctx(), team, id), { to: 'afgesloten', reason: 'klaar' }),
    ).rejects.toMatchObject({ messageNl: 'Kies hoe het signaal afloopt.' });
    expect((await findSignal(ctx(), team, id)).status).toBe('gemeld');
  });

  it('refuses a step decided on a state that someone else moved on from', async () => {
    const { id } = await submitSignal(ctx(), tenant, nabij(), worry);
    const team = asActor(teamMember);
    const seen = await findSignal(ctx(), team, id);
    await moveSignal(ctx(), team, seen, { to: 'in_behandeling', reason: 'Eerste' });
    await expect(moveSignal(ctx(), team, seen, { to: 'in_behandeling', reason: 'Tweede' })).rejects.toBeInstanceOf(
      StepNotAllowedError,
    );
  });

  it('refuses a step on a worry about a person to a volunteer or a community worker, and logs it', async () => {
    const { id } = await submitSignal(ctx(), tenant, nabij(), worry);
    for (const outsider of [volunteer, communityWorker]) {
      const actor = asActor(outsider);
      await expect(
        moveSignal(ctx(), actor, await findSignal(ctx(), actor, id), { to: 'in_behandeling', reason: 'Ik' }),
      ).rejects.toBeInstanceOf(AccessDeniedError);
    }
    const refused = await t.database.db
      .selectFrom('access_log')
      .select(['actor_user_id', 'outcome', 'subject_request_id', 'category'])
      .where('subject_request_id', '=', id)
      .where('outcome', '=', 'geweigerd')
      .execute();
    expect(refused.map((r) => r.actor_user_id).sort()).toEqual([volunteer.id, communityWorker.id].sort());
    expect(refused.every((r) => r.category === 'signaal')).toBe(true);
  });

  it('lets the community worker take up a neighbourhood signal', async () => {
    const { id } = await submitSignal(ctx(), tenant, nabij(), {
      ...worry,
      kind: 'buurt',
      topic: 'jongeren',
      whatSeen: 'Op het pleintje hangen jongeren rond zonder iets te doen.',
      whatWouldHelp: 'Een plek voor ze, een voetbalkooi.',
    });
    const actor = asActor(communityWorker);
    await moveSignal(ctx(), actor, await findSignal(ctx(), actor, id), { to: 'in_behandeling', reason: 'Ik kijk' });
    expect((await findSignal(ctx(), actor, id)).status).toBe('in_behandeling');
  });

  it('lets the reporter reopen a closed signal, and nobody else act as the reporter', async () => {
    const { id } = await submitSignal(ctx(), tenant, nabij(), worry);
    const team = asActor(teamMember);
    await moveSignal(ctx(), team, await findSignal(ctx(), team, id), {
      to: 'afgesloten',
      reason: 'Dubbel',
      closingOutcome: 'dubbel',
    });
    await expect(
      moveSignal(ctx(), nabij(), await findSignal(ctx(), nabij(), id), { to: 'afgesloten', reason: 'x' }, 'melder'),
    ).rejects.toBeInstanceOf(StepNotAllowedError);
    await moveSignal(
      ctx(),
      nabij(),
      await findSignal(ctx(), nabij(), id),
      { to: 'in_behandeling', reason: 'De melder heeft niet het gevoel dat er iets mee gedaan is.' },
      'melder',
    );
    const row = await t.database.db
      .selectFrom('signals')
      .select(['status', 'closed_at', 'closing_outcome'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ status: 'in_behandeling', closed_at: null, closing_outcome: null });
  });

  it('answers a signal of another municipality as not found', async () => {
    const other = await makeTenant(t.database.db, 'anderdorp', 'Anderdorp');
    const { id } = await submitSignal(ctx(), other, { kind: 'system', tenantId: other.id, process: 'signaal' }, worry);
    await expect(findSignal(ctx(), asActor(teamMember), id)).rejects.toMatchObject({ code: 'niet_gevonden' });
  });

  it('logs every look at a worry about a person under the signal, for the person to read later', async () => {
    const { id } = await submitSignal(ctx(), tenant, nabij(), worry);
    const team = asActor(teamMember);
    await moveSignal(ctx(), team, await findSignal(ctx(), team, id), { to: 'in_behandeling', reason: 'Opgepakt' });
    const rows = await t.database.db
      .selectFrom('access_log')
      .select(['actor_role', 'action', 'outcome'])
      .where('subject_request_id', '=', id)
      .orderBy('chain_seq')
      .execute();
    expect(rows).toEqual([
      { actor_role: 'systeem:signaal', action: 'create', outcome: 'toegestaan' },
      { actor_role: 'wijkteamlid', action: 'update', outcome: 'toegestaan' },
    ]);
  });
});
