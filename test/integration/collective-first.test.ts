// Collective first, visible to the asker: the status page offers up to three activities triage suggested, with
// "Ik ga erheen" and "Iemand gaat de eerste keer mee"; the choice is recorded through the gate, the team sees it
// (and the wish for company as a task), and spoed requests get none of it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setTeamContact, type Tenant } from '../../src/kernel/tenancy/queries.js';
import type { Suggestion } from '../../src/modules/triage/index.js';
import { formToken, postForm, sessionCookie, type TestApp, testApp } from '../support/app.js';
import {
  makeActivity,
  makeHelpRequest,
  makeTenant,
  makeUser,
  makeVolunteer,
  type TestActivity,
  type TestUser,
  type TestVolunteer,
} from '../support/factories.js';

let t: TestApp;
let tenant: Tenant;
let teamMember: TestUser;
/** Four activities triage suggests in this order, the first with its organiser's phone, e-mail and website. */
let activities: TestActivity[];
let volunteer: TestVolunteer;

const suggestion = (id: string, soort: string, score: number): Suggestion => ({
  id,
  soort,
  score,
  redenen: ['past bij de vraag'],
});

beforeAll(async () => {
  t = await testApp({ NABIJ_GEMEENTE: 'samendorp' });
  tenant = await makeTenant(t.database.db, 'samendorp', 'Samendorp');
  await setTeamContact(t.database.db, tenant.id, { phone: '030 111 22 33', email: 'team@samendorp.example' });
  teamMember = await makeUser(t.database.db, tenant, 'wijkteamlid');
  volunteer = await makeVolunteer(t.database.db, { tenant });
  activities = [
    await makeActivity(t.database.db, {
      tenant,
      name: 'Koffie in De Linde',
      providerName: 'Buurthuis De Linde',
      address: 'Lindeplein 1',
      schedule: { frequentie: 'wekelijks', dagen: ['di'], start: '10:00', eind: '12:00' },
      cost: 'gratis',
      isFree: true,
      providerContact: { phone: '030 222 33 44', email: 'info@delinde.example', website: 'www.delinde.example' },
    }),
    await makeActivity(t.database.db, { tenant, name: 'Samen eten', cost: '€ 4,50', isFree: false }),
    await makeActivity(t.database.db, { tenant, name: 'Wandelclub' }),
    await makeActivity(t.database.db, { tenant, name: 'Breicafé' }),
  ];
});
afterAll(() => t.close());

/** A request whose triage suggested a volunteer first, then the four activities. */
const requestWithIdeas = (overrides: Parameters<typeof makeHelpRequest>[1] = {}) =>
  makeHelpRequest(t.database.db, {
    tenant,
    route: 'collectief',
    needKeys: ['ontmoeting'],
    suggestions: [
      suggestion(volunteer.externalId, 'vrijwilliger', 0.9),
      ...activities.map((a, i) => suggestion(a.externalId, i === 3 ? 'initiatief' : 'activiteit', 0.8 - i / 10)),
    ],
    ...overrides,
  });

/**
 * Presses one of the two buttons of an idea on a status page. The token comes from the form page, which always has
 * one: a status page without ideas has no form to take it from.
 */
async function choose(statusPath: string, activity: TestActivity, keuze: 'erheen' | 'meegaan', cookie = '') {
  const page = await formToken(t, '/hulp/vraag', cookie);
  return postForm(
    t,
    `${statusPath}/activiteiten`,
    { _csrf: page.csrf, activiteit: activity.externalId, keuze },
    page.cookie,
  );
}

const matchesOf = (requestId: string) =>
  t.database.db
    .selectFrom('matches')
    .select(['id', 'state', 'activity_id', 'volunteer_id', 'buddy_first_visit', 'proposed_by_user_id', 'follow_up_at'])
    .where('request_id', '=', requestId)
    .execute();

/** The names of the ideas on a status page, in order. */
const ideaNames = (body: string) =>
  [...body.matchAll(/<h3 class="utrecht-heading-3" id="idee-[^"]+"><a[^>]*>([^<]+)<\/a>/g)].map((m) => m[1]);

describe('the status page of a request that is not spoed', () => {
  it('offers the first three activities triage suggested, never a volunteer, with when, where, cost', async () => {
    const request = await requestWithIdeas();
    const page = await t.app.inject({ url: request.statusPath });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Dit kun je nu al doen in de buurt');
    expect(ideaNames(page.body)).toEqual(['Koffie in De Linde', 'Samen eten', 'Wandelclub']);
    expect(page.body).not.toContain(volunteer.firstName);
    expect(page.body).toContain('elke dinsdag 10:00-12:00 (volgende keer: di ');
    expect(page.body).toContain('Lindeplein 1, 3532 LC');
    expect(page.body).toContain('€ 4,50');
    // How to get in touch: the organiser's own phone, e-mail and website as links.
    expect(page.body).toContain('href="tel:0302223344"');
    expect(page.body).toContain('href="mailto:info@delinde.example"');
    expect(page.body).toContain('href="https://www.delinde.example"');
    // Two buttons per idea, in one form with a CSRF token, that name their activity for a screen reader.
    expect(page.body.match(/name="keuze" value="erheen"/g)).toHaveLength(3);
    expect(page.body.match(/name="keuze" value="meegaan"/g)).toHaveLength(3);
    expect(page.body.match(/action="\/hulp\/status\/[^"]+\/activiteiten"/g)).toHaveLength(3);
    expect(page.body).toMatch(/value="erheen" class="[^"]+" aria-describedby="idee-/);
  });

  it('records "Ik ga erheen" on the request, through the gate, and then says so with the contact', async () => {
    const request = await requestWithIdeas();
    const before = new Date();
    const chosen = await choose(request.statusPath, activities[0]!, 'erheen');
    expect(chosen.statusCode).toBe(303);
    const [match] = await matchesOf(request.id);
    expect(match).toMatchObject({
      state: 'actief',
      activity_id: activities[0]!.id,
      volunteer_id: null,
      buddy_first_visit: false,
      proposed_by_user_id: null,
    });
    // "Hoe gaat het?" in two weeks, as for every match.
    const days = (match!.follow_up_at!.getTime() - before.getTime()) / 86_400_000;
    expect(days).toBeGreaterThan(13.9);
    expect(days).toBeLessThan(14.1);
    expect(String(chosen.headers.location)).toBe(`${request.statusPath}?gekozen=${match!.id}#koppeling-${match!.id}`);

    const event = await t.database.db
      .selectFrom('request_events')
      .select('detail')
      .where('request_id', '=', request.id)
      .where('kind', '=', 'vrager_kiest_activiteit')
      .executeTakeFirstOrThrow();
    expect(event.detail).toEqual({ activiteit: activities[0]!.externalId, maatje_eerste_keer: false });
    const log = await t.database.db
      .selectFrom('access_log')
      .select(['actor_role', 'category', 'action', 'outcome'])
      .where('tenant_id', '=', tenant.id)
      .where('purpose', '=', 'koppelen')
      .where('at', '>=', before)
      .execute();
    expect(log).toContainEqual({
      actor_role: 'systeem:hulpvraag',
      category: 'hulpvraag',
      action: 'update',
      outcome: 'toegestaan',
    });

    const page = await t.app.inject({ url: String(chosen.headers.location) });
    expect(page.body).toContain('Je gaat naar Koffie in De Linde');
    expect(page.body).toContain('Fijn! We hebben bewaard dat je erheen gaat. Het wijkteam ziet het ook.');
    expect(page.body).toContain('href="tel:0302223344"');
    // Chosen, so no longer offered; the other two still are.
    expect(ideaNames(page.body)).toEqual(['Samen eten', 'Wandelclub']);
    // Company can still be asked for afterwards.
    expect(page.body).toContain('Iemand gaat de eerste keer mee');

    // A second press makes no second match.
    expect((await choose(request.statusPath, activities[0]!, 'erheen')).statusCode).toBe(303);
    expect(await matchesOf(request.id)).toHaveLength(1);
  });

  it('records the wish for company the first time, which the team sees as a task and can tick off', async () => {
    const request = await requestWithIdeas();
    expect((await choose(request.statusPath, activities[1]!, 'meegaan')).statusCode).toBe(303);
    const [match] = await matchesOf(request.id);
    expect(match).toMatchObject({ state: 'actief', activity_id: activities[1]!.id, buddy_first_visit: true });
    const asker = await t.app.inject({ url: request.statusPath });
    expect(asker.body).toContain('Het wijkteam zoekt iemand die de eerste keer met je meegaat');
    // Without the organiser's contact, the team's own number is how to get in touch.
    expect(asker.body).toContain('href="tel:0301112233"');

    const cookie = await sessionCookie(t, teamMember);
    const teamPage = await formToken(t, `/team/hulpvragen/${request.id}`, cookie);
    const body = (await t.app.inject({ url: `/team/hulpvragen/${request.id}`, headers: { cookie } })).body;
    expect(body).toContain('Te doen');
    expect(body).toContain('Zoek iemand die de eerste keer meegaat naar Samen eten. De vrager vroeg dit zelf.');
    expect(body).toContain('Samen eten · loopt · de vrager koos dit zelf · iemand gaat de eerste keer mee');
    expect(body).toContain('vrager kiest zelf een activiteit');

    const tick = `/team/hulpvragen/${request.id}/koppelingen/${match!.id}/meegaan`;
    expect((await postForm(t, tick, { _csrf: teamPage.csrf }, teamPage.cookie)).statusCode).toBe(303);
    const after = (await t.app.inject({ url: `/team/hulpvragen/${request.id}`, headers: { cookie } })).body;
    expect(after).toContain('Geregeld: iemand gaat de eerste keer mee naar Samen eten.');
    expect(after).toContain('iemand gaat de eerste keer mee: geregeld');
    expect((await t.app.inject({ url: request.statusPath })).body).toContain(
      'Het wijkteam heeft iemand gevonden die de eerste keer met je meegaat.',
    );
    // Ticked off once: a second time is refused and writes nothing.
    expect((await postForm(t, tick, { _csrf: teamPage.csrf }, teamPage.cookie)).statusCode).toBe(400);
    const ticks = await t.database.db
      .selectFrom('request_events')
      .select('id')
      .where('request_id', '=', request.id)
      .where('kind', '=', 'meeganger_geregeld')
      .execute();
    expect(ticks).toHaveLength(1);
  });

  it('adds the wish for company to an activity already chosen, without a second match', async () => {
    const request = await requestWithIdeas();
    await choose(request.statusPath, activities[2]!, 'erheen');
    await choose(request.statusPath, activities[2]!, 'meegaan');
    const matches = await matchesOf(request.id);
    expect(matches).toHaveLength(1);
    expect(matches[0]!.buddy_first_visit).toBe(true);
  });

  it('takes only what it offered: not the fourth suggestion, not a volunteer, not an unknown id', async () => {
    const request = await requestWithIdeas();
    expect((await choose(request.statusPath, activities[3]!, 'erheen')).statusCode).toBe(404);
    const page = await formToken(t, '/hulp/vraag');
    for (const activiteit of [volunteer.externalId, 'bestaat-niet'])
      expect(
        (
          await postForm(
            t,
            `${request.statusPath}/activiteiten`,
            { _csrf: page.csrf, activiteit, keuze: 'erheen' },
            page.cookie,
          )
        ).statusCode,
      ).toBe(404);
    expect(
      (await postForm(t, `${request.statusPath}/activiteiten`, { _csrf: page.csrf, keuze: 'erheen' }, page.cookie))
        .statusCode,
    ).toBe(400);
    expect(await matchesOf(request.id)).toEqual([]);
  });

  it('refuses a choice without the form’s CSRF token', async () => {
    const request = await requestWithIdeas();
    const response = await postForm(
      t,
      `${request.statusPath}/activiteiten`,
      { activiteit: activities[0]!.externalId, keuze: 'erheen' },
      '',
    );
    expect(response.statusCode).toBe(403);
    expect(await matchesOf(request.id)).toEqual([]);
  });

  it('lets a signed-in asker choose on their own page, and nobody else', async () => {
    const asker = await makeUser(t.database.db, tenant, 'bewoner');
    const request = await requestWithIdeas({ asker });
    const own = `/mijn/hulpvragen/${request.id}`;
    const stranger = await makeUser(t.database.db, tenant, 'bewoner');
    const refused = await choose(own, activities[0]!, 'erheen', await sessionCookie(t, stranger));
    expect([403, 404]).toContain(refused.statusCode);
    expect(await matchesOf(request.id)).toEqual([]);
    expect((await choose(own, activities[0]!, 'erheen', await sessionCookie(t, asker))).statusCode).toBe(303);
    const event = await t.database.db
      .selectFrom('request_events')
      .select('actor_user_id')
      .where('request_id', '=', request.id)
      .where('kind', '=', 'vrager_kiest_activiteit')
      .executeTakeFirstOrThrow();
    expect(event.actor_user_id).toBe(asker.id);
  });
});

describe('a spoed request', () => {
  it('offers no activities, and refuses a choice sent anyway', async () => {
    const request = await requestWithIdeas({ route: 'spoed' });
    const page = await t.app.inject({ url: request.statusPath });
    expect(page.body).toContain('Bel nu als er gevaar is');
    expect(page.body).not.toContain('Dit kun je nu al doen in de buurt');
    expect(ideaNames(page.body)).toEqual([]);
    // The team's on-call number instead.
    expect(page.body).toContain('href="tel:0301112233"');
    expect((await choose(request.statusPath, activities[0]!, 'erheen')).statusCode).toBe(400);
    expect(await matchesOf(request.id)).toEqual([]);
  });
});

describe('a closed request', () => {
  it('offers no activities', async () => {
    const request = await requestWithIdeas({ state: 'afgesloten' });
    const page = await t.app.inject({ url: request.statusPath });
    expect(ideaNames(page.body)).toEqual([]);
    expect((await choose(request.statusPath, activities[0]!, 'erheen')).statusCode).toBe(400);
  });
});
