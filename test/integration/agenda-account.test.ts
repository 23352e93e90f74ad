// The team's public account (issue 14, helper B): results from accepted proposals, updates on the timeline through
// the step table, following by account and by confirmed e-mail, one mail per update, a stop link that stops, and a
// public page that never shows an e-mail address or a full name. A resident cannot post updates.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../src/kernel/access/gate.js';
import type { Tenant } from '../../src/kernel/tenancy/queries.js';
import { NotAcceptedError, ResultStepError } from '../../src/modules/agenda/commands/results.js';
import { createResult, postUpdate, sendProgressMails } from '../../src/modules/agenda/index.js';
import { asPerson, formToken, postForm, type TestApp, testApp } from '../support/app.js';
import { makeTenant, makeUser, type TestUser } from '../support/factories.js';

let t: TestApp;
let tenant: Tenant;
let worker: TestUser;
let resident: TestUser;
let wijkId: string;
let resultId: string;

const asActor = (u: TestUser): Actor => ({ kind: 'user', userId: u.id, tenantId: u.tenantId, role: u.role });

/** An accepted proposal, as helper A's commands would leave it. */
async function acceptedProposal(title: string): Promise<string> {
  const row = await t.database.db
    .insertInto('agenda_proposals')
    .values({
      tenant_id: tenant.id,
      reference: `WA-${Math.random().toString(36).slice(2, 8)}`,
      neighbourhood_id: wijkId,
      title,
      what: 'Een bankje bij de speeltuin.',
      proposer_user_id: resident.id,
      status: 'beantwoord',
      answer: 'aangenomen',
      answer_text: 'Goed idee.',
      answered_at: new Date(),
      answer_due_at: new Date(Date.now() + 86400_000),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await t.database.db
    .insertInto('agenda_proposal_events')
    .values([
      {
        tenant_id: tenant.id,
        proposal_id: row.id,
        kind: 'ingediend',
        from_status: null,
        to_status: 'ingediend',
        actor_user_id: null,
        meeting_id: null,
      },
      {
        tenant_id: tenant.id,
        proposal_id: row.id,
        kind: 'beantwoord',
        from_status: 'ingediend',
        to_status: 'beantwoord',
        actor_user_id: worker.id,
        text: 'Goed idee.',
        meeting_id: null,
      },
    ])
    .execute();
  return row.id;
}

beforeAll(async () => {
  t = await testApp({ NABIJ_GEMEENTE: 'verantwoorddorp', NABIJ_FORM_RATE_LIMIT: '100000' });
  const db = t.database.db;
  tenant = await makeTenant(db, 'verantwoorddorp', 'Verantwoorddorp');
  wijkId = (
    await db.selectFrom('neighbourhoods').select('id').where('tenant_id', '=', tenant.id).executeTakeFirstOrThrow()
  ).id;
  worker = await makeUser(db, tenant, 'opbouwwerker', { displayName: 'Joost van der Berg' });
  resident = await makeUser(db, tenant, 'bewoner', { displayName: 'Ria Bewonersma', email: 'ria@voorbeeld.nl' });
  const proposalId = await acceptedProposal('Bankje bij de speeltuin');
  resultId = await createResult(db, asActor(worker), {
    proposalId,
    neighbourhoodId: null,
    title: 'Een bankje bij de speeltuin',
    description: 'We zetten samen met bewoners een bankje neer.',
    ownerUserId: worker.id,
    startsOn: '2026-01-10',
    endsOn: '2026-06-30',
  });
});

afterAll(async () => t.close());

describe('results', () => {
  it('refuses a second result for the same proposal and a proposal that is not accepted', async () => {
    const result = await t.database.db
      .selectFrom('agenda_results')
      .select('proposal_id')
      .where('id', '=', resultId)
      .executeTakeFirstOrThrow();
    const input = {
      neighbourhoodId: null,
      title: 'x',
      description: '',
      ownerUserId: worker.id,
      startsOn: null,
      endsOn: null,
    };
    await expect(
      createResult(t.database.db, asActor(worker), { ...input, proposalId: result.proposal_id }),
    ).rejects.toThrow();
    const other = await t.database.db
      .insertInto('agenda_proposals')
      .values({
        tenant_id: tenant.id,
        reference: 'WA-OPEN01',
        neighbourhood_id: wijkId,
        title: 'Nog open',
        what: 'x',
        proposer_user_id: null,
        status: 'ingediend',
        answer: null,
        answered_at: null,
        answer_due_at: new Date(Date.now() + 86400_000),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await expect(createResult(t.database.db, asActor(worker), { ...input, proposalId: other.id })).rejects.toThrow(
      NotAcceptedError,
    );
  });

  it('refuses a step the table does not allow (gepland → klaar)', async () => {
    await expect(
      postUpdate(t.database.db, asActor(worker), resultId, { text: 'Klaar!', progress: 100, status: 'klaar' }),
    ).rejects.toBeInstanceOf(ResultStepError);
  });

  it('lets a resident not post an update: 403', async () => {
    const page = await asPerson(t).get(resident, `/team/verantwoording/${resultId}`);
    expect(page.statusCode).toBe(403);
    const response = await asPerson(t).post(resident, '/verantwoording', `/team/verantwoording/${resultId}`, {
      actie: 'nieuws',
      tekst: 'Hack',
      voortgang: '90',
    });
    expect(response.statusCode).toBe(403);
    await expect(
      postUpdate(t.database.db, asActor(resident), resultId, { text: 'Hack', progress: 90, status: null }),
    ).rejects.toThrow();
    const updates = await t.database.db
      .selectFrom('agenda_updates')
      .select('id')
      .where('result_id', '=', resultId)
      .execute();
    expect(updates).toHaveLength(0);
  });

  it('the team posts an update with progress through the page', async () => {
    const response = await asPerson(t).post(
      worker,
      `/team/verantwoording/${resultId}`,
      `/team/verantwoording/${resultId}`,
      {
        actie: 'nieuws',
        tekst: 'Het bankje is besteld.',
        voortgang: '40',
        status: 'bezig',
      },
    );
    expect(response.statusCode).toBe(303);
    const result = await t.database.db
      .selectFrom('agenda_results')
      .select(['progress', 'status'])
      .where('id', '=', resultId)
      .executeTakeFirstOrThrow();
    expect(result).toEqual({ progress: 40, status: 'bezig' });
  });

  it('gives a Dutch message beside the field for a progress over 100', async () => {
    const response = await asPerson(t).post(
      worker,
      `/team/verantwoording/${resultId}`,
      `/team/verantwoording/${resultId}`,
      {
        actie: 'nieuws',
        tekst: 'Te veel.',
        voortgang: '140',
      },
    );
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('Vul een heel getal van 0 tot en met 100 in');
  });
});

describe('following and progress mails', () => {
  it('a visitor follows by e-mail, confirms, gets one mail per update, and stops by the link', async () => {
    await sendProgressMails(t.app.ctx); // what was posted before anyone followed
    t.mails.length = 0;
    const { csrf, cookie } = await formToken(t, `/verantwoording/${resultId}`);
    const follow = await postForm(
      t,
      `/verantwoording/${resultId}/volgen`,
      { _csrf: csrf, email: 'volger@voorbeeld.nl' },
      cookie,
    );
    expect(follow.statusCode).toBe(303);
    expect(t.mails).toHaveLength(1);
    const confirm = /\/verantwoording\/bevestigen\/([A-Za-z0-9_-]+)/.exec(t.mails[0]!.text)?.[1];
    expect(confirm).toBeDefined();
    expect(t.mails[0]!.subject).not.toContain('volger@');

    // Not confirmed: no mail about an update.
    await postUpdate(t.database.db, asActor(worker), resultId, { text: 'Eerste nieuws.', progress: 50, status: null });
    t.mails.length = 0;
    expect(await sendProgressMails(t.app.ctx)).toBe(0);

    const page = await formToken(t, `/verantwoording/bevestigen/${confirm}`);
    const confirmed = await postForm(t, `/verantwoording/bevestigen/${confirm}`, { _csrf: page.csrf }, page.cookie);
    expect(confirmed.statusCode).toBe(200);

    await postUpdate(t.database.db, asActor(worker), resultId, {
      text: 'Het bankje staat er.',
      progress: 90,
      status: null,
    });
    expect(await sendProgressMails(t.app.ctx)).toBe(1);
    expect(t.mails).toHaveLength(1);
    expect(t.mails[0]!.text).toContain('Een bankje bij de speeltuin');
    expect(t.mails[0]!.text).toContain('Het bankje staat er.');
    expect(t.mails[0]!.subject).toBe('Nieuws over een resultaat dat je volgt');
    // A second run sends none.
    expect(await sendProgressMails(t.app.ctx)).toBe(0);

    const stop = /\/verantwoording\/stoppen\/([A-Za-z0-9_-]+)/.exec(t.mails[0]!.text)?.[1];
    const stopPage = await formToken(t, `/verantwoording/stoppen/${stop}`);
    expect(
      (await postForm(t, `/verantwoording/stoppen/${stop}`, { _csrf: stopPage.csrf }, stopPage.cookie)).statusCode,
    ).toBe(200);
    await postUpdate(t.database.db, asActor(worker), resultId, {
      text: 'Nog meer nieuws.',
      progress: null,
      status: null,
    });
    t.mails.length = 0;
    expect(await sendProgressMails(t.app.ctx)).toBe(0);
    expect(t.mails).toHaveLength(0);
  });

  it('a signed-in resident follows with their account and gets the mail at their account address', async () => {
    const response = await asPerson(t).post(
      resident,
      `/verantwoording/${resultId}`,
      `/verantwoording/${resultId}/volgen`,
      {},
    );
    expect(response.statusCode).toBe(303);
    await postUpdate(t.database.db, asActor(worker), resultId, {
      text: 'Er komt een tweede bankje.',
      progress: null,
      status: null,
    });
    t.mails.length = 0;
    expect(await sendProgressMails(t.app.ctx)).toBe(1);
    expect(t.mails[0]!.to).toBe('ria@voorbeeld.nl');
    const log = await t.database.db
      .selectFrom('access_log')
      .select(['category', 'action'])
      .where('subject_user_id', '=', resident.id)
      .where('category', '=', 'volger')
      .execute();
    expect(log.map((r) => r.action)).toEqual(expect.arrayContaining(['create', 'search']));
  });

  it('the invalid address gets its message beside the field, not a 500', async () => {
    const { csrf, cookie } = await formToken(t, `/verantwoording/${resultId}`);
    const response = await postForm(
      t,
      `/verantwoording/${resultId}/volgen`,
      { _csrf: csrf, email: 'geen-adres' },
      cookie,
    );
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('Vul een geldig e-mailadres in');
  });
});

describe('the public account', () => {
  it('shows results per wijk with progress, status, first name and role; never an e-mail or full name', async () => {
    for (const url of [
      '/verantwoording',
      `/verantwoording/${resultId}`,
      `/verantwoording/jaarverslag/${new Date().getUTCFullYear()}`,
    ]) {
      const page = await t.app.inject({ url });
      expect(page.statusCode, url).toBe(200);
      expect(page.body).not.toContain('Joost van der Berg');
      expect(page.body).not.toContain('Bewonersma');
      expect(page.body).not.toMatch(/[a-z0-9.-]+@[a-z0-9.-]+\.[a-z]+/i);
    }
    const list = await t.app.inject({ url: '/verantwoording' });
    expect(list.body).toContain('Joost, opbouwwerker');
    expect(list.body).toMatch(/<progress[^>]*value="90"/);
    const detail = await t.app.inject({ url: `/verantwoording/${resultId}` });
    expect(detail.body).toContain('Voorstel ingediend');
    expect(detail.body).toContain('Het bankje staat er.');
  });
});

describe('the yearly report', () => {
  it('shows the published figures per quarter through the monitor’s suppression, never a small count', async () => {
    const db = t.database.db;
    const year = new Date().getUTCFullYear();
    const url = `/verantwoording/jaarverslag/${year}`;
    const row = (figure: string, wijk: string, n: number) => ({
      tenant_id: tenant.id,
      figure_key: figure,
      period_kind: 'kwartaal' as const,
      period_start: `${year}-04-01`,
      wijk,
      n,
      value: null,
    });
    await db
      .insertInto('monitor_values')
      .values([
        row('initiatieven', wijkId, 4),
        row('initiatieven', 'onbekend', 36),
        row('initiatieven', 'gemeente', 40),
        row('vrijwilligers_actief', wijkId, 123),
        row('vrijwilligers_actief', 'onbekend', 50),
        row('vrijwilligers_actief', 'gemeente', 173),
      ])
      .execute();
    // Nothing published yet: no figures at all.
    expect((await t.app.inject({ url })).body).toContain('De cijfers van dit jaar zijn nog niet openbaar.');
    await db
      .insertInto('monitor_settings')
      .values({ tenant_id: tenant.id, published_through: `${year}-12-31`, refreshed_at: null, updated_by: null })
      .onConflict((oc) => oc.column('tenant_id').doUpdateSet({ published_through: `${year}-12-31` }))
      .execute();
    const page = await t.app.inject({ url });
    expect(page.statusCode).toBe(200);
    const initiatives =
      /<th[^>]*scope="row"[^>]*>Activiteiten en initiatieven op de sociale kaart<\/th>(.*?)<\/tr>/.exec(
        page.body,
      )?.[1] ?? '';
    expect(initiatives).toContain('minder dan 10');
    expect(initiatives).not.toMatch(/>4</);
    expect(page.body).toMatch(/>123</);
    expect(page.body).toContain('Bankje bij de speeltuin');
  });
});
