// The satisfaction questions (issue 14, deliver 4): one invitation per closed match, closed case and closed signal
// with an address, a second run sends nothing, the addresses are read through the gate; the page by the link stores
// the answers without any link to the invitation, refuses a used, expired or unknown link, and keeps bad input out.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureNeighbourhood, type Tenant } from '../../src/kernel/tenancy/queries.js';
import { sendSatisfactionInvitations } from '../../src/modules/monitor/index.js';
import { formToken, postForm, type TestApp, testApp } from '../support/app.js';
import { makeHelpRequest, makeTenant, makeUser } from '../support/factories.js';

let t: TestApp;
let tenant: Tenant;
let noord: string;
const now = new Date();
const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000).toISOString();
const linkOf = (text: string) => /\/tevredenheid\/[A-Za-z0-9_-]+/.exec(text)?.[0];

beforeAll(async () => {
  t = await testApp();
  const db = t.database.db;
  tenant = await makeTenant(db, 'tevreden', 'Tevreden');
  noord = (await ensureNeighbourhood(db, tenant.id, 'noord', 'Noord')).id;
  const area = await sql<{ id: string }>`INSERT INTO areas (tenant_id, neighbourhood_id, name)
    VALUES (${tenant.id}, ${noord}, 'Noord-1') RETURNING id`.execute(db);
  await sql`INSERT INTO area_postcodes (tenant_id, postcode_prefix, area_id)
    VALUES (${tenant.id}, '3532', ${area.rows[0]!.id})`.execute(db);
  const worker = await makeUser(db, tenant, 'wijkteamlid');

  // a match closed with an outcome, one still running, one closed long ago
  const asker = await makeHelpRequest(db, { tenant, contactEmail: 'bep@example.org', postcode: '3532 LC' });
  const match = (state: string, outcome: string | null, updatedAt: string) =>
    sql`INSERT INTO matches (tenant_id, request_id, state, outcome, updated_at)
      VALUES (${tenant.id}, ${asker.id}, ${state}, ${outcome}, ${updatedAt}::timestamptz)`.execute(db);
  await match('afgesloten', 'informeel_opgelost', daysAgo(2));
  await match('actief', null, daysAgo(2));
  await match('afgesloten', 'niet_opgelost', daysAgo(100));
  // an English-speaking client's closed case
  const client = await makeHelpRequest(db, { tenant, contactEmail: 'sam@example.org', postcode: null });
  await sql`UPDATE help_requests SET language = 'en' WHERE id = ${client.id}`.execute(db);
  await sql`INSERT INTO cases (tenant_id, request_id, owner_user_id, status, closed_at, outcome)
    VALUES (${tenant.id}, ${client.id}, ${worker.id}, 'gesloten', ${daysAgo(1)}, 'met_koppeling')`.execute(db);
  // a closed signal with the reporter's address, and one without
  const signal = (email: string | null) =>
    sql`INSERT INTO signals (tenant_id, reference, kind, topic, urgency, status, what_seen, neighbourhood_id,
        reporter_role, reporter_email, status_token_hash, due_at, second_due_at, closed_at)
      VALUES (${tenant.id}, ${`SG-${Math.random().toString(36).slice(2, 7)}`}, 'buurt', 'eenzaamheid', 'normaal',
        'afgesloten', 'Gezien', ${noord}, 'bewoner', ${email}, ${Math.random().toString(36)}, now(), now(),
        ${daysAgo(1)})`.execute(db);
  await signal('melder@example.org');
  await signal(null);
});

afterAll(async () => {
  await t.close();
});

const invitationsOf = () =>
  t.database.db
    .selectFrom('satisfaction_invitations')
    .select(['about', 'neighbourhood_id', 'answered_at', 'language'])
    .where('tenant_id', '=', tenant.id)
    .orderBy('about')
    .execute();

describe('tevredenheid-uitnodigen', () => {
  it('invites once per closed match, case and signal, through the gate, and a second run sends nothing', async () => {
    const sent = await sendSatisfactionInvitations(t.app.ctx, now);
    const mine = t.mails.filter((m) => m.to.endsWith('@example.org'));
    expect(mine.map((m) => m.to).sort()).toEqual(['bep@example.org', 'melder@example.org', 'sam@example.org']);
    expect(sent).toBeGreaterThanOrEqual(3);
    expect(mine.find((m) => m.to === 'sam@example.org')?.subject).toBe('How did it go? Nine short questions');
    expect(mine.find((m) => m.to === 'bep@example.org')?.subject).toBe('Hoe ging het? Negen korte vragen');
    for (const mail of mine) expect(mail.subject).not.toMatch(/bep|sam|melder/i);
    expect(await invitationsOf()).toMatchObject([
      { about: 'casus', neighbourhood_id: null, language: 'en' },
      { about: 'koppeling', neighbourhood_id: noord, language: 'nl' },
      { about: 'signaal', neighbourhood_id: noord, language: 'nl' },
    ]);
    const log = await t.database.db
      .selectFrom('access_log')
      .select(['actor_role', 'category', 'action', 'purpose'])
      .where('tenant_id', '=', tenant.id)
      .where('purpose', '=', 'tevredenheid_vragen')
      .execute();
    expect(log.map((l) => `${l.actor_role} ${l.category} ${l.action}`).sort()).toEqual(
      expect.arrayContaining(['systeem:monitor hulpvraag search', 'systeem:monitor melding search']),
    );

    const before = t.mails.length;
    expect(await sendSatisfactionInvitations(t.app.ctx, new Date(now.getTime() + 3600_000))).toBe(0);
    expect(t.mails.length).toBe(before);
  });
});

describe('/tevredenheid/<token>', () => {
  const mailTo = (to: string) => t.mails.find((m) => m.to === to)!;

  it('stores the answers without any link to the invitation, and refuses the link after', async () => {
    const link = linkOf(mailTo('bep@example.org').text)!;
    const page = await t.app.inject({ method: 'GET', url: link });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Ik wist waar ik moest zijn met mijn vraag.');
    expect(page.body).toContain('Weet ik niet');
    const { csrf, cookie } = await formToken(t, link);
    const answered = await postForm(
      t,
      link,
      { _csrf: csrf, wist_waar: '5', snel_geholpen: '2', serieus: 'weet_niet', beter_leven: '4' },
      cookie,
    );
    expect(answered.statusCode).toBe(200);
    expect(answered.body).toContain('Je antwoorden zijn opgeslagen.');

    const answers = await sql<Record<string, unknown>>`
      SELECT * FROM satisfaction_answers WHERE tenant_id = ${tenant.id} ORDER BY question_key`.execute(t.database.db);
    expect(answers.rows).toHaveLength(9);
    // nothing in an answer names the invitation, the match, a person or the day
    expect(Object.keys(answers.rows[0]!).sort()).toEqual(
      ['about', 'answered_month', 'id', 'neighbourhood_id', 'question_key', 'score', 'tenant_id'].sort(),
    );
    const scores = Object.fromEntries(answers.rows.map((r) => [r.question_key, r.score]));
    expect(scores).toMatchObject({ wist_waar: 5, snel_geholpen: 2, serieus: null, beter_leven: 4, beter_doen: null });
    expect(answers.rows.every((r) => r.about === 'koppeling' && r.neighbourhood_id === noord)).toBe(true);
    expect(answers.rows.every((r) => (r.answered_month as Date).getDate() === 1)).toBe(true);
    expect((await invitationsOf()).find((i) => i.about === 'koppeling')?.answered_at).not.toBeNull();

    const again = await t.app.inject({ method: 'GET', url: link });
    expect(again.statusCode).toBe(409);
    expect(again.body).toContain('Je hebt deze vragen al beantwoord. Dank je wel.');
    const twice = await postForm(t, link, { _csrf: csrf, wist_waar: '1' }, cookie);
    expect(twice.statusCode).toBe(409);
    const count = await sql<{ n: string }>`
      SELECT count(*) AS n FROM satisfaction_answers WHERE tenant_id = ${tenant.id}`.execute(t.database.db);
    expect(Number(count.rows[0]!.n)).toBe(9);
  });

  it('asks for at least one answer and refuses a value off the scale, keeping what was chosen', async () => {
    const link = linkOf(mailTo('melder@example.org').text)!;
    const { csrf, cookie } = await formToken(t, link);
    const empty = await postForm(t, link, { _csrf: csrf }, cookie);
    expect(empty.statusCode).toBe(400);
    expect(empty.body).toContain('href="#veld-wist_waar"');
    expect(empty.body).toContain('Kies bij minstens één zin een antwoord.');
    const off = await postForm(t, link, { _csrf: csrf, wist_waar: '9', serieus: '3' }, cookie);
    expect(off.statusCode).toBe(400);
    expect(off.body).toContain('Kies een van de antwoorden.');
    expect(off.body).toMatch(/id="veld-serieus-3"[^>]*checked/);
  });

  it('gives a calm page for an expired or unknown link', async () => {
    const link = linkOf(mailTo('sam@example.org').text)!;
    await sql`UPDATE satisfaction_invitations SET expires_at = now() - interval '1 day'
      WHERE tenant_id = ${tenant.id} AND about = 'casus'`.execute(t.database.db);
    const expired = await t.app.inject({ method: 'GET', url: link });
    expect(expired.statusCode).toBe(410);
    expect(expired.body).toContain('Deze link is verlopen of klopt niet.');
    const { csrf, cookie } = await formToken(t, linkOf(mailTo('melder@example.org').text)!);
    const posted = await postForm(t, link, { _csrf: csrf, wist_waar: '4' }, cookie);
    expect(posted.statusCode).toBe(410);
    const unknown = await t.app.inject({ method: 'GET', url: '/tevredenheid/onbekend-token' });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.body).toContain('Deze link is verlopen of klopt niet.');
  });
});
