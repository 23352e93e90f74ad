// The neighbourhood agenda's proposals (issue 14, deliver 1): a resident proposes and supports once (a second time
// is refused calmly, the count stays 1); an unanswered proposal past its term is flagged; every status change is one
// the step table allows (a refused step changes nothing); only the team answers; the public pages never show who
// proposed; a theme from signals becomes a proposal; the administrator sets the answer term.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../src/kernel/access/gate.js';
import { ensureNeighbourhood, type Tenant } from '../../src/kernel/tenancy/queries.js';
import {
  AlreadySupportedError,
  moveProposal,
  proposalsFromThemes,
  submitProposal,
  supportProposal,
} from '../../src/modules/agenda/index.js';
import { proposalStatuses } from '../../src/modules/agenda/schema.js';
import { proposalTransitionFor } from '../../src/modules/agenda/states.js';
import { putThemeOnAgenda, submitSignal } from '../../src/modules/signals/index.js';
import { asPerson, formToken, postForm, sessionCookie, type TestApp, testApp } from '../support/app.js';
import { makeTenant, makeUser, type TestUser } from '../support/factories.js';

let t: TestApp;
let tenant: Tenant;
let wijk: string;
let resident: TestUser;
let neighbour: TestUser;
let volunteer: TestUser;
let teamMember: TestUser;
let communityWorker: TestUser;
let admin: TestUser;

type UserActor = Extract<Actor, { kind: 'user' }>;
const asActor = (u: TestUser): UserActor => ({ kind: 'user', userId: u.id, tenantId: u.tenantId, role: u.role });
const ctx = () => t.app.ctx;
const person = () => asPerson(t);

const proposal = (title: string) => ({
  neighbourhoodId: wijk,
  title,
  what: 'Een bankje bij de speeltuin, zodat ouderen even kunnen zitten.',
  whereText: 'Speeltuin Lindeplein',
  why: 'Er is nergens een plek om te rusten.',
  ownContribution: 'Ik help met schilderen.',
});

const statusOf = async (id: string) =>
  (
    await t.database.db
      .selectFrom('agenda_proposals')
      .select(['status', 'answer'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow()
  ).status;
const eventCount = async (id: string) =>
  (await t.database.db.selectFrom('agenda_proposal_events').select('id').where('proposal_id', '=', id).execute())
    .length;
const supportCount = async (id: string) =>
  (await t.database.db.selectFrom('agenda_supports').select('user_id').where('proposal_id', '=', id).execute()).length;

beforeAll(async () => {
  t = await testApp({ NABIJ_GEMEENTE: 'agendadorp', NABIJ_FORM_RATE_LIMIT: '100000' });
  const db = t.database.db;
  tenant = await makeTenant(db, 'agendadorp', 'Agendadorp');
  wijk = (await ensureNeighbourhood(db, tenant.id, 'noord', 'Noord')).id;
  resident = await makeUser(db, tenant, 'bewoner', { displayName: 'Gerrit Voorsteller' });
  neighbour = await makeUser(db, tenant, 'bewoner');
  volunteer = await makeUser(db, tenant, 'vrijwilliger');
  teamMember = await makeUser(db, tenant, 'wijkteamlid');
  communityWorker = await makeUser(db, tenant, 'opbouwwerker');
  admin = await makeUser(db, tenant, 'beheerder');
});
afterAll(() => t.close());

describe('proposing', () => {
  it('a resident proposes through the form; the page says so and names no one', async () => {
    const page = '/wijkagenda/voorstel';
    const bad = await person().post(resident, page, page, {
      wijk,
      titel: '',
      wat: 'Iets moois',
      waar: '',
      waarom: '',
      zelf: '',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('id="veld-titel-fout"');
    expect(bad.body).toContain('Iets moois');
    const sent = await person().post(resident, page, page, {
      wijk,
      titel: 'Bankje bij de speeltuin',
      wat: 'Een bankje, zodat ouderen kunnen zitten.',
      waar: '',
      waarom: '',
      zelf: '',
    });
    expect(sent.statusCode).toBe(303);
    const location = String(sent.headers.location);
    expect(location).toMatch(/^\/wijkagenda\/[0-9a-f-]{36}\?bericht=ingediend$/);
    const shown = await t.app.inject({ url: location });
    expect(shown.statusCode).toBe(200);
    expect(shown.body).toContain('Je voorstel staat op de wijkagenda');
    expect(shown.body).toContain('Van een bewoner uit Noord');
    expect(shown.body).toMatch(/WA-[A-Z2-9]{5}/);
    for (const secret of [resident.displayName, resident.email, 'Voorsteller'])
      expect(shown.body).not.toContain(secret);
    const list = await t.app.inject({ url: '/wijkagenda' });
    expect(list.body).toContain('Bankje bij de speeltuin');
    expect(list.body).not.toContain('Voorsteller');
    expect(list.body).not.toContain(resident.email);
    // The answer is due after the default term of 42 days.
    const row = await t.database.db
      .selectFrom('agenda_proposals')
      .select(['answer_due_at', 'created_at'])
      .where('id', '=', location.split('/')[2]!.split('?')[0]!)
      .executeTakeFirstOrThrow();
    const days = (row.answer_due_at.getTime() - row.created_at.getTime()) / 86_400_000;
    expect(Math.round(days)).toBe(42);
  });

  it('the team, a volunteer outside the list and a visitor cannot propose', async () => {
    const anonymous = await t.app.inject({ url: '/wijkagenda/voorstel' });
    expect(anonymous.statusCode).toBe(401);
    const team = await person().get(teamMember, '/wijkagenda/voorstel');
    expect(team.statusCode).toBe(403);
  });
});

describe('supporting', () => {
  it('a resident supports a proposal once: the second time is refused calmly and the count stays 1', async () => {
    const { id } = await submitProposal(ctx(), asActor(resident), proposal('Steun eenmaal'));
    const page = `/wijkagenda/${id}`;
    const first = await person().post(neighbour, page, `${page}/steun`, {});
    expect(first.statusCode).toBe(303);
    expect(await supportCount(id)).toBe(1);
    // The second post, as if the button was pressed twice (the form is shown once, then posted again).
    const { csrf, cookie } = await formToken(t, page, await sessionCookie(t, neighbour));
    const second = await postForm(t, `${page}/steun`, { _csrf: csrf }, cookie);
    expect(second.statusCode).toBe(303);
    expect(String(second.headers.location)).toContain('bericht=al_gesteund');
    const shown = await t.app.inject({ url: String(second.headers.location), headers: { cookie } });
    expect(shown.body).toContain('Je steunt dit voorstel al.');
    expect(shown.body).toContain('1 bewoner steunt dit');
    await expect(supportProposal(ctx(), asActor(neighbour), id)).rejects.toBeInstanceOf(AlreadySupportedError);
    expect(await supportCount(id)).toBe(1);
    // Withdrawn, then given again: still one.
    expect((await person().post(neighbour, page, `${page}/steun-intrekken`, {})).statusCode).toBe(303);
    expect(await supportCount(id)).toBe(0);
    await supportProposal(ctx(), asActor(neighbour), id);
    expect(await supportCount(id)).toBe(1);
  });

  it('a visitor sees "Log in om te steunen"; a hidden proposal is not shown and cannot be supported', async () => {
    const { id } = await submitProposal(ctx(), asActor(resident), proposal('Wordt verborgen'));
    const visitor = await t.app.inject({ url: `/wijkagenda/${id}` });
    expect(visitor.body).toContain('Log in om te steunen');
    expect(visitor.body).toContain('href="/inloggen"');
    await moveProposal(ctx(), asActor(teamMember), id, 'verborgen', { text: 'Noemt een buurman bij naam.' });
    expect((await t.app.inject({ url: `/wijkagenda/${id}` })).statusCode).toBe(404);
    expect((await t.app.inject({ url: '/wijkagenda' })).body).not.toContain('Wordt verborgen');
    const tried = await person().post(neighbour, '/wijkagenda', `/wijkagenda/${id}/steun`, {});
    expect(tried.statusCode).toBe(404);
    expect(await supportCount(id)).toBe(0);
  });
});

describe('the answer term', () => {
  it('an unanswered proposal past its term is flagged on the public list and on top of the team’s list', async () => {
    const longAgo = new Date(Date.now() - 60 * 86_400_000);
    const late = await submitProposal(ctx(), asActor(resident), proposal('Te laat beantwoord'), longAgo);
    const fresh = await submitProposal(ctx(), asActor(resident), proposal('Net ingediend'));
    const publicList = await t.app.inject({ url: '/wijkagenda?volgorde=nieuw' });
    const cardOf = (title: string) => {
      const from = publicList.body.slice(publicList.body.indexOf(title));
      return from.slice(0, from.indexOf('</li>'));
    };
    expect(cardOf('Te laat beantwoord')).toContain('Nog geen antwoord, termijn verlopen op');
    expect(cardOf('Net ingediend')).not.toContain('termijn verlopen');
    const detail = await t.app.inject({ url: `/wijkagenda/${late.id}` });
    expect(detail.body).toContain('Nog geen antwoord, termijn verlopen op');
    const teamList = await person().get(teamMember, '/team/wijkagenda');
    expect(teamList.statusCode).toBe(200);
    const rows = [...teamList.body.matchAll(/href="\/team\/wijkagenda\/([0-9a-f-]{36})"/g)].map((m) => m[1]);
    expect(rows[0]).toBe(late.id);
    expect(rows).toContain(fresh.id);
    // Answered, it is no longer flagged.
    await moveProposal(ctx(), asActor(teamMember), late.id, 'beantwoord', { text: 'Komt er.', answer: 'aangenomen' });
    expect((await t.app.inject({ url: `/wijkagenda/${late.id}` })).body).not.toContain('termijn verlopen');
  });

  it('the administrator sets the term; new proposals get it; a wrong value gets its message', async () => {
    const page = '/beheer/wijkagenda';
    const bad = await person().post(admin, page, page, { dagen: '0' });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('id="veld-dagen-fout"');
    expect((await person().post(admin, page, page, { dagen: 'veel' })).statusCode).toBe(400);
    const saved = await person().post(admin, page, page, { dagen: '14' });
    expect(saved.statusCode).toBe(303);
    expect((await person().get(admin, page)).body).toContain('value="14"');
    const now = new Date('2026-03-01T10:00:00Z');
    const { id } = await submitProposal(ctx(), asActor(resident), proposal('Met korte termijn'), now);
    const row = await t.database.db
      .selectFrom('agenda_proposals')
      .select('answer_due_at')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(row.answer_due_at.toISOString()).toBe('2026-03-15T10:00:00.000Z');
    expect((await person().get(teamMember, page)).statusCode).toBe(403);
    await person().post(admin, page, page, { dagen: '42' });
  });
});

describe('the steps', () => {
  it('every status change is one the table allows; a refused step leaves status and events as they were', async () => {
    const team = asActor(teamMember);
    const texts = { text: 'Besproken in het team: goed idee.', answer: 'niet_nu' as const };
    for (const from of proposalStatuses)
      for (const to of proposalStatuses) {
        const { id } = await submitProposal(ctx(), asActor(resident), proposal(`Stap ${from} naar ${to}`));
        // Bring it to `from` along allowed steps.
        if (from === 'besproken') await moveProposal(ctx(), team, id, 'besproken', texts);
        if (from === 'beantwoord') await moveProposal(ctx(), team, id, 'beantwoord', texts);
        if (from === 'verborgen') await moveProposal(ctx(), team, id, 'verborgen', texts);
        expect(await statusOf(id)).toBe(from);
        const before = await eventCount(id);
        const step = moveProposal(ctx(), team, id, to, texts);
        if (proposalTransitionFor(from, to)) {
          await step;
          expect(await statusOf(id), `${from} → ${to}`).toBe(to);
          expect(await eventCount(id)).toBe(before + 1);
        } else {
          await expect(step, `${from} → ${to}`).rejects.toThrow();
          expect(await statusOf(id)).toBe(from);
          expect(await eventCount(id)).toBe(before);
        }
      }
  });

  it('a step needs what the table says: "niet nu" without a reason, a discussion without a summary', async () => {
    const { id } = await submitProposal(ctx(), asActor(resident), proposal('Zonder reden'));
    const team = asActor(teamMember);
    await expect(moveProposal(ctx(), team, id, 'beantwoord', { text: ' ', answer: 'niet_nu' })).rejects.toThrow();
    await expect(moveProposal(ctx(), team, id, 'beantwoord', { text: 'Waarom niet', answer: null })).rejects.toThrow();
    await expect(moveProposal(ctx(), team, id, 'besproken', { text: '' })).rejects.toThrow();
    expect(await statusOf(id)).toBe('ingediend');
    expect(await eventCount(id)).toBe(1);
    // Through the page: the message is beside the field, what was typed is kept.
    const page = `/team/wijkagenda/${id}`;
    const shown = await person().post(teamMember, page, `${page}/beantwoorden`, {
      gezien: 'ingediend',
      antwoord: 'niet_nu',
      antwoordtekst: '',
    });
    expect(shown.statusCode).toBe(400);
    expect(shown.body).toContain('id="veld-antwoordtekst-fout"');
    expect(await statusOf(id)).toBe('ingediend');
  });

  it('a step decided on a state someone already moved on from is refused', async () => {
    const { id } = await submitProposal(ctx(), asActor(resident), proposal('Twee tegelijk'));
    const page = `/team/wijkagenda/${id}`;
    await moveProposal(ctx(), asActor(teamMember), id, 'beantwoord', { text: 'Komt er.', answer: 'aangenomen' });
    const events = await eventCount(id);
    // A colleague still had the page open at 'ingediend' and records a discussion.
    const late = await person().post(communityWorker, page, `${page}/bespreken`, {
      gezien: 'ingediend',
      wie: 'klankbordgroep',
      verslag: 'We vinden het een goed idee.',
    });
    expect(late.statusCode).toBe(400);
    expect(late.body).toContain('net een stap verder gezet');
    expect(await statusOf(id)).toBe('beantwoord');
    expect(await eventCount(id)).toBe(events);
  });

  it('the team answers through the page; the proposer gets a mail with a link and nothing personal', async () => {
    const { id } = await submitProposal(ctx(), asActor(resident), proposal('Beantwoord via de pagina'));
    const page = `/team/wijkagenda/${id}`;
    const discussed = await person().post(teamMember, page, `${page}/bespreken`, {
      gezien: 'ingediend',
      wie: 'klankbordgroep',
      verslag: 'De klankbordgroep steunt het.',
    });
    expect(discussed.statusCode).toBe(303);
    const mailsBefore = t.mails.length;
    const answered = await person().post(teamMember, page, `${page}/beantwoorden`, {
      gezien: 'besproken',
      antwoord: 'niet_nu',
      antwoordtekst: 'Eerst moet de speeltuin opnieuw worden ingericht, in 2027.',
    });
    expect(answered.statusCode).toBe(303);
    const mails = t.mails.slice(mailsBefore);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.to).toBe(resident.email);
    expect(mails[0]!.text).toContain(`/wijkagenda/${id}`);
    for (const secret of [resident.displayName, 'speeltuin', 'Voorsteller'])
      expect(`${mails[0]!.subject} ${mails[0]!.text}`).not.toContain(secret);
    const shown = await t.app.inject({ url: `/wijkagenda/${id}` });
    expect(shown.body).toContain('Nu niet');
    expect(shown.body).toContain('Eerst moet de speeltuin opnieuw worden ingericht');
    expect(shown.body).toContain('Besproken in de klankbordgroep: De klankbordgroep steunt het.');
    expect(shown.body).not.toContain(resident.email);
    expect(shown.body).not.toContain(resident.displayName);
  });

  it('a resident or a volunteer cannot answer (403); nothing changes', async () => {
    const { id } = await submitProposal(ctx(), asActor(resident), proposal('Niet door bewoners'));
    const page = `/team/wijkagenda/${id}`;
    for (const who of [resident, volunteer]) {
      expect((await person().get(who, page)).statusCode).toBe(403);
      const { csrf, cookie } = await formToken(t, '/wijkagenda', await sessionCookie(t, who));
      const tried = await postForm(
        t,
        `${page}/beantwoorden`,
        { _csrf: csrf, gezien: 'ingediend', antwoord: 'aangenomen', antwoordtekst: 'Ja hoor.' },
        cookie,
      );
      expect(tried.statusCode).toBe(403);
      await expect(
        moveProposal(ctx(), asActor(who), id, 'beantwoord', { text: 'Ja hoor.', answer: 'aangenomen' }),
      ).rejects.toThrow();
    }
    expect(await statusOf(id)).toBe('ingediend');
  });
});

describe('themes from signals', () => {
  it('the community worker turns a waiting theme into a proposal of origin signalen; the theme is marked', async () => {
    const area = await t.database.db
      .insertInto('areas')
      .values({ tenant_id: tenant.id, neighbourhood_id: wijk, name: 'Lindebuurt', cbs_code: null })
      .returning('id')
      .executeTakeFirstOrThrow();
    await submitSignal(
      ctx(),
      tenant,
      { kind: 'system', tenantId: tenant.id, process: 'signaal' },
      {
        kind: 'buurt',
        topic: 'eenzaamheid',
        whatSeen: 'Ouderen komen weinig buiten.',
        areaId: area.id,
        reporterUserId: null,
        reporterRole: 'bewoner',
      },
    );
    const theme = await putThemeOnAgenda(ctx(), asActor(communityWorker), {
      topic: 'eenzaamheid',
      areaId: area.id,
      title: 'Eenzaamheid in de Lindebuurt',
      summary: 'Ouderen komen weinig buiten.',
    });
    // The page lists it, for the community worker only.
    expect((await person().get(teamMember, '/team/wijkagenda/themas')).statusCode).toBe(403);
    const page = await person().get(communityWorker, '/team/wijkagenda/themas');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Eenzaamheid in de Lindebuurt');
    const sent = await person().post(communityWorker, '/team/wijkagenda/themas', '/team/wijkagenda/themas', {
      thema: theme.id,
      wijk,
    });
    expect(sent.statusCode).toBe(303);
    const made = await t.database.db
      .selectFrom('agenda_proposals')
      .selectAll()
      .where('theme_id', '=', theme.id)
      .executeTakeFirstOrThrow();
    expect(made).toMatchObject({
      origin: 'signalen',
      status: 'ingediend',
      proposer_user_id: null,
      neighbourhood_id: wijk,
    });
    const marked = await t.database.db
      .selectFrom('neighbourhood_themes')
      .select(['status', 'agenda_item_id'])
      .where('id', '=', theme.id)
      .executeTakeFirstOrThrow();
    expect(marked).toEqual({ status: 'op_agenda', agenda_item_id: made.id });
    // Taken over once: a second post is refused with a message, and no second proposal is made.
    const again = await person().post(communityWorker, '/team/wijkagenda/themas', '/team/wijkagenda/themas', {
      thema: theme.id,
      wijk,
    });
    expect(again.statusCode).toBe(400);
    expect(await proposalsFromThemes(ctx(), asActor(communityWorker))).toEqual([]);
    const count = await t.database.db
      .selectFrom('agenda_proposals')
      .select('id')
      .where('theme_id', '=', theme.id)
      .execute();
    expect(count).toHaveLength(1);
    const shown = await t.app.inject({ url: `/wijkagenda/${made.id}` });
    expect(shown.body).toContain('Uit signalen van bewoners in Noord');
  });
});
