// Sharing with a provider outside the team: the referral letter (the help request, for the provider the resident
// chose) opens only with a consent naming that organisation or a legal basis a regisseur recorded. Without one the
// attempt is refused and lands in the resident's access log; a withdrawn consent refuses again on the next look.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Tenant } from '../../src/kernel/tenancy/queries.js';
import { recordReferral } from '../../src/modules/casework/index.js';
import { accessLogWatch, asPerson, type TestApp, testApp } from '../support/app.js';
import { makeCase, makeHelpRequest, makeTenant, makeUser, type TestUser } from '../support/factories.js';

let t: TestApp;
let tenant: Tenant;
let teamMember: TestUser;
let director: TestUser;

const STORY = 'Ik heb schulden en durf de brieven niet meer open te maken.';

beforeAll(async () => {
  t = await testApp({ NABIJ_GEMEENTE: 'verwijsdorp', NABIJ_FORM_RATE_LIMIT: '100000' });
  const db = t.database.db;
  tenant = await makeTenant(db, 'verwijsdorp', 'Verwijsdorp');
  teamMember = await makeUser(db, tenant, 'wijkteamlid', { displayName: 'Sanne Wijk' });
  director = await makeUser(db, tenant, 'regisseur', { displayName: 'Mehmet Regie' });
});
afterAll(() => t.close());

const { get, post } = {
  get: (...args: Parameters<ReturnType<typeof asPerson>['get']>) => asPerson(t).get(...args),
  post: (...args: Parameters<ReturnType<typeof asPerson>['post']>) => asPerson(t).post(...args),
};
const logColumns = ['actor_user_id', 'subject_user_id', 'category', 'action', 'outcome', 'refusal_reason'] as const;

/** A resident's case with a referral to a provider outside the team; the letter's address. */
async function referredCase() {
  const db = t.database.db;
  const resident = await makeUser(db, tenant, 'bewoner');
  const request = await makeHelpRequest(db, { tenant, asker: resident, text: STORY });
  const opened = await makeCase(db, { tenant, request: { id: request.id, tenantId: tenant.id }, owner: teamMember });
  const actor = { kind: 'user' as const, userId: teamMember.id, tenantId: tenant.id, role: teamMember.role };
  const referral = await recordReferral(db, actor, opened.id, {
    provider: { otherName: 'Schuldhulpmaatje Verwijsdorp' },
    reason: 'De bewoner kent iemand die er goed geholpen is.',
    chosenHow: 'telefonisch',
  });
  return { resident, caseId: opened.id, letter: `/team/casussen/${opened.id}/verwijzingen/${referral}/brief` };
}

const consentFor = (organisation: string) => ({
  ontvanger: 'organisatie',
  naam: organisation,
  email: '',
  gegevens: 'hulpvraag',
  doel: 'doorverwijzing',
  doel_toelichting: '',
  hoe: 'mondeling',
  begin: '01-01-2026',
  eind: '',
});

describe('sharing with a provider', () => {
  it('refuses the letter without consent and logs the refusal for the resident', async () => {
    const { resident, letter } = await referredCase();
    const watch = accessLogWatch(t);
    const before = await watch.lastLogId();
    const refused = await get(teamMember, letter);
    expect(refused.statusCode).toBe(403);
    expect(refused.body).toContain('Er is geen toestemming om de hulpvraag met Schuldhulpmaatje Verwijsdorp te delen');
    expect(refused.body).not.toContain(STORY);
    expect(await watch.logSince(before, logColumns)).toContainEqual({
      actor_user_id: teamMember.id,
      subject_user_id: resident.id,
      category: 'hulpvraag',
      action: 'export',
      outcome: 'geweigerd',
      refusal_reason: 'geen_toestemming',
    });
  });

  it('opens it with a consent naming that organisation, logged; refuses again once it is withdrawn', async () => {
    const { resident, caseId, letter } = await referredCase();
    const form = `/team/casussen/${caseId}/toestemming`;
    // A consent for another organisation does not count.
    await post(teamMember, form, form, consentFor('Een ander bureau'));
    expect((await get(teamMember, letter)).statusCode).toBe(403);
    expect((await post(teamMember, form, form, consentFor('schuldhulpmaatje verwijsdorp'))).statusCode).toBe(303);
    const watch = accessLogWatch(t);
    const before = await watch.lastLogId();
    const shared = await get(teamMember, letter);
    expect(shared.statusCode).toBe(200);
    expect(shared.body).toContain(STORY);
    expect(await watch.logSince(before, logColumns)).toContainEqual(
      expect.objectContaining({
        subject_user_id: resident.id,
        category: 'hulpvraag',
        action: 'export',
        outcome: 'toegestaan',
      }),
    );
    const consent = await t.database.db
      .selectFrom('consents')
      .select('id')
      .where('recipient_name', '=', 'schuldhulpmaatje verwijsdorp')
      .where('subject_user_id', '=', resident.id)
      .executeTakeFirstOrThrow();
    await post(resident, '/mijn/toestemmingen', `/mijn/toestemmingen/${consent.id}/intrekken`, {});
    expect((await get(teamMember, letter)).statusCode).toBe(403);
  });

  it('opens it with a legal basis the regisseur recorded, with its reason', async () => {
    const { caseId, letter } = await referredCase();
    const form = `/team/casussen/${caseId}/grondslag`;
    const recorded = await post(director, form, form, {
      ...consentFor('Schuldhulpmaatje Verwijsdorp'),
      reden: 'Beslag op het loon dreigt deze week; de wet staat delen toe.',
    });
    expect(recorded.statusCode).toBe(303);
    const shared = await get(teamMember, letter);
    expect(shared.statusCode).toBe(200);
    expect(shared.body).toContain('Een regisseur legde vast dat de wet delen met deze aanbieder toestaat');
  });
});
