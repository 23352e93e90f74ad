// Emergency first for the asker: danger in the story, or a "ja" to "Is er nu gevaar?", gets the emergency page at
// once, before any other question; the asker may go on with everything kept, and the request reaches the team as
// spoed, with a mail to the asker that says what happens now.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setTeamContact, type Tenant } from '../../src/kernel/tenancy/queries.js';
import { formToken, postForm, type TestApp, testApp } from '../support/app.js';
import { saveBuurt } from '../support/buurt.js';
import { makeTenant } from '../support/factories.js';

const DANGER = 'Ik kan niet meer, ik wil er niet meer zijn. Ik denk aan zelfmoord.';
const DANGER_FOR_NEIGHBOUR = 'Mijn buurvrouw wordt door haar man geslagen, ik hoor haar vaak gillen.';
const CALM = 'Ik zoek iemand die af en toe boodschappen voor me kan doen. Zelf sjouwen lukt niet meer.';
const EMERGENCY_HEADING = '<h1 class="utrecht-heading-1">Bel nu als er gevaar is</h1>';
const DETAILS_HEADING = '<h1 class="utrecht-heading-1">Nog een paar vragen</h1>';

let t: TestApp;
let tenant: Tenant;

beforeAll(async () => {
  t = await testApp({ NABIJ_GEMEENTE: 'noodstad' });
  tenant = await makeTenant(t.database.db, 'noodstad', 'Noodstad');
  await setTeamContact(t.database.db, tenant.id, { phone: '030 765 43 21', email: 'team@noodstad.example' });
  await saveBuurt(t.database.db, tenant.id, { postcodes: true, activities: true, volunteers: true });
});
afterAll(() => t.close());

/** The first step, as a browser sends it; gives the response with the form's token and cookie for the next steps. */
async function firstStep(fields: Record<string, string>, query = '') {
  const start = await formToken(t, `/hulp/vraag${query}`);
  const response = await postForm(t, '/hulp/vraag', { _csrf: start.csrf, ...fields }, start.cookie);
  return { response, ...start };
}

/** The value of a hidden field on a page. */
const hidden = (body: string, name: string) =>
  new RegExp(`<input type="hidden" name="${name}" value="([^"]*)"`).exec(body)?.[1];

const requestByStatusPath = async (path: string) => {
  const status = await t.app.inject({ url: path });
  const reference = /HV-[A-Z0-9]{5}/.exec(status.body)?.[0] ?? '';
  const row = await t.database.db
    .selectFrom('help_requests')
    .selectAll()
    .where('reference', '=', reference)
    .executeTakeFirstOrThrow();
  return { status, row };
};

describe('the story step', () => {
  it('shows the emergency page at once when the story holds danger, with every number to tap', async () => {
    const { response } = await firstStep({ tekst: DANGER, voor_wie: 'mij' });
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain(EMERGENCY_HEADING);
    expect(response.body).not.toContain(DETAILS_HEADING);
    for (const number of ['tel:112', 'tel:08002000', 'tel:08000113']) expect(response.body).toContain(number);
    expect(response.body).toContain('Bel je eigen huisarts; ’s avonds en in het weekend de huisartsenpost.');
    // The team's own number of this municipality, as a link too.
    expect(response.body).toContain('href="tel:0307654321"');
    expect(response.body).toContain('In wat je schreef lezen we dat het misschien niet veilig is, of heel zwaar.');
    // Everything typed goes along to the next step.
    expect(hidden(response.body, 'tekst')).toBe(DANGER);
    expect(hidden(response.body, 'voor_wie')).toBe('mij');
    expect(hidden(response.body, 'nood_gezien')).toBe('ja');
  });

  it('puts the numbers before a missing answer: no "for whom" yet is asked for only afterwards', async () => {
    const { response, csrf, cookie } = await firstStep({ tekst: DANGER });
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain(EMERGENCY_HEADING);
    const onwards = await postForm(t, '/hulp/vraag', { _csrf: csrf, tekst: DANGER, nood_gezien: 'ja' }, cookie);
    expect(onwards.statusCode).toBe(400);
    expect(onwards.body).toContain('Kies voor wie de hulp is.');
    // Seen once is enough: the story step keeps that, so correcting it does not show the numbers again.
    expect(hidden(onwards.body, 'nood_gezien')).toBe('ja');
    expect(onwards.body).toContain(DANGER);
  });

  it('speaks of the other person when asking on their behalf, and goes on to who that is', async () => {
    const { response, csrf, cookie } = await firstStep({ tekst: DANGER_FOR_NEIGHBOUR, voor_wie: 'ander' });
    expect(response.body).toContain(EMERGENCY_HEADING);
    expect(response.body).toContain('Ook als het om iemand anders gaat, kun je deze nummers nu bellen.');
    const onwards = await postForm(
      t,
      '/hulp/vraag',
      { _csrf: csrf, tekst: DANGER_FOR_NEIGHBOUR, voor_wie: 'ander', nood_gezien: 'ja' },
      cookie,
    );
    expect(onwards.statusCode).toBe(200);
    expect(onwards.body).toContain('Voor wie vraag je hulp?');
    expect(hidden(onwards.body, 'tekst')).toBe(DANGER_FOR_NEIGHBOUR);
  });

  it('shows the emergency page for a "ja" to "Is er nu gevaar?", whatever the story says', async () => {
    const { response } = await firstStep({ tekst: CALM, voor_wie: 'mij', gevaar: 'ja' });
    expect(response.body).toContain(EMERGENCY_HEADING);
    expect(response.body).toContain('Je zei dat er nu gevaar is.');
    expect(hidden(response.body, 'gevaar')).toBe('ja');
  });

  it('goes straight on for a calm story, with "nee" or no answer to the danger question', async () => {
    const answers: Record<string, string>[] = [
      { tekst: CALM, voor_wie: 'mij', gevaar: 'nee' },
      { tekst: CALM, voor_wie: 'mij' },
    ];
    for (const fields of answers) {
      const { response } = await firstStep(fields);
      expect(response.statusCode).toBe(200);
      expect(response.body).toContain(DETAILS_HEADING);
      expect(response.body).not.toContain(EMERGENCY_HEADING);
    }
  });

  it('asks the danger question on the first page, as a pair of radio buttons one may leave open', async () => {
    const page = await t.app.inject({ url: '/hulp/vraag' });
    expect(page.body).toContain('<legend class="utrecht-form-fieldset__legend">Is er nu gevaar?</legend>');
    expect(page.body).toMatch(/type="radio"[^>]*name="gevaar"[^>]*value="ja"/);
    expect(page.body).toMatch(/type="radio"[^>]*name="gevaar"[^>]*value="nee"/);
    expect(page.body).not.toMatch(/name="gevaar"[^>]*required/);
  });

  it('speaks English when the page language is English', async () => {
    const { response } = await firstStep({ tekst: DANGER, voor_wie: 'mij' }, '?taal=en');
    expect(response.body).toContain('Call now if there is danger');
    expect(response.body).toContain('You do not have to wait for the team.');
    expect(response.body).toContain('tel:112');
  });
});

describe('going on after the emergency page', () => {
  /** The whole form after the emergency page: story (seen), details; gives the status page's path. */
  async function sendAfterEmergency(story: Record<string, string>, email: string) {
    const { csrf, cookie } = await firstStep(story);
    const fields = { _csrf: csrf, ...story, nood_gezien: 'ja' };
    const details = await postForm(t, '/hulp/vraag', fields, cookie);
    expect(details.body).toContain(DETAILS_HEADING);
    expect(hidden(details.body, 'nood_gezien')).toBe('ja');
    const sent = await postForm(
      t,
      '/hulp/versturen',
      { ...fields, postcode: '3532 LC', dag: '', dagdeel: '', taal: '', naam: 'Sam de Vries', email, telefoon: '' },
      cookie,
    );
    expect(sent.statusCode).toBe(303);
    return String(sent.headers.location);
  }

  it('stores a story with danger as spoed, alerts the team, and mails the asker what happens now', async () => {
    const before = t.mails.length;
    const path = await sendAfterEmergency({ tekst: DANGER, voor_wie: 'mij' }, 'sam@voorbeeld.nl');
    const { status, row } = await requestByStatusPath(path);
    expect(row.route).toBe('spoed');
    const mails = t.mails.slice(before);
    expect(mails.find((m) => m.to === 'team@noodstad.example')?.subject).toBe(`SPOED: hulpvraag ${row.reference}`);
    const askerMail = mails.find((m) => m.to === 'sam@voorbeeld.nl');
    expect(askerMail?.subject).toBe(`Je hulpvraag ${row.reference} is binnen`);
    expect(askerMail?.text).toContain('Op werkdagen kijkt een professional binnen een uur naar je vraag');
    expect(askerMail?.text).toContain('Is er direct gevaar? Bel 112.');
    expect(askerMail?.text).toContain('Je kunt het wijkteam ook zelf bellen: 030 765 43 21.');
    expect(askerMail?.text).toContain(path);
    // A shared mailbox may be read by the wrong person: no story, no Veilig Thuis in the mail.
    expect(askerMail?.text).not.toContain('zelfmoord');
    expect(askerMail?.text).not.toContain('Veilig Thuis');
    // The status page: the numbers and the team's own number, nothing of the neighbourhood to choose.
    expect(status.body).toContain('tel:08000113');
    expect(status.body).toContain('href="tel:0307654321"');
    expect(status.body).toContain('Op werkdagen kijkt een professional binnen een uur naar je hulpvraag.');
    expect(status.body).not.toContain('Dit kun je nu al doen in de buurt');
    expect(status.body).not.toContain('Ik ga erheen');
  });

  it('makes a calm story spoed when the asker said there is danger now, with that as the first reason', async () => {
    const path = await sendAfterEmergency({ tekst: CALM, voor_wie: 'mij', gevaar: 'ja' }, 'kim@voorbeeld.nl');
    const { status, row } = await requestByStatusPath(path);
    expect(row.route).toBe('spoed');
    const triage = row.triage as { route: string; uitleg: string[]; suggesties: { soort: string }[] };
    expect(triage.route).toBe('spoed');
    expect(triage.uitleg[0]).toBe('De vrager zei zelf dat er nu gevaar is.');
    expect(triage.suggesties.some((s) => s.soort === 'vrijwilliger')).toBe(false);
    expect(status.body).toContain('Bel nu als er gevaar is');
    expect(t.mails.filter((m) => m.to === 'kim@voorbeeld.nl').at(-1)?.text).toContain('binnen een uur');

    const event = await t.database.db
      .selectFrom('request_events')
      .select('detail')
      .where('request_id', '=', row.id)
      .where('kind', '=', 'ingediend')
      .executeTakeFirstOrThrow();
    expect(event.detail).toMatchObject({ route: 'spoed' });
  });

  it('keeps an ordinary request ordinary: no spoed, the usual mail', async () => {
    const { csrf, cookie } = await firstStep({ tekst: CALM, voor_wie: 'mij', gevaar: 'nee' });
    const sent = await postForm(
      t,
      '/hulp/versturen',
      {
        _csrf: csrf,
        tekst: CALM,
        voor_wie: 'mij',
        gevaar: 'nee',
        postcode: '3532 LC',
        dag: '',
        dagdeel: '',
        taal: '',
        naam: 'Jo',
        email: 'jo@voorbeeld.nl',
        telefoon: '',
      },
      cookie,
    );
    const { row } = await requestByStatusPath(String(sent.headers.location));
    expect(row.route).not.toBe('spoed');
    const mail = t.mails.filter((m) => m.to === 'jo@voorbeeld.nl').at(-1);
    expect(mail?.text).toContain('We hebben je hulpvraag ontvangen. Iemand van het wijkteam kijkt ernaar.');
    expect(mail?.text).not.toContain('binnen een uur');
  });
});
