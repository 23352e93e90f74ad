// Bad input everywhere: the shared corpus (test/support/hostile-strings.ts) is posted into every field of every form
// and every API field. Routes come from the app's own route table and fields from the rendered forms, so a new
// route or field is covered without anyone adding it here; a route that cannot be covered is listed with its reason.
// No answer may be a server error; a refused value gets a Dutch message beside its field with what was typed kept;
// a failing post saves nothing; the log holds no 5xx line and no personal data.
import { readFile } from 'node:fs/promises';
import type { LightMyRequestResponse } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiToken } from '../../src/kernel/auth/api-tokens.js';
import { hashToken } from '../../src/kernel/auth/tokens.js';
import { issueLoginCode } from '../../src/kernel/auth/login-codes.js';
import { type Role, roles } from '../../src/kernel/auth/roles.js';
import { createSession } from '../../src/kernel/auth/sessions.js';
import { cleanInput } from '../../src/kernel/http/input.js';
import type { RouteAccess } from '../../src/kernel/http/route-access.js';
import { STORY_MAX_LENGTH } from '../../src/modules/requests/pages/request-fields.js';
import { acceptInvitation, fileComplaint, inviteSupporter } from '../../src/modules/support/index.js';
import { fieldMessages } from '../../src/kernel/ui/forms.js';
import { planMeeting, saveAgreement, saveGoal } from '../../src/modules/plans/index.js';
import { recordReferral, setRegisseur } from '../../src/modules/casework/index.js';
import {
  findSignal,
  moveSignal,
  putThemeOnAgenda,
  recordVisit,
  submitSignal,
} from '../../src/modules/signals/index.js';
import {
  createResult,
  followWithAccount,
  moveProposal,
  submitProposal,
  supportProposal,
} from '../../src/modules/agenda/index.js';
import { newFollowLink } from '../../src/modules/agenda/commands/follows.js';
import { messagesFor } from '../../src/kernel/ui/messages.js';
import type { Tenant } from '../../src/kernel/tenancy/queries.js';
import { cookiesFrom, postFile, sessionCookie, type TestApp, testApp } from '../support/app.js';
import { buurtFile } from '../support/buurt.js';
import {
  makeActivity,
  makeCase,
  makeHelpRequest,
  makeMatch,
  makeTenant,
  makeUser,
  makeVolunteer,
  type TestActivity,
  type TestUser,
  type TestVolunteer,
} from '../support/factories.js';
import { formsOf, type FormField, type HtmlForm, shownValue } from '../support/html-forms.js';
import {
  type HostileString,
  hostileStrings,
  invalidFormBodies,
  invalidJsonBodies,
} from '../support/hostile-strings.js';

let t: TestApp;
let tenant: Tenant;
const users = {} as Record<Role, TestUser>;
let ownVolunteer: TestVolunteer;
let ownActivity: TestActivity;
/** A neighbourhood signal for the signals API's path parameters. */
let apiSignal: string;

const STORY = 'Ik woon alleen sinds mijn man overleed en zoek iemand die af en toe boodschappen met me doet.';

beforeAll(async () => {
  t = await testApp({
    NABIJ_GEMEENTE: 'vijanddorp',
    // Thousands of posts from one address: the limits are tested elsewhere, here they would only stop the test.
    NABIJ_FORM_RATE_LIMIT: '1000000',
    NABIJ_LOGIN_RATE_LIMIT: '1000000',
  });
  const db = t.database.db;
  tenant = await makeTenant(db, 'vijanddorp', 'Vijanddorp');
  for (const role of roles) users[role] = await makeUser(db, tenant, role);
  ownVolunteer = await makeVolunteer(db, { tenant, account: users.vrijwilliger });
  ownActivity = await makeActivity(db, { tenant, owner: users.initiatiefnemer });
  await makeUser(db, tenant, 'bewoner', { isDemo: true });
  apiSignal = (
    await submitSignal(
      t.app.ctx,
      tenant,
      { kind: 'system', tenantId: tenant.id, process: 'signaal' },
      {
        kind: 'buurt',
        topic: 'overlast',
        whatSeen: 'Lawaai op het plein.',
        reporterUserId: null,
        reporterRole: 'bewoner',
      },
    )
  ).id;
}, 120_000);
afterAll(() => t?.close());

// ---------------------------------------------------------------------------------------------------------------
// Requests and pages

type Opened = { html: string; cookie: string };

async function get(url: string, cookie: string): Promise<Opened> {
  const response = await t.app.inject({ method: 'GET', url, headers: cookie ? { cookie } : {} });
  if (response.statusCode !== 200) throw new Error(`GET ${url} gave ${response.statusCode}`);
  return { html: response.body, cookie: cookiesFrom(response, cookie) };
}

const csrfOf = (html: string) => /name="_csrf" value="([^"]+)"/.exec(html)?.[1] ?? '';

function send(
  method: 'GET' | 'POST',
  url: string,
  pairs: readonly (readonly [string, string])[],
  cookie: string,
): Promise<LightMyRequestResponse> {
  // URLSearchParams writes a lone surrogate as U+FFFD, as a browser does: a form cannot carry one.
  const encoded = new URLSearchParams(pairs.map(([k, v]) => [k, v])).toString();
  const headers: Record<string, string> = cookie ? { cookie } : {};
  if (method === 'GET') return t.app.inject({ method, url: encoded ? `${url}?${encoded}` : url, headers });
  headers['content-type'] = 'application/x-www-form-urlencoded';
  return t.app.inject({ method, url, headers, payload: encoded });
}

/** Opens `page`, fills in its form for `action` and sends it: for steps and data the next form needs. */
const actorFor = (u: TestUser) => ({ kind: 'user' as const, userId: u.id, tenantId: u.tenantId, role: u.role });

/** The resident invites the municipality's client supporter, sharing one part; the invitation's link. */
async function invitedSupporter(resident: TestUser, category: string) {
  const result = await inviteSupporter(
    t.app.ctx,
    tenant,
    actorFor(resident),
    { kind: 'lijst', userId: users.clientondersteuner.id },
    [category],
  );
  if (!result.ok) throw new Error('the invitation was refused');
  return result;
}

async function through(page: string, action: string, fields: Record<string, string>, cookie: string) {
  const opened = await get(page, cookie);
  const response = await send(
    'POST',
    action,
    [['_csrf', csrfOf(opened.html)], ...Object.entries(fields)],
    opened.cookie,
  );
  if (response.statusCode >= 400) throw new Error(`POST ${action} gave ${response.statusCode}`);
  return { response, cookie: cookiesFrom(response, opened.cookie) };
}

const pathOfLink = (text: string, prefix: string) => new RegExp(`${prefix}/[^\\s"]+`).exec(text)?.[0] ?? '';

// ---------------------------------------------------------------------------------------------------------------
// Every form route: who sends it, the page that shows its form (made with fresh data of its own, as a post may
// use it up), and valid values for fields that need one. `full`: every string into every typed field (the main
// public forms); the other forms get a rotating sample, so every string still meets many fields.

type Signer = Role | 'bezoeker';
type FormPlan = {
  as: Signer;
  page: (cookie: string) => Promise<Opened>;
  full?: boolean;
  /** The use case writes several rows: a refused post is checked to have written none. */
  several?: boolean;
  /** How many strings go into each typed field when not `full` (fewer for a slow form, like a password check). */
  sample?: number;
  /** Values that make the other fields pass; `{n}` becomes a new number each post (an address used once). */
  valid?: Record<string, string>;
};

/** Valid values of typed fields, by name; a typed field the page leaves empty must have one here or in its plan. */
const validTyped: Record<string, string> = {
  naam: 'Wilhelmina van Steen',
  email: 'vijand-{n}@voorbeeld.nl',
  telefoon: '06 12345678',
  postcode: '3532 LC',
  tekst: STORY,
  bericht_helper: 'Bel twee keer aan.',
  reden: '',
  opmerking: '',
  code: '123456',
  zoek: 'Jansen',
  q: 'koffie',
  wachtwoord: 'geen-echt-wachtwoord',
};

async function requestWithIdeas(asker?: TestUser) {
  const db = t.database.db;
  const activity = await makeActivity(db, { tenant });
  const volunteer = await makeVolunteer(db, { tenant });
  const request = await makeHelpRequest(db, {
    tenant,
    asker: asker ?? null,
    suggestions: [
      { id: activity.externalId, soort: 'activiteit', score: 0.8, redenen: ['Past bij de vraag.'] },
      { id: volunteer.externalId, soort: 'vrijwilliger', score: 0.7, redenen: ['Woont dichtbij.'] },
    ],
  });
  return { request, activity, volunteer };
}

const statusBase = (request: { statusPath: string; id: string }, signedIn: boolean) =>
  signedIn ? `/mijn/hulpvragen/${request.id}` : request.statusPath;

/** The asker's own pages: by the status link (anyone holding it) and signed in under /mijn/hulpvragen. */
function askerPlans(path: string, plan: (signedIn: boolean) => FormPlan): Record<string, FormPlan> {
  return { [`POST /hulp/status/:token${path}`]: plan(false), [`POST /mijn/hulpvragen/:id${path}`]: plan(true) };
}

/** A worry about a person of the municipality, taken to a state by the plans' wijkteamlid; its id. */
async function signalIn(state: 'gemeld' | 'in_behandeling' | 'contact'): Promise<string> {
  const nabij = { kind: 'system' as const, tenantId: tenant.id, process: 'signaal' as const };
  const { id } = await submitSignal(t.app.ctx, tenant, nabij, {
    kind: 'persoon',
    topic: 'oudere_alleen',
    whatSeen: STORY,
    reporterUserId: null,
    reporterRole: 'bewoner',
  });
  const team = actorFor(users.wijkteamlid);
  if (state === 'gemeld') return id;
  await moveSignal(t.app.ctx, team, await findSignal(t.app.ctx, team, id), { to: 'in_behandeling', reason: 'Ik' });
  if (state === 'in_behandeling') return id;
  await recordVisit(t.app.ctx, team, await findSignal(t.app.ctx, team, id), 'contact_gemaakt', 'Gesproken.');
  return id;
}

const SIGNAL = 'De oudere buurman krijgt weinig bezoek en doet zelf geen boodschappen meer. Hij lijkt eenzaam.';

/** A signal about a person the team closed, so its reporter is asked the feedback question. */
async function closedSignal(reporter: TestUser | null) {
  const ctx = t.app.ctx;
  const signal = await submitSignal(
    ctx,
    tenant,
    { kind: 'system', tenantId: tenant.id, process: 'signaal' },
    {
      kind: 'persoon',
      topic: 'oudere_alleen',
      whatSeen: SIGNAL,
      street: 'Lindelaan',
      reporterUserId: reporter?.id ?? null,
      reporterRole: 'bewoner',
    },
  );
  const team = actorFor(users.wijkteamlid);
  await moveSignal(ctx, team, await findSignal(ctx, team, signal.id), {
    to: 'afgesloten',
    reason: 'Opgepakt.',
    closingOutcome: 'opgepakt',
  });
  return signal;
}

/** A proposal on the neighbourhood agenda by the plans' resident, taken to a state by the plans' wijkteamlid. */
async function proposalIn(state: 'ingediend' | 'verborgen'): Promise<string> {
  const db = t.database.db;
  const wijk = await db
    .selectFrom('neighbourhoods')
    .select('id')
    .where('tenant_id', '=', tenant.id)
    .executeTakeFirstOrThrow();
  const actor = (u: TestUser) => ({ kind: 'user' as const, userId: u.id, tenantId: u.tenantId, role: u.role });
  const { id } = await submitProposal(t.app.ctx, actor(users.bewoner), {
    neighbourhoodId: wijk.id,
    title: 'Een bankje bij de speeltuin',
    what: 'Een bankje om even te rusten.',
    whereText: '',
    why: '',
    ownContribution: '',
  });
  if (state === 'verborgen')
    await moveProposal(t.app.ctx, actor(users.wijkteamlid), id, 'verborgen', { text: 'Noemt een naam.' });
  return id;
}

let professionalService: TestActivity;
let otherRegisseur: TestUser;

/** A case for the regisseur's forms: owned by the plans' wijkteamlid, with the plans' regisseur as its regisseur. */
async function regieCase(options: { referral?: boolean; asker?: TestUser } = {}) {
  const db = t.database.db;
  professionalService ??= await makeActivity(db, { tenant, professional: true, contactEmail: 'intake@voorbeeld.nl' });
  otherRegisseur ??= await makeUser(db, tenant, 'regisseur');
  const request = await makeHelpRequest(db, { tenant, asker: options.asker ?? null });
  const caseId = (await makeCase(db, { tenant, request, owner: users.wijkteamlid })).id;
  const owner = {
    kind: 'user' as const,
    userId: users.wijkteamlid.id,
    tenantId: tenant.id,
    role: 'wijkteamlid' as const,
  };
  await setRegisseur(db, owner, caseId, { userId: users.regisseur.id, reason: 'Schulden.' });
  const referralId = options.referral
    ? await recordReferral(db, owner, caseId, {
        provider: { activityId: professionalService.id },
        reason: 'Gekozen in het gesprek.',
        chosenHow: 'in_gesprek',
      })
    : null;
  return { caseId, referralId };
}

const plans: Record<string, FormPlan> = {
  // Signals, the reporter's side: the two public forms, the feedback question (on a closed signal of its own, by the
  // status link and signed in), and the team's standard texts.
  'POST /signaal/iemand': {
    as: 'bezoeker',
    full: true,
    page: (c) => get('/signaal/iemand', c),
    valid: {
      wat_zie_je: SIGNAL,
      sinds_wanneer: '',
      straat: 'Lindelaan',
      herkennen: '',
      organisatie: '',
      gevaar: 'nee',
    },
  },
  'POST /signaal/buurt': {
    as: 'bezoeker',
    page: (c) => get('/signaal/buurt', c),
    valid: { wat_speelt: SIGNAL, wat_helpt: '', straat: '', organisatie: '' },
  },
  // The satisfaction questions (issue 14, C1): a fresh invitation's link, only radio groups on the page.
  'POST /tevredenheid/:token': {
    as: 'bezoeker',
    page: async (c) => {
      const token = `tevreden-${crypto.randomUUID()}`;
      await t.database.db
        .insertInto('satisfaction_invitations')
        .values({
          tenant_id: tenant.id,
          about: 'koppeling',
          source_id: crypto.randomUUID(),
          token_hash: hashToken(token),
          expires_at: new Date(Date.now() + 86_400_000),
        })
        .execute();
      return get(`/tevredenheid/${token}`, c);
    },
  },
  'POST /signaal/status/:token/terugkoppeling': {
    as: 'bezoeker',
    page: async (c) => get(`/signaal/status/${(await closedSignal(null)).statusToken}`, c),
    valid: { toelichting: '' },
  },
  'POST /mijn/signalen/:id/terugkoppeling': {
    as: 'bewoner',
    page: async (c) => get(`/mijn/signalen/${(await closedSignal(users.bewoner)).id}`, c),
    valid: { toelichting: '' },
  },
  'POST /team/signalen/teksten': { as: 'wijkteamlid', page: (c) => get('/team/signalen/teksten', c) },
  'POST /team/signalen/teksten/:step/standaard': {
    as: 'wijkteamlid',
    page: async (c) => {
      await t.database.db
        .insertInto('signal_status_texts')
        .values({ tenant_id: tenant.id, step: 'gemeld', text: 'Eigen tekst van het team.', updated_by: null })
        .onConflict((oc) => oc.columns(['tenant_id', 'step']).doNothing())
        .execute();
      return get('/team/signalen/teksten', c);
    },
  },
  'POST /inloggen': { as: 'bezoeker', full: true, page: (c) => get('/inloggen', c) },
  'POST /inloggen/code': {
    as: 'bezoeker',
    page: async (c) => {
      const sent = await through('/inloggen', '/inloggen', { email: users.bewoner.email }, c);
      return get(sent.response.headers.location as string, sent.cookie);
    },
  },
  'POST /inloggen/link/:token': {
    as: 'bezoeker',
    page: async (c) => {
      const sent = await through('/inloggen', '/inloggen', { email: users.bewoner.email }, c);
      return get(pathOfLink(t.mails.at(-1)?.text ?? '', '/inloggen/link'), sent.cookie);
    },
  },
  'POST /inloggen/medewerker': {
    as: 'bezoeker',
    // Every password is checked with scrypt, on purpose slow: a few strings each.
    sample: 3,
    page: (c) => get('/inloggen/medewerker', c),
    valid: { email: 'niemand-{n}@voorbeeld.nl' },
  },
  'POST /inloggen/tweede-stap': {
    as: 'bezoeker',
    page: async () => {
      const user = await makeUser(t.database.db, tenant, 'wijkteamlid');
      const token = await createSession(
        t.database.db,
        { userId: user.id, tenantId: tenant.id },
        'wacht_op_tweede_stap',
      );
      return get('/inloggen/tweede-stap', `nabij_sessie=${token}`);
    },
  },
  'POST /uitloggen': { as: 'bewoner', page: (c) => get('/account', c) },
  'POST /account': { as: 'bewoner', page: (c) => get('/account', c) },
  'POST /beheer/accounts': { as: 'beheerder', page: (c) => get('/beheer', c) },
  'POST /beheer/accounts/medewerker': {
    as: 'beheerder',
    several: true,
    page: (c) => get('/beheer/accounts', c),
  },
  'POST /inloggen/wachtwoord/:token': {
    as: 'bezoeker',
    // Every accepted password is hashed with scrypt, on purpose slow: a few strings each.
    sample: 3,
    valid: { wachtwoord_herhaald: 'geen-echt-wachtwoord' },
    page: async (c) => {
      const user = await makeUser(t.database.db, tenant, 'regisseur');
      const link = await issueLoginCode(t.database.db, { userId: user.id, tenantId: tenant.id }, 'wachtwoord');
      return get(`/inloggen/wachtwoord/${link.linkToken}`, c);
    },
  },
  'POST /beheer/gemeente': { as: 'beheerder', page: (c) => get('/beheer/gemeente', c) },
  'POST /beheer/postcodes': { as: 'beheerder', page: (c) => get('/beheer/postcodes', c) },
  'POST /beheer/monitor/bijwerken': { as: 'beheerder', page: (c) => get('/beheer/monitor', c) },
  'POST /beheer/api-sleutels': {
    as: 'beheerder',
    page: (c) => get('/beheer/api-sleutels', c),
    valid: { naam: 'Koppeling {n}', geldig_tot: '2099-12-31' },
  },
  'POST /beheer/api-sleutels/:id/intrekken': {
    as: 'beheerder',
    page: async (c) => {
      await createApiToken(t.database.db, {
        tenantId: tenant.id,
        name: 'Koppeling',
        scopes: ['triage'],
        expiresAt: null,
        createdBy: null,
      });
      return get('/beheer/api-sleutels', c);
    },
  },
  'POST /opbouw/actualiteit/:id/bevestigen': {
    as: 'opbouwwerker',
    page: async (c) => {
      await makeActivity(t.database.db, { tenant, lastConfirmedAt: new Date('2020-01-01') });
      return get('/opbouw/actualiteit', c);
    },
  },
  'POST /opbouw/herinneringen': { as: 'opbouwwerker', page: (c) => get('/opbouw/actualiteit', c) },
  'POST /opbouw/import/:draft': {
    as: 'opbouwwerker',
    page: async (c) => {
      const opened = await get('/opbouw/import', c);
      const content = await readFile(buurtFile('activiteiten.csv'));
      const file = { name: 'activiteiten.csv', field: 'bestand', content, type: 'text/csv' };
      const preview = await postFile(t, '/opbouw/import', { _csrf: csrfOf(opened.html) }, file, opened.cookie);
      return { html: preview.body, cookie: opened.cookie };
    },
  },
  'POST /klopt-dit-nog/:token': {
    as: 'bezoeker',
    page: async (c) => {
      const contactEmail = `organisator-${Date.now()}@voorbeeld.nl`;
      await makeActivity(t.database.db, { tenant, contactEmail, lastConfirmedAt: new Date('2020-01-01') });
      const worker = await sessionCookie(t, users.opbouwwerker);
      await through('/opbouw/actualiteit', '/opbouw/herinneringen', {}, worker);
      const mail = t.mails.filter((m) => m.to === contactEmail).at(-1);
      return get(pathOfLink(mail?.text ?? '', '/klopt-dit-nog'), c);
    },
  },
  'POST /team/sleutelpersonen': {
    as: 'wijkteamlid',
    page: (c) => get('/team/sleutelpersonen', c),
    valid: { bekend_om: 'Imam van de moskee aan de Kanaalstraat', email: '', talen: 'nl;ar' },
  },
  'POST /team/sleutelpersonen/:id/verwijderen': {
    as: 'wijkteamlid',
    page: async (c) => {
      const person = {
        naam: 'Sleutel',
        bekend_om: 'Buurthuis',
        telefoon: '',
        email: '',
        talen: 'nl',
        toestemming: 'ja',
      };
      await through('/team/sleutelpersonen', '/team/sleutelpersonen', person, c);
      return get('/team/sleutelpersonen', c);
    },
  },
  'POST /mijn/activiteiten/:id/bevestigen': { as: 'initiatiefnemer', page: (c) => get('/mijn/activiteiten', c) },
  'POST /mijn/activiteiten/:id': {
    as: 'initiatiefnemer',
    page: (c) => get(`/mijn/activiteiten/${ownActivity.id}`, c),
    valid: { vrije_plaatsen: '12', gaat_niet_door: '2027-04-27 Koningsdag' },
  },
  'POST /helpen/aanmelden': {
    several: true,
    as: 'bezoeker',
    full: true,
    page: (c) => get('/helpen/aanmelden', c),
    valid: { voornaam: 'Wilhelmina', email: 'helper-{n}@voorbeeld.nl', andere_taal: '', grenzen: '', vog_datum: '' },
  },
  'POST /helpen/aanmelden/bevestigen/:token': {
    as: 'bezoeker',
    page: async (c) => {
      const email = `aanmelder-${Date.now()}@voorbeeld.nl`;
      const opened = await get('/helpen/aanmelden', c);
      const form = formsOf(opened.html).find((f) => f.action === '/helpen/aanmelden');
      const answers = validPairs(form!, { valid: { ...plans['POST /helpen/aanmelden']!.valid, email } }, 'aanmelden');
      const sent = await send('POST', '/helpen/aanmelden', answers, opened.cookie);
      if (sent.statusCode !== 303) throw new Error(`signing up gave ${sent.statusCode}`);
      const mail = t.mails.filter((m) => m.to === email).at(-1);
      return get(pathOfLink(mail?.text ?? '', '/helpen/aanmelden/bevestigen'), c);
    },
  },
  'POST /mijn/vrijwilliger/uren': {
    as: 'vrijwilliger',
    page: (c) => get('/mijn/vrijwilliger', c),
    valid: { uren: '2', vergoeding: '', omschrijving: '' },
  },
  'POST /mijn/vrijwilliger/geslacht': { as: 'vrijwilliger', page: (c) => get('/mijn/vrijwilliger', c) },
  'POST /mijn/vrijwilliger/aanbod': {
    as: 'vrijwilliger',
    page: (c) => get('/mijn/vrijwilliger/aanbod', c),
    valid: { postcode: '', andere_taal: '', grenzen: '', vog_datum: '' },
  },
  'POST /team/vrijwilligers/:volunteerId/vog-gezien': {
    as: 'wijkteamlid',
    page: async (c) => {
      const volunteer = await makeVolunteer(t.database.db, { tenant, account: true, vogSeen: false });
      return get(`/team/vrijwilligers/${volunteer.id}`, c);
    },
  },
  'POST /beheer/vrijwilligersvergoeding': {
    as: 'beheerder',
    page: (c) => get('/beheer/vrijwilligersvergoeding', c),
    valid: { jaar: '2031', per_maand: '210', per_jaar: '2.100' },
  },
  'POST /mijn/vrijwilliger/even-niet': {
    as: 'vrijwilliger',
    page: (c) => get('/mijn/vrijwilliger', c),
    valid: { van: '2027-01-04', tot: '2027-01-10' },
  },
  'POST /mijn/vrijwilliger/koppelingen/:matchId': {
    several: true,
    as: 'vrijwilliger',
    page: async (c) => {
      await makeMatch(t.app.ctx, { tenant, volunteer: ownVolunteer });
      return get('/mijn/vrijwilliger', c);
    },
  },
  'POST /hulp/vraag': {
    as: 'bezoeker',
    full: true,
    page: (c) => get('/hulp/vraag', c),
    valid: { gevaar: 'nee', voor_wie: 'mij' },
  },
  'POST /hulp/ander': {
    as: 'bezoeker',
    page: async (c) => {
      const step = await through('/hulp/vraag', '/hulp/vraag', { tekst: STORY, voor_wie: 'ander', gevaar: 'nee' }, c);
      return { html: step.response.body, cookie: step.cookie };
    },
    valid: { naam_ander: 'Bep', relatie: 'mijn buurvrouw' },
  },
  'POST /hulp/versturen': {
    several: true,
    as: 'bezoeker',
    full: true,
    page: async (c) => {
      const step = await through('/hulp/vraag', '/hulp/vraag', { tekst: STORY, voor_wie: 'mij', gevaar: 'nee' }, c);
      return { html: step.response.body, cookie: step.cookie };
    },
  },
  ...askerPlans('/delen', (signedIn) => ({
    as: signedIn ? 'bewoner' : 'bezoeker',
    several: true,
    page: async (c) => {
      const request = await makeHelpRequest(t.database.db, { tenant, asker: signedIn ? users.bewoner : null });
      return get(`${statusBase(request, signedIn)}/delen`, c);
    },
  })),
  ...askerPlans('/activiteiten', (signedIn) => ({
    as: signedIn ? 'bewoner' : 'bezoeker',
    several: true,
    page: async (c) => {
      const { request } = await requestWithIdeas(signedIn ? users.bewoner : undefined);
      return get(statusBase(request, signedIn), c);
    },
  })),
  ...askerPlans('/koppelingen/:matchId', (signedIn) => ({
    as: signedIn ? 'bewoner' : 'bezoeker',
    several: true,
    page: async (c) => {
      const request = await makeHelpRequest(t.database.db, { tenant, asker: signedIn ? users.bewoner : null });
      await makeMatch(t.app.ctx, { tenant, request, state: 'vrijwilliger_akkoord' });
      return get(statusBase(request, signedIn), c);
    },
  })),
  ...askerPlans('/koppelingen/:matchId/afronden', (signedIn) => ({
    as: signedIn ? 'bewoner' : 'bezoeker',
    several: true,
    page: async (c) => {
      const request = await makeHelpRequest(t.database.db, { tenant, asker: signedIn ? users.bewoner : null });
      const match = await makeMatch(t.app.ctx, { tenant, request, state: 'actief' });
      return get(`${statusBase(request, signedIn)}/koppelingen/${match.id}/afronden`, c);
    },
  })),
  'POST /team/hulpvragen/nieuw': {
    several: true,
    as: 'wijkteamlid',
    page: (c) => get('/team/hulpvragen/nieuw', c),
    valid: { email: '' },
  },
  'POST /team/hulpvragen/:id/triage': {
    several: true,
    as: 'wijkteamlid',
    page: async (c) => get(`/team/hulpvragen/${(await makeHelpRequest(t.database.db, { tenant })).id}`, c),
    valid: { reden: 'De vrager wil liever iemand uit de buurt.' },
  },
  'POST /team/hulpvragen/:id/koppelen': {
    several: true,
    as: 'wijkteamlid',
    page: async (c) => get(`/team/hulpvragen/${(await requestWithIdeas()).request.id}`, c),
  },
  'POST /team/hulpvragen/:id/koppelingen/:matchId/meegaan': {
    as: 'wijkteamlid',
    page: async (c) => {
      const { request, activity } = await requestWithIdeas();
      const choice = { activiteit: activity.externalId, keuze: 'meegaan' };
      await through(request.statusPath, `${request.statusPath}/activiteiten`, choice, '');
      return get(`/team/hulpvragen/${request.id}`, c);
    },
  },
  'POST /team/hulpvragen/:id/casus': {
    several: true,
    as: 'wijkteamlid',
    page: async (c) => get(`/team/hulpvragen/${(await makeHelpRequest(t.database.db, { tenant })).id}`, c),
  },
  ...Object.fromEntries(
    (['notities', 'eerste-contact', 'overdragen', 'sluiten'] as const).map((step) => [
      `POST /team/casussen/:id/${step}`,
      {
        as: 'wijkteamlid',
        several: true,
        page: async (c: string) => get(`/team/casussen/${(await makeCase(t.database.db, { tenant })).id}`, c),
        // Read when the form is sent: the colleague to hand over to exists only once the test has begun.
        get valid() {
          return { notitie: 'Gebeld.', aan: users.regisseur.id, reden: 'Vakantie.', toelichting: '' };
        },
      } satisfies FormPlan,
    ]),
  ),
  'POST /team/casussen/:id/heropenen': {
    as: 'wijkteamlid',
    several: true,
    page: async (c) => {
      const opened = await makeCase(t.database.db, { tenant });
      await through(`/team/casussen/${opened.id}`, `/team/casussen/${opened.id}/sluiten`, { uitkomst: 'verhuisd' }, c);
      return get(`/team/casussen/${opened.id}`, c);
    },
    valid: { reden: 'De bewoner belde terug.' },
  },
  'POST /team/casussen/:id/gesprek': {
    as: 'wijkteamlid',
    several: true,
    page: async (c) => get(`/team/casussen/${(await makeCase(t.database.db, { tenant })).id}/gesprek`, c),
    // The built-in instrument's thirteen domains, each with three short texts that may stay empty.
    valid: {
      niveau_financien: '3',
      ...Object.fromEntries(
        [
          'financien',
          'werk_opleiding',
          'tijdsbesteding',
          'huisvesting',
          'huiselijke_relaties',
          'geestelijke_gezondheid',
          'lichamelijke_gezondheid',
          'middelengebruik',
          'basale_adl',
          'instrumentele_adl',
          'sociaal_netwerk',
          'maatschappelijke_participatie',
          'justitie',
        ].flatMap((d) => ['zelf', 'netwerk', 'professional'].map((f) => [`${f}_${d}`, ''])),
      ),
    },
  },
  ...Object.fromEntries(
    (
      [
        ['toestemming', 'wijkteamlid', {}],
        ['grondslag', 'regisseur', { reden: 'Acuut gevaar.' }],
      ] as const
    ).map(([path, as, extra]) => [
      `POST /team/casussen/:id/${path}`,
      {
        as,
        several: true,
        page: async (c: string) => {
          const asker = await makeUser(t.database.db, tenant, 'bewoner');
          const request = await makeHelpRequest(t.database.db, { tenant, asker });
          return get(`/team/casussen/${(await makeCase(t.database.db, { tenant, request })).id}/${path}`, c);
        },
        valid: { naam: 'Olga Steun', email: '', doel_toelichting: '', eind: '', ...extra },
      } satisfies FormPlan,
    ]),
  ),
  'POST /mijn/toestemmingen/:id/intrekken': {
    as: 'bewoner',
    page: async (c) => {
      await t.database.db
        .insertInto('consents')
        .values({
          tenant_id: tenant.id,
          kind: 'toestemming',
          subject_user_id: users.bewoner.id,
          recipient_kind: 'rol',
          recipient_role: 'clientondersteuner',
          category: 'dossier',
          purpose: 'ondersteuning',
          starts_on: '2026-01-01',
          given_how: 'schriftelijk',
        })
        .execute();
      return get('/mijn/toestemmingen', c);
    },
  },
  ...planPlans(),
  'POST /mijn/ondersteuner': {
    as: 'bewoner',
    several: true,
    page: (c) => get('/mijn/ondersteuner', c),
    get valid() {
      return { wie: users.clientondersteuner.id, naam: '', email: '', delen: 'hulpvraag' };
    },
  },
  'POST /mijn/ondersteuner/:id/stoppen': {
    as: 'bewoner',
    several: true,
    page: async (c) => {
      await invitedSupporter(users.bewoner, 'hulpvraag');
      return get('/mijn/ondersteuner', c);
    },
  },
  'POST /ondersteuner/uitnodiging/:token': {
    as: 'bezoeker',
    several: true,
    page: async (c) => get(new URL((await invitedSupporter(users.bewoner, 'hulpvraag')).link).pathname, c),
  },
  'POST /ondersteuner/bewoners/:userId/klacht': {
    as: 'clientondersteuner',
    several: true,
    page: async (c) => {
      const resident = await makeUser(t.database.db, tenant, 'bewoner');
      const { link } = await invitedSupporter(resident, 'klacht');
      expect(await acceptInvitation(t.app.ctx, link.split('/').pop()!)).toMatchObject({ ok: true });
      return get(`/ondersteuner/bewoners/${resident.id}/klacht`, c);
    },
    valid: { over: 'Niemand belde terug', wat: 'Drie keer gebeld.', wens: '' },
  },
  'POST /ondersteuner/bewoners/:userId/plan/doel': {
    as: 'clientondersteuner',
    several: true,
    page: async (c) => {
      const resident = await makeUser(t.database.db, tenant, 'bewoner');
      const request = await makeHelpRequest(t.database.db, { tenant, asker: resident });
      await makeCase(t.database.db, { tenant, request });
      const { link } = await invitedSupporter(resident, 'plan');
      expect(await acceptInvitation(t.app.ctx, link.split('/').pop()!)).toMatchObject({ ok: true });
      return get(`/ondersteuner/bewoners/${resident.id}`, c);
    },
    valid: { doel: 'Ik wil weer zelf boodschappen doen.' },
  },
  'POST /mijn/klachten/nieuw': {
    as: 'bewoner',
    several: true,
    page: (c) => get('/mijn/klachten/nieuw', c),
    valid: { over: 'Niemand belde terug', wat: 'Drie keer gebeld.', wens: '' },
  },
  'POST /team/klachten/:id': {
    as: 'regisseur',
    several: true,
    page: async (c) => {
      const id = await fileComplaint(t.database.db, actorFor(users.bewoner), users.bewoner.id, {
        kind: 'klacht',
        about: 'Niemand belde terug',
        whatHappened: 'Drie keer gebeld.',
        wish: '',
      });
      return get(`/team/klachten/${id}`, c);
    },
    valid: { bericht: 'Ik bel je deze week.' },
  },
  'POST /beheer/bewaartermijnen': { as: 'beheerder', page: (c) => get('/beheer/bewaartermijnen', c) },
  // Signals, the team's side: each form on a fresh signal in the state that shows it.
  'POST /beheer/signaaltermijnen': { as: 'beheerder', page: (c) => get('/beheer/signaaltermijnen', c) },
  'POST /team/signalen/:id/eigenaar': {
    as: 'wijkteamlid',
    page: async (c) => get(`/team/signalen/${await signalIn('gemeld')}`, c),
  },
  'POST /team/signalen/:id/stap': {
    as: 'wijkteamlid',
    page: async (c) => get(`/team/signalen/${await signalIn('gemeld')}`, c),
    valid: { reden: 'Ik pak het op.' },
  },
  'POST /team/signalen/:id/bezoek': {
    as: 'wijkteamlid',
    page: async (c) => get(`/team/signalen/${await signalIn('in_behandeling')}`, c),
    valid: { notitie: 'Aangebeld en gesproken.' },
  },
  'POST /team/signalen/:id/hulpvraag': {
    as: 'wijkteamlid',
    several: true,
    page: async (c) => get(`/team/signalen/${await signalIn('contact')}`, c),
    valid: { hulp_bij: STORY, email: '' },
  },
  'POST /team/signalen/:id/vertellen': {
    as: 'wijkteamlid',
    page: async (c) => get(`/team/signalen/${await signalIn('contact')}`, c),
  },
  'POST /beheer/termijnen': {
    as: 'beheerder',
    page: (c) => get('/beheer/termijnen', c),
    valid: { teammanager: 'Karin Baas', teammanager_email: 'karin@voorbeeld.nl' },
  },
  // The regisseur's steps (docs/regie.md), each on a fresh case whose owner is the wijkteamlid and whose regisseur is
  // the regisseur who posts; a referral to a professional service of the municipality where one is needed.
  'POST /team/casussen/:id/regisseur': {
    as: 'wijkteamlid',
    several: true,
    page: async (c) => get(`/team/casussen/${(await regieCase()).caseId}`, c),
    get valid() {
      return { regisseur: otherRegisseur.id, regisseur_reden: 'Kent de schuldhulp.' };
    },
  },
  'POST /team/casussen/:id/knoop': {
    as: 'regisseur',
    several: true,
    page: async (c) => get(`/team/casussen/${(await regieCase()).caseId}`, c),
    valid: { besluit: 'We starten met de budgetcoach.', besluit_reden: 'Wachten duurt te lang.' },
  },
  'POST /team/casussen/:id/verwijzing-status': {
    as: 'wijkteamlid',
    several: true,
    page: async (c) => get(`/team/casussen/${(await regieCase({ referral: true })).caseId}`, c),
  },
  'POST /team/casussen/:id/verwijzing': {
    as: 'wijkteamlid',
    several: true,
    page: async (c) => get(`/team/casussen/${(await regieCase()).caseId}/verwijzing`, c),
    get valid() {
      return { aanbieder: professionalService.id, andere_aanbieder: '', reden: 'Dichtbij.', hoe: 'telefonisch' };
    },
  },
  'POST /team/casussen/:id/verwijzingen/:referral': {
    as: 'regisseur',
    several: true,
    page: async (c) => {
      const { caseId, referralId } = await regieCase({ referral: true });
      return get(`/team/casussen/${caseId}/verwijzingen/${referralId}`, c);
    },
    valid: { uiterlijk: '2099-01-31', contact: '' },
  },
  'POST /mijn/aanbieder': {
    as: 'bewoner',
    several: true,
    page: async (c) => {
      await regieCase({ asker: users.bewoner });
      return get('/mijn/aanbieder', c);
    },
    get valid() {
      return { aanbieder: professionalService.id, andere_aanbieder: '', reden: 'Mijn zus ging er ook heen.' };
    },
  },
  'POST /opbouw/aanbieders': {
    as: 'opbouwwerker',
    page: async (c) => {
      professionalService ??= await makeActivity(t.database.db, { tenant, professional: true });
      return get('/opbouw/aanbieders', c);
    },
    // The field is named after the one professional service of this municipality.
    get valid() {
      return { [`wacht_${professionalService.id}`]: '2' };
    },
  },
  'POST /koppeling/:token': {
    several: true,
    as: 'bezoeker',
    page: async (c) => get((await makeMatch(t.app.ctx, { tenant })).volunteerPath ?? '', c),
  },
  'POST /koppeling/:token/afronden': {
    several: true,
    as: 'bezoeker',
    page: async (c) => get((await makeMatch(t.app.ctx, { tenant, state: 'actief' })).askerPath ?? '', c),
  },
  ...Object.fromEntries(
    (['vrijwilliger', 'vrager', 'afronden'] as const).map((step) => [
      `POST /team/hulpvragen/:id/koppelingen/:matchId/${step}`,
      {
        as: 'wijkteamlid',
        several: true,
        page: async (c: string) => {
          const state = step === 'vrijwilliger' ? 'voorgesteld' : step === 'vrager' ? 'vrijwilliger_akkoord' : 'actief';
          const match = await makeMatch(t.app.ctx, { tenant, state });
          return get(`/team/hulpvragen/${match.request.id}/koppelingen/${match.id}`, c);
        },
      } satisfies FormPlan,
    ]),
  ),
  // A neighbourhood theme for the agenda: a fresh waiting neighbourhood signal (without a buurt) makes the group.
  'POST /team/signalen/themas/nieuw': {
    as: 'opbouwwerker',
    several: true,
    valid: { titel: 'Eenzaamheid in de buurt', samenvatting: 'Ouderen komen weinig buiten.' },
    page: async (c) => {
      await submitSignal(
        t.app.ctx,
        tenant,
        { kind: 'system', tenantId: tenant.id, process: 'signaal' },
        {
          kind: 'buurt',
          topic: 'eenzaamheid',
          whatSeen: 'Ouderen komen weinig buiten.',
          reporterUserId: null,
          reporterRole: 'bewoner',
        },
      );
      return get('/team/signalen/themas/nieuw?thema=eenzaamheid&buurt=geen', c);
    },
  },
  // The neighbourhood agenda: the resident's proposal and support, the team's steps, each on a fresh proposal; a
  // step posted again after the first one went through is refused (the proposal moved on) with its form kept.
  'POST /wijkagenda/voorstel': {
    as: 'bewoner',
    several: true,
    page: (c) => get('/wijkagenda/voorstel', c),
    valid: { titel: 'Bankje bij de speeltuin', wat: 'Een bankje om te rusten.', waar: '', waarom: '', zelf: '' },
  },
  'POST /wijkagenda/:id/steun': {
    as: 'bewoner',
    page: async (c) => get(`/wijkagenda/${await proposalIn('ingediend')}`, c),
  },
  'POST /wijkagenda/:id/steun-intrekken': {
    as: 'bewoner',
    page: async (c) => {
      const id = await proposalIn('ingediend');
      const u = users.bewoner;
      await supportProposal(t.app.ctx, { kind: 'user', userId: u.id, tenantId: u.tenantId, role: u.role }, id);
      return get(`/wijkagenda/${id}`, c);
    },
  },
  'POST /team/wijkagenda/:id/bespreken': {
    as: 'wijkteamlid',
    several: true,
    page: async (c) => get(`/team/wijkagenda/${await proposalIn('ingediend')}`, c),
    valid: { verslag: 'De klankbordgroep vindt het een goed idee.' },
  },
  'POST /team/wijkagenda/:id/beantwoorden': {
    as: 'wijkteamlid',
    several: true,
    page: async (c) => get(`/team/wijkagenda/${await proposalIn('ingediend')}`, c),
    valid: { antwoordtekst: 'Het bankje komt er in het voorjaar.' },
  },
  'POST /team/wijkagenda/:id/verbergen': {
    as: 'wijkteamlid',
    several: true,
    page: async (c) => get(`/team/wijkagenda/${await proposalIn('ingediend')}`, c),
    valid: { reden_verbergen: 'Noemt een buurman bij naam.' },
  },
  'POST /team/wijkagenda/:id/heropenen': {
    as: 'wijkteamlid',
    several: true,
    page: async (c) => get(`/team/wijkagenda/${await proposalIn('verborgen')}`, c),
    valid: { reden_heropenen: 'De naam is eruit gehaald.' },
  },
  // A theme from signals onto the agenda: a fresh waiting theme (its signals without a buurt) each time.
  'POST /team/wijkagenda/themas': {
    as: 'opbouwwerker',
    several: true,
    page: async (c) => {
      const nabij = { kind: 'system' as const, tenantId: tenant.id, process: 'signaal' as const };
      await submitSignal(t.app.ctx, tenant, nabij, {
        kind: 'buurt',
        topic: 'jongeren',
        whatSeen: 'Jongeren hangen rond op het plein.',
        reporterUserId: null,
        reporterRole: 'bewoner',
      });
      const u = users.opbouwwerker;
      await putThemeOnAgenda(
        t.app.ctx,
        { kind: 'user', userId: u.id, tenantId: u.tenantId, role: u.role },
        {
          topic: 'jongeren',
          areaId: null,
          title: 'Jongeren op het plein',
          summary: 'Een plek voor jongeren.',
        },
      );
      return get('/team/wijkagenda/themas', c);
    },
  },
  'POST /beheer/wijkagenda': { as: 'beheerder', page: (c) => get('/beheer/wijkagenda', c) },
  'POST /demo/:userId': { as: 'bezoeker', page: (c) => get('/demo', c) },
  // The monitor's publication settings: a month from the list, open data yes or no.
  'POST /beheer/monitor': { as: 'beheerder', page: (c) => get('/beheer/monitor', c), valid: { tot: '' } },
  // The public account (issue 14, helper B): following by e-mail, the links in its mails, the team's results.
  'POST /verantwoording/:id/volgen': {
    as: 'bezoeker',
    full: true,
    page: async (c) => get(`/verantwoording/${await freshResult()}`, c),
  },
  'POST /verantwoording/:id/ontvolgen': {
    as: 'bewoner',
    page: async (c) => {
      const id = await freshResult();
      await followWithAccount(t.database.db, actorFor(users.bewoner), id);
      return get(`/verantwoording/${id}`, c);
    },
  },
  'POST /verantwoording/bevestigen/:token': {
    as: 'bezoeker',
    page: async (c) => get(`/verantwoording/bevestigen/${await followLink('bevestigen')}`, c),
  },
  'POST /verantwoording/stoppen/:token': {
    as: 'bezoeker',
    page: async (c) => get(`/verantwoording/stoppen/${await followLink('stoppen')}`, c),
  },
  'POST /team/verantwoording/nieuw': {
    as: 'wijkteamlid',
    page: (c) => get('/team/verantwoording/nieuw', c),
    get valid() {
      return {
        titel: 'Een bankje',
        beschrijving: '',
        eigenaar: users.wijkteamlid.id,
        wijk: wijkId,
        start: '',
        eind: '',
      };
    },
  },
  'POST /team/verantwoording/:id': {
    as: 'wijkteamlid',
    page: async (c) => get(`/team/verantwoording/${await freshResult()}`, c),
    valid: { tekst: 'Het bankje is besteld.', voortgang: '', status: '' },
  },
  // The sounding board: standing for it, running it, its meetings.
  'POST /klankbordgroep/aanmelden': {
    as: 'bewoner',
    page: (c) => get('/klankbordgroep/aanmelden', c),
    get valid() {
      return { wijk: wijkId, motivatie: 'Ik woon hier al lang.' };
    },
  },
  'POST /beheer/klankbordgroep': {
    as: 'opbouwwerker',
    page: (c) => get('/beheer/klankbordgroep', c),
    get valid() {
      return {
        wijk: wijkId,
        account: users.bewoner.id,
        van: '01-01-2030',
        tot: '01-01-2032',
        zaadje: 'x',
        zetels: '2',
      };
    },
  },
  'POST /beheer/klankbordgroep/vergaderingen': {
    as: 'opbouwwerker',
    page: (c) => get('/beheer/klankbordgroep/vergaderingen', c),
    get valid() {
      return { wijk: wijkId, datum: '01-03-2030', plaats: 'Buurthuis De Linde', agenda: '' };
    },
  },
};

let wijkId = '';
/** A result of the team's own, made afresh for a form that may use it up. */
async function freshResult(): Promise<string> {
  wijkId ||= (
    await t.database.db
      .selectFrom('neighbourhoods')
      .select('id')
      .where('tenant_id', '=', tenant.id)
      .executeTakeFirstOrThrow()
  ).id;
  return createResult(t.database.db, actorFor(users.wijkteamlid), {
    proposalId: null,
    neighbourhoodId: wijkId,
    title: 'Een bankje bij de speeltuin',
    description: '',
    ownerUserId: users.wijkteamlid.id,
    startsOn: null,
    endsOn: null,
  });
}

/** A follow by e-mail of a fresh result, and a link of it. */
async function followLink(purpose: 'bevestigen' | 'stoppen'): Promise<string> {
  const id = await freshResult();
  const follow = await t.database.db
    .insertInto('agenda_follows')
    .values({
      tenant_id: tenant.id,
      result_id: id,
      user_id: null,
      email: `volger-${id}@voorbeeld.nl`,
      stop_token_hash: 'x',
      confirmed_at: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return newFollowLink(t.database.db, tenant.id, follow.id, purpose);
}

/**
 * The plan's forms, for the resident (/mijn/plan, on a fresh case of their own, the newest open one) and for the
 * team (/team/casussen/:id/plan): each page is made with what its form needs (a goal, an agreement, a meeting).
 */
function planPlans(): Record<string, FormPlan> {
  const valid = {
    domein: 'financien',
    doel: 'Mijn rekeningen op tijd betalen.',
    goed: '',
    wat: 'Samen de post openen.',
    naam: 'Ineke',
    uiterlijk: '',
    datum: '01-03-2030',
    plaats: 'Buurthuis De Linde',
    taak_1: 'Boodschappen doen.',
    ...Object.fromEntries(
      [1, 2, 3, 4].flatMap((n) => [
        [`naam_${n}`, n === 1 ? 'Ineke' : ''],
        [`telefoon_${n}`, ''],
        [`email_${n}`, ''],
      ]),
    ),
  };
  /** A fresh open case of the resident, with what the form needs written in by the resident through the commands. */
  const freshCase = async (needs: 'niets' | 'doel' | 'afspraak' | 'beraad') => {
    const db = t.database.db;
    const request = await makeHelpRequest(db, { tenant, asker: users.bewoner });
    const { id } = await makeCase(db, { tenant, request });
    const actor = { kind: 'user' as const, userId: users.bewoner.id, tenantId: tenant.id, role: 'bewoner' as const };
    const target = { caseId: id };
    if (needs === 'doel')
      await saveGoal(db, actor, target, null, { domainKey: 'financien', goal: 'Rust in mijn hoofd.', wentWell: '' });
    if (needs === 'afspraak')
      await saveAgreement(db, actor, target, null, { what: 'Bellen', who: 'bewoner', whoName: null, dueOn: null });
    if (needs === 'beraad')
      await planMeeting(db, actor, target, {
        meetsOn: '2030-03-01',
        place: 'Thuis',
        invitees: [{ name: 'Ineke', phone: null, email: null }],
      });
    return id;
  };
  const steps = [
    ['doelen', 'niets'],
    ['doelen/weghalen', 'doel'],
    ['afspraken', 'niets'],
    ['afspraken/gedaan', 'afspraak'],
    ['afspraken/weghalen', 'afspraak'],
    ['beraad', 'niets'],
    ['beraad/uitkomst', 'beraad'],
    ['vaststellen', 'doel'],
  ] as const;
  const formPage = (step: string) => (step === 'beraad' ? '/beraad' : '');
  return Object.fromEntries(
    steps.flatMap(([step, needs]) => [
      ...(step === 'vaststellen'
        ? []
        : [
            [
              `POST /mijn/plan/${step}`,
              {
                as: 'bewoner',
                several: true,
                page: async (c: string) => {
                  await freshCase(needs);
                  return get(`/mijn/plan${formPage(step)}`, c);
                },
                valid,
              } satisfies FormPlan,
            ] as const,
          ]),
      [
        `POST /team/casussen/:id/plan/${step}`,
        {
          as: 'wijkteamlid',
          several: true,
          page: async (c: string) => get(`/team/casussen/${await freshCase(needs)}/plan${formPage(step)}`, c),
          valid,
        } satisfies FormPlan,
      ] as const,
    ]),
  );
}

/** Routes this test cannot cover, each with the reason. A new route must be covered above or listed here. */
const notCovered: Record<string, string> = {
  // An upload whose only field is the file: hostile files, cells and bytes (test/support/hostile-files.ts) are sent
  // by the imports' own tests, src/kernel/tables/table-file.test.ts and test/integration/socialbase.test.ts.
  'POST /opbouw/import': 'file upload, covered by the imports tests',
  // A button without fields, shown only when the municipality has a model of its own, which takes tens of seconds
  // to train; its only input is the signed-in administrator, whose role the access test covers.
  'POST /beheer/triage/terugzetten': 'button without fields behind a trained model',
  // A button without fields on a list of staff accounts: posting it would switch off the accounts the other plans
  // sign in with. Its only input is the account id in the path, which the permission matrix and
  // test/integration/everyday-team.test.ts cover.
  'POST /beheer/accounts/:id/uitschakelen': 'button without fields that switches accounts off',
  // A button without fields that erases the resident's request for good: its only input is the request id in the
  // path, which the path probes below, the permission matrix and test/integration/retention.test.ts cover.
  'POST /mijn/hulpvragen/:id/wissen': 'button without fields that erases a request',
};

// ---------------------------------------------------------------------------------------------------------------
// What an answer must be

const nl = messagesFor('nl');
const dutchFieldMessages = new Set<string>(Object.values(fieldMessages).map((m) => m[0]));
const dutchErrorTitles = new Set<string>([
  nl.badRequestTitle,
  nl.notFoundTitle,
  nl.forbiddenTitle,
  nl.signInNeededTitle,
  nl.tooManyTitle,
  nl.tooLargeTitle,
]);
const injected = ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>'];

/** What a value looks like once sent by a browser and cleaned at the edge: the value the form shows again. */
const kept = (value: string) => cleanInput(wellFormed(value));

/** The string as UTF-8 can carry it: a lone surrogate becomes U+FFFD (String.prototype.toWellFormed). */
const wellFormed = (value: string) =>
  value.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');

const problems: string[] = [];
const seen = new Set<string>();
function problem(key: string, text: string) {
  if (seen.has(key)) return;
  seen.add(key);
  problems.push(text);
}

const textOf = (html: string) => html.replace(/<[^>]*>/g, '').trim();

/** A sentence of the app in Dutch: its own field messages, or wording with words English does not have. */
const isDutch = (text: string) =>
  dutchFieldMessages.has(text) ||
  [...dutchFieldMessages].some((m) => text.endsWith(m)) ||
  /\b(je|het|een|niet|deze|vul|kies|klopt|bestaat|geen|jouw|mag|wordt|ons)\b/i.test(text);

const controlTag = (html: string, name: string) =>
  new RegExp(`<(?:input|textarea|select)\\b(?:[^>"]|"[^"]*")*id="veld-${name}"(?:[^>"]|"[^"]*")*>`).exec(html)?.[0];

/**
 * Checks a page's answer to a post of `value` in `field`: never 5xx, never unescaped markup, and a refusal in Dutch.
 * A form shown again names its errors in Dutch (in the summary or beside a field); an error about a typed field
 * sits beside it, which is marked aria-invalid, and what was typed is shown again. Without a form: a Dutch page.
 */
function checkPage(where: string, response: LightMyRequestResponse, field?: FormField, value?: string) {
  const status = response.statusCode;
  if (status >= 500) return problem(`${where} 5xx`, `${where}: ${status}`);
  if (status >= 300 && status < 400) return;
  const html = response.body;
  for (const markup of injected)
    if (html.includes(markup)) problem(`${where} markup`, `${where}: ${markup} unescaped in the page`);
  if (status < 400) return;
  if (!html.includes('<html lang="nl"')) return problem(`${where} lang`, `${where}: ${status} page is not Dutch`);
  const beside = [...html.matchAll(/class="utrecht-form-field-error-message[^"]*"[^>]*>([\s\S]*?)<\/(?:div|p)>/g)];
  const summary = /nabij-error-summary[\s\S]*?<\/ul>/.exec(html)?.[0] ?? '';
  const listed = [...summary.matchAll(/<a[^>]*href="#veld-([^"]+)"[^>]*>([\s\S]*?)<\/a>/g)];
  const messages = [...beside.map((m) => textOf(m[1] ?? '')), ...listed.map((m) => textOf(m[2] ?? ''))];
  if (messages.length === 0) {
    const main = textOf(/<main[^>]*>([\s\S]*?)<\/main>/.exec(html)?.[1] ?? '');
    if (!dutchErrorTitles.has(textOf(/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1] ?? '')) && !isDutch(main))
      problem(`${where} message`, `${where}: ${status} without a Dutch message`);
    if (!field || field.kind !== 'typed' || !formsOf(html).some((f) => f.fields.some((g) => g.name === field.name)))
      return;
    return problem(`${where} silent`, `${where}: ${status} shows the form again without saying what is wrong`);
  }
  for (const message of messages)
    if (!isDutch(message)) problem(`${where} ${message}`, `${where}: message not in Dutch: ${message}`);
  // The summary's links lead to the field, for keyboard and screen reader users.
  for (const [, name] of listed)
    if (!html.includes(`id="veld-${name}"`))
      problem(`${where} link`, `${where}: the summary links to #veld-${name}, which is not on the page`);
  if (!field || value === undefined || field.kind !== 'typed') return;
  if (listed.some((m) => m[1] === field.name)) {
    if (!html.includes(`id="veld-${field.name}-fout"`))
      problem(`${where} beside`, `${where}: the error of ${field.name} is not beside the field`);
    if (!controlTag(html, field.name)?.includes('aria-invalid="true"'))
      problem(`${where} aria`, `${where}: ${field.name} has an error but is not aria-invalid`);
  }
  const shown = shownValue(html, field.name);
  if (shown !== kept(value))
    problem(
      `${where} kept`,
      `${where}: typed value not kept (${JSON.stringify(kept(value).slice(0, 40))} became ` +
        `${JSON.stringify(shown?.slice(0, 40))})`,
    );
}

// ---------------------------------------------------------------------------------------------------------------
// Nothing half-saved: row counts of every table but the ones a refused post writes by design.

/** Written by a refused post on purpose: who looked (access log), rate-limit counters, sessions, sign-in codes. */
const bookkeeping = new Set(['access_log', 'rate_limits', 'sessions', 'login_codes']);

let countQuery: string | undefined;

async function rowCounts(): Promise<string> {
  const db = t.database.db;
  if (!countQuery) {
    const tables = await sql<{ name: string }>`
      SELECT table_name AS name FROM information_schema.tables
      WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name NOT LIKE 'kysely%'
      ORDER BY table_name`.execute(db);
    const counted = tables.rows.map((r) => r.name).filter((name) => !bookkeeping.has(name));
    countQuery = `SELECT ${counted.map((name) => `(SELECT count(*) FROM "${name}")::int AS "${name}"`).join(', ')}`;
  }
  const row = await sql<Record<string, number>>`${sql.raw(countQuery)}`.execute(db);
  return JSON.stringify(row.rows[0]);
}

// ---------------------------------------------------------------------------------------------------------------
// Sending the corpus

/**
 * How many strings a field gets besides the longest, which every field gets (a missing maximum length is the most
 * common gap): the main public forms give every string to every typed field; other typed fields, choices and hidden
 * fields, path parameters and API parameters get the next few of a rotation, so every string meets many of them.
 */
const SAMPLE = { typed: 6, choice: 2, csrf: 1, path: 2, apiParameter: 8, apiBody: 12 };
const longest = hostileStrings.reduce((a, b) => (b.value.length > a.value.length ? b : a));
const rotating = hostileStrings.filter((s) => s !== longest);

let rotation = 0;
/** The longest string and the next `count` others of the corpus, going round. */
function sample(count: number): HostileString[] {
  return [longest, ...Array.from({ length: count }, () => rotating[rotation++ % rotating.length]!)];
}

let serial = 0;
const fresh = (value: string) => value.replace('{n}', String(++serial));

/** Valid values for every field of the form, as pairs (a list of checkboxes sends one pair per ticked box). */
function validPairs(form: HtmlForm, plan: { valid?: Record<string, string> }, where: string): [string, string][] {
  const pairs: [string, string][] = [];
  for (const f of form.fields) {
    const declared = plan.valid?.[f.name];
    if (f.kind === 'file') continue;
    if (f.kind === 'typed' || f.kind === 'password') {
      const value = declared ?? (f.initial[0] ? f.initial[0] : validTyped[f.name]);
      if (value === undefined) problem(`${where} ${f.name} valid`, `${where}: no valid value for field ${f.name}`);
      pairs.push([f.name, fresh(value ?? '')]);
    } else if (f.kind === 'hidden') pairs.push([f.name, declared ?? f.initial[0] ?? '']);
    else if (declared !== undefined) pairs.push([f.name, declared]);
    else for (const v of f.initial.length > 0 ? f.initial : f.options.slice(0, 1)) pairs.push([f.name, v]);
  }
  return pairs;
}

const withValue = (pairs: [string, string][], name: string, value: string): [string, string][] => [
  ...pairs.filter(([k]) => k !== name),
  [name, value],
];

/** What was sent, for the summary line: form routes (post and search) with their fields, path probes, API calls. */
const count = { forms: 0, formFields: 0, posts: 0, pathRoutes: 0, paths: 0, apiRoutes: 0, apiFields: 0, api: 0 };

/** Posts every chosen string into every field of one form; checks each answer and that a refusal saved nothing. */
async function attack(key: string, method: 'GET' | 'POST', form: HtmlForm, cookie: string, plan: FormPlan | object) {
  const full = 'full' in plan && plan.full;
  // A failing post must leave every table as it was: counted before the first post and after every refusal.
  const several = method === 'POST' && 'several' in plan && plan.several;
  let snapshot: string | undefined;
  const pairs = () => validPairs(form, plan, key);
  for (const field of form.fields) {
    if (field.kind === 'file') continue;
    count.formFields++;
    const strings =
      field.kind === 'typed' || field.kind === 'password'
        ? full
          ? hostileStrings
          : sample('sample' in plan && plan.sample ? plan.sample : SAMPLE.typed)
        : field.name === '_csrf'
          ? sample(SAMPLE.csrf).slice(1)
          : sample(SAMPLE.choice);
    for (const s of strings) {
      if (several) snapshot ??= await rowCounts();
      const response = await send(method, form.action, withValue(pairs(), field.name, s.value), cookie);
      count.posts++;
      const where = `${key} [${field.name} ← ${s.name}]`;
      checkPage(where, response, field, s.value);
      if (several && response.statusCode >= 400) {
        const after = await rowCounts();
        if (after !== snapshot)
          problem(`${where} saved`, `${where}: refused with ${response.statusCode} but rows were saved`);
        snapshot = after;
      } else snapshot = undefined;
      // A value taken in shows up on the next page: that page must escape it too.
      const location = response.headers.location;
      if (typeof location === 'string' && location.startsWith('/') && injected.some((m) => s.value.includes(m)))
        checkPage(`${where} → ${location}`, await t.app.inject({ method: 'GET', url: location, headers: { cookie } }));
    }
  }
  // Bytes a browser never sends: invalid percent-encoding and invalid UTF-8, in the first typed field.
  const typed = form.fields.find((f) => f.kind === 'typed');
  if (method === 'POST' && typed) {
    const others = new URLSearchParams(pairs().filter(([k]) => k !== typed.name)).toString();
    for (const raw of invalidFormBodies(typed.name)) {
      const response = await t.app.inject({
        method: 'POST',
        url: form.action,
        headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
        payload: Buffer.concat([Buffer.from(`${others}&`), raw.body]),
      });
      count.posts++;
      checkPage(`${key} [${typed.name} ← ${raw.name}]`, response);
    }
  }
}

const pattern = (url: string) => new RegExp(`^${url.replace(/:[^/]+/g, '[^/?#]+')}$`);

const admits = (access: RouteAccess, who: Signer) =>
  access === 'iedereen' || (who !== 'bezoeker' && (access === 'ingelogd' || access.includes(who)));

const signIn = async (who: Signer) => (who === 'bezoeker' ? '' : sessionCookie(t, users[who]));

/** Someone a route is open to: its first role, a resident for any signed-in person, else a visitor. */
const signerFor = (access: RouteAccess): Signer =>
  Array.isArray(access) ? access[0]! : access === 'ingelogd' ? 'bewoner' : 'bezoeker';

/** Path segments a browser would never send: percent-encoded NUL, bytes that are not UTF-8, an encoded slash. */
const rawSegments = ['%00', '%FF', '%C3%28', '%E2%80%AE', '..%2F..%2Fetc%2Fpasswd', '%'];

type OpenApiOperation = {
  parameters?: { name: string; in: string; schema?: { enum?: string[] } }[];
  requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
};
type JsonSchema = { properties?: Record<string, unknown>; anyOf?: JsonSchema[]; oneOf?: JsonSchema[] };

/** The object a JSON body holds (the single request of a body that may also be a batch). */
const objectSchema = (schema: JsonSchema | undefined): JsonSchema | undefined =>
  schema?.properties ? schema : [...(schema?.anyOf ?? []), ...(schema?.oneOf ?? [])].find((s) => s.properties);

/** Checks an API answer: never 5xx, and a refusal as problem+json that says what it is. */
function checkApi(where: string, response: LightMyRequestResponse) {
  const status = response.statusCode;
  if (status >= 500) return problem(`${where} 5xx`, `${where}: ${status} ${response.body.slice(0, 200)}`);
  if (status < 400) return;
  if (!String(response.headers['content-type']).startsWith('application/problem+json'))
    return problem(`${where} type`, `${where}: ${status} is not problem+json`);
  const body = response.json() as { type?: string; title?: string; status?: number };
  if (!body.type || !body.title || body.status !== status)
    problem(`${where} body`, `${where}: problem without type, title or status`);
}

/** Values of the JSON bodies and path parameters of the API that pass, so one field at a time is wrong. */
const apiValid = (): Record<string, Record<string, unknown>> => ({
  'POST /api/v1/triage': { id: 'vraag-1', tekst: STORY, postcode: '3532 LC' },
  'GET /api/v1/activiteiten/:id': { id: ownActivity.id },
  'GET /api/v1/personen/:id': { id: users.bewoner.id },
  'POST /api/v1/signalen': { soort: 'buurt', onderwerp: 'jongeren', watGezien: 'Jongeren op het plein.' },
  'GET /api/v1/signalen/:id': { id: apiSignal },
  'GET /api/v1/monitor/cijfers/:figuur': { figuur: 'initiatieven' },
  'POST /api/v1/signalen/:id/stappen': { id: apiSignal, naar: 'in_behandeling', reden: 'Opgepakt.' },
});

/** An email address has at most 254 characters (RFC 5321): a longer one cannot receive mail. */
const EMAIL_MAX_LENGTH = 254;

/** API routes without an OpenAPI entry, each with the reason. */
const apiNotDocumented: Record<string, string> = {
  'GET /api/v1/openapi.json': 'the OpenAPI document itself, without parameters',
};

describe('hostile input in every form and API field', () => {
  it('covers every route that takes input, or says why not', () => {
    const routes = t.app.routeTable.filter((r) => r.method === 'POST' && !r.url.startsWith('/api/'));
    const missing = routes.map((r) => `${r.method} ${r.url}`).filter((key) => !(key in plans) && !(key in notCovered));
    expect(missing, 'add these routes to the plans (or, with a reason, to notCovered)').toEqual([]);
    const gone = [...Object.keys(plans), ...Object.keys(notCovered)].filter(
      (key) => !routes.some((r) => `${r.method} ${r.url}` === key),
    );
    expect(gone, 'these planned routes no longer exist').toEqual([]);
  });

  it('answers every form field in Dutch, keeps what was typed, never fails and never half-saves', async () => {
    const getForms = new Map<string, { form: HtmlForm; cookie: string }>();
    for (const route of t.app.routeTable.filter((r) => r.method === 'POST' && !r.url.startsWith('/api/'))) {
      const key = `${route.method} ${route.url}`;
      const plan = plans[key];
      if (!plan) continue;
      expect(admits(route.access, plan.as), `${key} is not open to ${plan.as}`).toBe(true);
      const opened = await plan.page(await signIn(plan.as));
      const form = formsOf(opened.html).find((f) => f.method === 'post' && pattern(route.url).test(f.action));
      if (!form) {
        problem(`${key} form`, `${key}: no form for it on its page`);
        continue;
      }
      for (const f of formsOf(opened.html).filter((g) => g.method === 'get' && g.fields.length > 0))
        getForms.set(f.action, { form: f, cookie: opened.cookie });
      count.forms++;
      await attack(key, 'POST', form, opened.cookie, plan);
    }
    // Search forms (method get) live on pages without a post of their own: open every page without parameters.
    for (const route of t.app.routeTable.filter((r) => r.method === 'GET' && !r.url.includes(':'))) {
      if (route.url.startsWith('/api/') || /\.\w+$/.test(route.url)) continue;
      const who = signerFor(route.access);
      const response = await t.app.inject({ method: 'GET', url: route.url, headers: { cookie: await signIn(who) } });
      for (const f of formsOf(response.body).filter((g) => g.method === 'get' && g.fields.length > 0))
        if (!getForms.has(f.action)) getForms.set(f.action, { form: f, cookie: await signIn(who) });
    }
    for (const [action, { form, cookie }] of getForms) {
      count.forms++;
      await attack(`GET ${action}`, 'GET', form, cookie, {});
    }
    expect(problems.splice(0).join('\n')).toBe('');
  }, 600_000);

  it('stored no invisible character and no value longer than its field allows, in any table', async () => {
    const db = t.database.db;
    const columns = await sql<{ tbl: string; col: string; type: string }>`
      SELECT table_name AS tbl, column_name AS col, data_type AS type FROM information_schema.columns
      WHERE table_schema = 'public' AND table_name NOT LIKE 'kysely%'
        AND data_type IN ('text', 'character varying', 'jsonb', 'json', 'ARRAY')`.execute(db);
    // Control characters, DEL and C1, bidirectional embeddings, overrides and isolates, BOM and noncharacters; in
    // JSON text a control character is written as an escape, \u0001.
    const invisible =
      '[\\x01-\\x08\\x0b\\x0c\\x0e-\\x1f\\x7f-\\x9f\\u202a-\\u202e\\u2066-\\u2069\\ufeff\\ufffe\\uffff]';
    const invisibleOrEscape = `${invisible}|\\\\u00(0[0-8bcef]|1[0-9a-f]|7f)`;
    const found: string[] = [];
    for (const { tbl, col, type } of columns.rows) {
      const hit = await sql<{ value: string }>`
        SELECT ${sql.ref(col)}::text AS value FROM ${sql.table(tbl)}
        WHERE ${sql.ref(col)}::text ~ ${invisibleOrEscape} LIMIT 1`.execute(db);
      if (hit.rows[0]) found.push(`${tbl}.${col}: ${JSON.stringify(hit.rows[0].value.slice(0, 80))}`);
      // Every field has a maximum, the longest being a story of 5,000 characters; the 100,000 went into every one.
      if (type !== 'text' && type !== 'character varying') continue;
      const long = await sql<{ length: number }>`
        SELECT max(length(${sql.ref(col)}))::int AS length FROM ${sql.table(tbl)}`.execute(db);
      const length = long.rows[0]?.length ?? 0;
      const limit = /email/.test(col) ? EMAIL_MAX_LENGTH : STORY_MAX_LENGTH;
      if (length > limit) found.push(`${tbl}.${col}: ${length} long`);
    }
    expect(found).toEqual([]);
  });

  it('answers hostile path parameters of every page without a server error', async () => {
    const routes = t.app.routeTable.filter(
      (r) => r.url.includes(':') && !r.url.startsWith('/api/') && (r.method === 'GET' || r.method === 'POST'),
    );
    for (const route of routes) {
      count.pathRoutes++;
      const who = signerFor(route.access);
      const cookie = await signIn(who);
      const opened = await get('/inloggen', cookie);
      const csrf = csrfOf(opened.html);
      for (const param of route.url.match(/:\w+/g) ?? []) {
        const values = [...sample(SAMPLE.path).map((s) => encodeURIComponent(wellFormed(s.value))), ...rawSegments];
        for (const value of values) {
          const url = route.url.replace(/:\w+/g, (p) => (p === param ? value : crypto.randomUUID()));
          const response = await t.app.inject({
            method: route.method as 'GET' | 'POST',
            url,
            headers: { cookie: opened.cookie, 'content-type': 'application/x-www-form-urlencoded' },
            ...(route.method === 'POST' ? { payload: `_csrf=${encodeURIComponent(csrf)}` } : {}),
          });
          count.paths++;
          checkPage(`${route.method} ${route.url} [${param} ← ${value.slice(0, 30)}]`, response);
        }
      }
    }
    expect(problems.splice(0).join('\n')).toBe('');
  }, 300_000);

  it('answers every API field, body and parameter with problem+json, never a server error', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json() as {
      paths: Record<string, Record<string, OpenApiOperation>>;
    };
    const valid = apiValid();
    // HEAD answers as GET does, without a body.
    for (const route of t.app.routeTable.filter((r) => r.url.startsWith('/api/') && r.method !== 'HEAD')) {
      const key = `${route.method} ${route.url}`;
      const operation = doc.paths[route.url.replace(/:(\w+)/g, '{$1}')]?.[route.method.toLowerCase()];
      if (!operation) {
        if (!(key in apiNotDocumented)) problem(key, `${key}: not in the OpenAPI document`);
        continue;
      }
      const params = (operation.parameters ?? []).filter((p) => p.in === 'query' || p.in === 'path');
      const bodySchema = objectSchema(operation.requestBody?.content?.['application/json']?.schema);
      if (params.length === 0 && !bodySchema) continue;
      count.apiRoutes++;
      const cookie = await signIn(signerFor(route.access));
      const base = valid[key] ?? {};
      /** The path with valid parameters, or one of them as the raw (already encoded) segment given. */
      const pathOf = (values: Record<string, unknown>, raw?: { name: string; segment: string }) =>
        route.url.replace(/:(\w+)/g, (_, name: string) =>
          name === raw?.name
            ? raw.segment
            : encodeURIComponent(String(values[name] ?? params.find((p) => p.name === name)?.schema?.enum?.[0] ?? '')),
        );
      const call = (values: Record<string, unknown>, query: string, payload?: string | Buffer, path = pathOf(values)) =>
        t.app.inject({
          method: route.method as 'GET' | 'POST',
          url: `${path}${query ? `?${query}` : ''}`,
          headers: { cookie, ...(payload !== undefined ? { 'content-type': 'application/json' } : {}) },
          ...(payload !== undefined ? { payload } : {}),
        });
      const body = () => (bodySchema ? JSON.stringify(base) : undefined);
      for (const param of params) {
        count.apiFields++;
        for (const s of sample(SAMPLE.apiParameter)) {
          const value = wellFormed(s.value);
          const query = param.in === 'query' ? new URLSearchParams({ [param.name]: value }).toString() : '';
          const values = param.in === 'path' ? { ...base, [param.name]: value } : base;
          count.api++;
          checkApi(`${key} [${param.name} ← ${s.name}]`, await call(values, query, body()));
        }
        for (const raw of rawSegments) {
          count.api++;
          checkApi(
            `${key} [${param.name} ← ${raw}]`,
            param.in === 'path'
              ? await call(base, '', body(), pathOf(base, { name: param.name, segment: raw }))
              : await call(base, `${param.name}=${raw}`, body()),
          );
        }
      }
      if (!bodySchema) continue;
      // Besides strings, values of another type than the field's.
      const odd: unknown[] = [12345, -0, null, true, [], {}, ['a']];
      for (const field of Object.keys(bodySchema.properties ?? {})) {
        count.apiFields++;
        for (const value of [...sample(SAMPLE.apiBody).map((s) => s.value), ...odd]) {
          count.api++;
          checkApi(
            `${key} [${field} ← ${JSON.stringify(value).slice(0, 30)}]`,
            await call(base, '', JSON.stringify({ ...base, [field]: value })),
          );
        }
      }
      for (const raw of invalidJsonBodies) {
        count.api++;
        checkApi(`${key} [${raw.name}]`, await call(base, '', raw.body));
      }
    }
    expect(problems.splice(0).join('\n')).toBe('');
  }, 300_000);

  it('logs no server error and no personal data', () => {
    const failed = t.logLines.filter((line) => /"statusCode":5\d\d|"level":50/.test(line));
    expect(failed.map((line) => line.slice(0, 300))).toEqual([]);
    const log = t.logLines.join('');
    const personal = [
      STORY,
      validTyped.naam!,
      validTyped.telefoon!,
      'vijand-',
      'Ĳsbrand Dĳkstra',
      'DROP TABLE',
      'مرحبا',
    ];
    for (const user of Object.values(users)) personal.push(user.email, user.displayName);
    expect(personal.filter((value) => log.includes(value))).toEqual([]);
    console.info(
      `hostile input (${hostileStrings.length} strings): ${count.forms} forms with ${count.formFields} fields, ` +
        `${count.posts} posts; ${count.pathRoutes} routes' path parameters, ${count.paths} probes; ` +
        `${count.apiRoutes} API routes with ${count.apiFields} fields, ${count.api} calls`,
    );
  });
});
