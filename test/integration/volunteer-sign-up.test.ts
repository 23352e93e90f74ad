// Volunteer sign-up over HTTP: the same answer for every address, no account before the link in the mail is
// clicked, account and profile made together (or not at all) on confirmation, links that work once and for 48 hours.
import { sql } from 'kysely';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withAccess } from '../../src/kernel/access/gate.js';
import type { Tenant } from '../../src/kernel/tenancy/queries.js';
import { confirmVolunteerSignUp } from '../../src/modules/volunteers/commands/confirm-sign-up.js';
import { clearExpiredSignUps } from '../../src/modules/volunteers/commands/clear-expired-sign-ups.js';
import { requestVolunteerSignUp } from '../../src/modules/volunteers/commands/request-sign-up.js';
import type { VolunteerSignUp } from '../../src/modules/volunteers/commands/sign-up-volunteer.js';
import { isPendingSignUpUsable, savePendingSignUp } from '../../src/modules/volunteers/queries.js';
import { cookiesFrom, formToken, postForm, sessionCookie, type TestApp, testApp } from '../support/app.js';
import { makeTenant, makeUser, makeVolunteer, type TestUser } from '../support/factories.js';

const CHECK_YOUR_MAIL = 'We hebben je een e-mail gestuurd. Klik op de link in die e-mail om je aanmelding af te maken.';

let t: TestApp;
let tenant: Tenant;
let resident: TestUser;
let staff: TestUser;
let volunteer: TestUser;

beforeAll(async () => {
  t = await testApp({ NABIJ_GEMEENTE: 'aanmelddorp', NABIJ_FORM_RATE_LIMIT: '200' });
  tenant = await makeTenant(t.database.db, 'aanmelddorp', 'Aanmelddorp');
  resident = await makeUser(t.database.db, tenant, 'bewoner');
  staff = await makeUser(t.database.db, tenant, 'wijkteamlid');
  volunteer = await makeUser(t.database.db, tenant, 'vrijwilliger');
  await makeVolunteer(t.database.db, { tenant, account: volunteer });
});
afterAll(() => t.close());

const formFields = (email: string, extra: Record<string, string> = {}) => ({
  voornaam: 'Ria',
  email,
  postcode: '',
  biedt: 'boodschappen',
  afspraken: 'ja',
  ...extra,
});

/** Fills in the form as a visitor (or as `cookie`'s person) and sends it; gives back the answer and the page after. */
async function signUp(email: string, cookie = '', extra: Record<string, string> = {}) {
  const page = await formToken(t, '/helpen/aanmelden', cookie);
  const before = t.mails.length;
  const response = await postForm(
    t,
    '/helpen/aanmelden',
    { _csrf: page.csrf, ...formFields(email, extra) },
    page.cookie,
  );
  const location = response.headers.location;
  const next = location ? await t.app.inject({ url: String(location), headers: { cookie: page.cookie } }) : undefined;
  return { response, next, cookie: page.cookie, mails: t.mails.slice(before) };
}

/** The visible text of the page's main part. */
const mainText = (response: LightMyRequestResponse | undefined) =>
  (/<main[^>]*>([\s\S]*)<\/main>/.exec(response?.body ?? '')?.[1] ?? '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

const linkPath = (text: string) => /\/helpen\/aanmelden\/bevestigen\/[A-Za-z0-9_-]+/.exec(text)?.[0];

const usersWithEmail = async (email: string) =>
  (
    await t.database.db
      .selectFrom('users')
      .select('id')
      .where(sql<string>`lower(email)`, '=', email.toLowerCase())
      .execute()
  ).length;

const volunteerOf = (userId: string) =>
  t.database.db.selectFrom('volunteers').selectAll().where('user_id', '=', userId).executeTakeFirst();

/** Opens the link's page, then presses its button; gives back both answers. */
async function confirm(path: string, cookie = '') {
  const page = await t.app.inject({ url: path, headers: cookie ? { cookie } : {} });
  const onPage = /name="_csrf" value="([^"]+)"/.exec(page.body)?.[1];
  // A page without the button (a link that no longer works): a form token from another page, to press anyway.
  const form = onPage
    ? { csrf: onPage, cookie: cookiesFrom(page, cookie) }
    : await formToken(t, '/helpen/aanmelden', cookie);
  const pressed = await postForm(t, path, { _csrf: form.csrf }, form.cookie);
  return { page, pressed, cookie: form.cookie };
}

describe('the answer to the form', () => {
  it('is the same for an unknown address, a resident, a volunteer and a staff member', async () => {
    const unknown = await signUp('nieuw-1@voorbeeld.nl');
    expect(unknown.response.statusCode).toBe(303);
    expect(unknown.next?.statusCode).toBe(200);
    expect(mainText(unknown.next)).toContain(CHECK_YOUR_MAIL);

    for (const known of [resident.email, resident.email.toUpperCase(), volunteer.email, staff.email]) {
      const answer = await signUp(known);
      expect(answer.response.statusCode, known).toBe(unknown.response.statusCode);
      expect(answer.response.headers.location, known).toBe(unknown.response.headers.location);
      expect(answer.response.body, known).toBe(unknown.response.body);
      expect(answer.next?.statusCode, known).toBe(unknown.next?.statusCode);
      expect(mainText(answer.next), known).toBe(mainText(unknown.next));
      expect(answer.next?.body, known).toBe(unknown.next?.body);
    }
  });

  it('is in English for a visitor who chose English', async () => {
    const answer = await signUp('nieuw-en@voorbeeld.nl', 'taal=en');
    expect(mainText(answer.next)).toContain(
      'We have sent you an email. Click the link in that email to finish signing up.',
    );
  });

  it('mails an unknown address a link, and a known one how to sign in', async () => {
    const unknown = await signUp('nieuw-2@voorbeeld.nl');
    expect(unknown.mails).toHaveLength(1);
    expect(unknown.mails[0]?.to).toBe('nieuw-2@voorbeeld.nl');
    expect(linkPath(unknown.mails[0]?.text ?? '')).toBeDefined();
    expect(unknown.mails[0]?.text).toContain('De link werkt 48 uur en maar één keer.');

    const asResident = await signUp(resident.email);
    expect(asResident.mails.map((m) => m.to)).toEqual([resident.email]);
    const residentMail = asResident.mails[0]?.text ?? '';
    expect(residentMail).toContain('Er is al een account met dit e-mailadres.');
    expect(residentMail).toContain('/inloggen');
    expect(residentMail).toContain(`Meld je daarna aan als vrijwilliger: ${t.app.ctx.config.baseUrl}/helpen/aanmelden`);
    expect(linkPath(residentMail)).toBeUndefined();

    const asVolunteer = await signUp(volunteer.email);
    expect(asVolunteer.mails[0]?.text).toContain('Je bent al aangemeld als vrijwilliger.');

    const asStaff = await signUp(staff.email);
    const staffMail = asStaff.mails[0]?.text ?? '';
    expect(staffMail).toContain('Dit is een werkaccount.');
    expect(staffMail).toContain('/inloggen/medewerker');
    expect(linkPath(staffMail)).toBeUndefined();
  });

  it('makes no account and no profile before the link is clicked, and keeps only a hash of the token', async () => {
    const email = 'nieuw-3@voorbeeld.nl';
    const { mails } = await signUp(email, '', { postcode: '3532 LC', geslacht: 'v' });
    expect(await usersWithEmail(email)).toBe(0);
    const pending = await t.database.db
      .selectFrom('pending_sign_ups')
      .select(['token_hash', 'tenant_id', 'profile', 'expires_at'])
      .where('email', '=', email)
      .executeTakeFirstOrThrow();
    const token = linkPath(mails[0]?.text ?? '')!
      .split('/')
      .at(-1)!;
    expect(pending.token_hash).not.toContain(token);
    expect(pending.tenant_id).toBe(tenant.id);
    expect(pending.profile).toMatchObject({ firstName: 'Ria', offers: ['boodschappen'], gender: 'v' });
    const hours = (pending.expires_at.getTime() - Date.now()) / 3600_000;
    expect(hours).toBeGreaterThan(47.9);
    expect(hours).toBeLessThanOrEqual(48);
  });

  it('signs up a signed-in resident at once, without a mail, in their own account', async () => {
    const neighbour = await makeUser(t.database.db, tenant, 'bewoner');
    const cookie = await sessionCookie(t, neighbour);
    const answer = await signUp('een-ander-adres@voorbeeld.nl', cookie);
    expect(answer.response.statusCode).toBe(303);
    expect(answer.response.headers.location).toBe('/mijn/vrijwilliger?aangemeld=1');
    expect(answer.mails).toEqual([]);
    expect(await usersWithEmail('een-ander-adres@voorbeeld.nl')).toBe(0);
    expect((await volunteerOf(neighbour.id))?.first_name).toBe('Ria');
    expect(mainText(answer.next)).toContain('Je bent aangemeld als vrijwilliger.');

    const again = await signUp(neighbour.email, cookie);
    expect(again.response.headers.location).toBe('/mijn/vrijwilliger?aangemeld=1');
    const profiles = await t.database.db
      .selectFrom('volunteers')
      .select('id')
      .where('user_id', '=', neighbour.id)
      .execute();
    expect(profiles).toHaveLength(1);
  });
});

describe('the link in the mail', () => {
  it('shows a button first, and the button makes the account and the profile and signs the person in', async () => {
    const email = 'Nieuw-4@Voorbeeld.nl';
    const { mails } = await signUp(email, '', { postcode: '3532 LC', moment: 'ma-ochtend' });
    const path = linkPath(mails[0]?.text ?? '')!;

    // Opening the link (as a mail scanner does) confirms nothing.
    const opened = await t.app.inject({ url: path });
    expect(opened.statusCode).toBe(200);
    expect(mainText(opened)).toContain('Aanmelding afmaken');
    expect(await usersWithEmail(email)).toBe(0);

    const { pressed, cookie } = await confirm(path);
    expect(pressed.statusCode).toBe(303);
    expect(pressed.headers.location).toBe('/mijn/vrijwilliger?aangemeld=1');
    const account = await t.database.db
      .selectFrom('users')
      .select(['id', 'role', 'display_name', 'email'])
      .where('email', '=', email)
      .executeTakeFirstOrThrow();
    expect(account).toMatchObject({ role: 'vrijwilliger', display_name: 'Ria' });
    const profile = await volunteerOf(account.id);
    expect(profile).toMatchObject({
      tenant_id: tenant.id,
      first_name: 'Ria',
      offers: ['boodschappen'],
      availability: ['ma-ochtend'],
      postcode: '3532 LC',
    });
    expect(profile?.agreement_accepted_at).toBeInstanceOf(Date);
    expect(
      await t.database.db.selectFrom('pending_sign_ups').select('email').where('email', '=', email).execute(),
    ).toEqual([]);

    const own = await t.app.inject({
      url: String(pressed.headers.location),
      headers: { cookie: cookiesFrom(pressed, cookie) },
    });
    expect(own.statusCode).toBe(200);
    expect(mainText(own)).toContain('Hallo Ria');
    expect(mainText(own)).toContain('Je bent aangemeld als vrijwilliger.');

    // The sign-up is in the new volunteer's own access log, as Nabij's sign-up process.
    const logged = await t.database.db
      .selectFrom('access_log')
      .select(['actor_role', 'category', 'action'])
      .where('subject_user_id', '=', account.id)
      .execute();
    expect(logged).toContainEqual({ actor_role: 'systeem:aanmelding', category: 'vrijwilliger', action: 'create' });

    // The link works once.
    const again = await confirm(path);
    expect(again.page.statusCode).toBe(410);
    expect(again.pressed.statusCode).toBe(410);
    expect(mainText(again.pressed)).toContain('Deze link werkt niet meer');
    expect(await usersWithEmail(email)).toBe(1);
  });

  it('stops working after 48 hours, and the expired sign-up is thrown away', async () => {
    const email = 'nieuw-5@voorbeeld.nl';
    const before = t.mails.length;
    const sentAt = new Date(Date.now() - 48 * 3600_000 - 60_000);
    await requestVolunteerSignUp(t.app.ctx, tenant, signUpData(email), sentAt);
    const path = linkPath(t.mails[before]?.text ?? '')!;

    const { page, pressed } = await confirm(path);
    expect(page.statusCode).toBe(410);
    expect(mainText(page)).toContain('De link in de e-mail werkt 48 uur en maar één keer.');
    expect(pressed.statusCode).toBe(410);
    expect(mainText(pressed)).toContain('Deze link werkt niet meer');
    expect(await usersWithEmail(email)).toBe(0);

    expect(await clearExpiredSignUps(t.database.db)).toBeGreaterThanOrEqual(1);
    expect(
      await t.database.db.selectFrom('pending_sign_ups').select('email').where('email', '=', email).execute(),
    ).toEqual([]);
  });

  it('of an earlier sign-up stops working when the form is sent again; the newest link works', async () => {
    const email = 'nieuw-6@voorbeeld.nl';
    const first = linkPath((await signUp(email)).mails[0]?.text ?? '')!;
    const second = linkPath((await signUp(email)).mails[0]?.text ?? '')!;
    expect(second).not.toBe(first);
    expect((await confirm(first)).pressed.statusCode).toBe(410);
    expect((await confirm(second)).pressed.statusCode).toBe(303);
    expect(await usersWithEmail(email)).toBe(1);
  });

  it('answers a made-up or malformed link like a used one', async () => {
    for (const path of ['/helpen/aanmelden/bevestigen/' + 'A'.repeat(43), '/helpen/aanmelden/bevestigen/kort']) {
      const { page, pressed } = await confirm(path);
      expect(page.statusCode, path).toBe(410);
      expect(pressed.statusCode, path).toBe(410);
    }
  });

  it('makes no second account when the address got one after the form was sent', async () => {
    const email = 'nieuw-7@voorbeeld.nl';
    const path = linkPath((await signUp(email)).mails[0]?.text ?? '')!;
    await makeUser(t.database.db, tenant, 'bewoner', { email });
    const { pressed } = await confirm(path);
    expect(pressed.statusCode).toBe(409);
    expect(mainText(pressed)).toContain('Er is al een account met dit e-mailadres.');
    expect(pressed.cookies.find((c) => c.name === 'nabij_sessie')).toBeUndefined();
    expect(await usersWithEmail(email)).toBe(1);
  });
});

function signUpData(email: string, overrides: Partial<VolunteerSignUp> = {}): VolunteerSignUp {
  return {
    email,
    firstName: 'Ria',
    postcode: null,
    offers: ['boodschappen'],
    roles: [],
    availability: [],
    radiusKm: 1,
    maxMatches: 1,
    languages: ['nl'],
    boundaries: '',
    vogDate: null,
    gender: null,
    ...overrides,
  };
}

describe('account and profile in one transaction', () => {
  it('leaves no account behind when the profile cannot be saved, and the link still works', async () => {
    const email = 'nieuw-8@voorbeeld.nl';
    const token = 'B'.repeat(43);
    // A gender the database refuses (its check allows v, m and x): the account is written, then the profile fails.
    const { email: _, ...profile } = signUpData(email, { firstName: 'Ria-fout', gender: 'q' as 'v' });
    await withAccess(
      t.database.db,
      { kind: 'system', tenantId: tenant.id, process: 'aanmelding' },
      { category: 'vrijwilliger', action: 'create', purpose: 'aanmelden', subjectUserId: null },
      (gated) =>
        savePendingSignUp(gated, {
          tenantId: tenant.id,
          email,
          profile,
          token,
          expiresAt: new Date(Date.now() + 3600_000),
        }),
    );

    await expect(confirmVolunteerSignUp(t.database.db, tenant.id, token)).rejects.toThrow();

    expect(await usersWithEmail(email)).toBe(0);
    expect(
      await t.database.db.selectFrom('volunteers').select('id').where('first_name', '=', 'Ria-fout').execute(),
    ).toEqual([]);
    expect(await isPendingSignUpUsable(t.database.db, tenant.id, token, new Date())).toBe(true);
  });
});

describe('rate limit', () => {
  it('limits the form and the confirm button per client address', async () => {
    const limited = await testApp({ NABIJ_FORM_RATE_LIMIT: '2' });
    try {
      const { csrf, cookie } = await formToken(limited, '/helpen/aanmelden');
      const statuses: number[] = [];
      for (let i = 0; i < 3; i++)
        statuses.push((await postForm(limited, '/helpen/aanmelden', { _csrf: csrf, voornaam: '' }, cookie)).statusCode);
      const path = '/helpen/aanmelden/bevestigen/' + 'C'.repeat(43);
      for (let i = 0; i < 3; i++) statuses.push((await postForm(limited, path, { _csrf: csrf }, cookie)).statusCode);
      expect(statuses).toEqual([400, 400, 429, 410, 410, 429]);
    } finally {
      await limited.close();
    }
  });
});
