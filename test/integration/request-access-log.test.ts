// "Wie heeft je gegevens bekeken?" for an asker without an account: the log rows about a help request name it, and
// its private status link shows them, and nothing of another request.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Tenant } from '../../src/kernel/tenancy/queries.js';
import { accessLogWatch, asPerson, type TestApp, testApp } from '../support/app.js';
import {
  makeCase,
  makeHelpRequest,
  makeTenant,
  makeUser,
  type TestHelpRequest,
  type TestUser,
} from '../support/factories.js';

let t: TestApp;
let tenant: Tenant;
let teamMember: TestUser;
let regisseur: TestUser;
let snooper: TestUser;
let mine: TestHelpRequest;
let other: TestHelpRequest;

/** The rows of the log's table, each as its cells joined by " | ". */
function rows(html: string): string[] {
  const body = /<tbody[^>]*>([\s\S]*?)<\/tbody>/.exec(html)?.[1] ?? '';
  return [...body.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map((m) =>
    [...(m[1] ?? '').matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)]
      .map((c) => (c[1] ?? '').replace(/<[^>]+>/g, '').trim())
      .join(' | '),
  );
}

beforeAll(async () => {
  t = await testApp({ NABIJ_GEMEENTE: 'linkdorp' });
  const db = t.database.db;
  tenant = await makeTenant(db, 'linkdorp', 'Linkdorp');
  teamMember = await makeUser(db, tenant, 'wijkteamlid', { displayName: 'Sanne Kijker' });
  regisseur = await makeUser(db, tenant, 'regisseur', { displayName: 'Rob Ander' });
  snooper = await makeUser(db, tenant, 'bewoner', { displayName: 'Nel Nieuwsgierig' });
  mine = await makeHelpRequest(db, { tenant, asker: null, askerName: 'Bep Zonderaccount' });
  other = await makeHelpRequest(db, { tenant, asker: null, askerName: 'Kees Anders' });
});
afterAll(() => t.close());

describe('the access log names the request of an asker without an account', () => {
  it('a team member’s read, a case opened on it and a refused look all carry the request id', async () => {
    const { lastLogId, logSince } = accessLogWatch(t);
    const { get } = asPerson(t);
    const before = await lastLogId();
    expect((await get(teamMember, `/team/hulpvragen/${mine.id}`)).statusCode).toBe(200);
    await makeCase(t.database.db, { tenant, request: mine, owner: teamMember });
    expect((await get(snooper, `/mijn/hulpvragen/${mine.id}`)).statusCode).toBe(404);
    const added = await logSince(before, [
      'actor_user_id',
      'subject_user_id',
      'subject_request_id',
      'category',
      'outcome',
    ]);
    const read = added.find((r) => r.actor_user_id === teamMember.id && r.category === 'hulpvraag');
    expect(read).toMatchObject({ subject_user_id: null, subject_request_id: mine.id, outcome: 'toegestaan' });
    expect(added.find((r) => r.actor_user_id === snooper.id)).toMatchObject({
      subject_request_id: mine.id,
      outcome: 'geweigerd',
    });
    // The other request was not touched: nothing about it was written.
    expect(added.some((r) => r.subject_request_id === other.id)).toBe(false);
  });

  it('the status link shows who looked at this request, refusals too, and nothing of another request', async () => {
    const { get } = asPerson(t);
    expect((await get(regisseur, `/team/hulpvragen/${other.id}`)).statusCode).toBe(200);
    const page = await t.app.inject({ url: `${mine.statusPath}/toegangslog` });
    expect(page.statusCode).toBe(200);
    const lines = rows(page.body);
    expect(lines.some((l) => l.includes('Sanne Kijker, medewerker van het wijkteam') && l.includes('bekeek'))).toBe(
      true,
    );
    expect(lines.some((l) => l.includes('probeerde') && l.includes('geen toegang'))).toBe(true);
    expect(page.body).not.toContain('Rob Ander');
    const otherPage = await t.app.inject({ url: `${other.statusPath}/toegangslog` });
    expect(rows(otherPage.body).some((l) => l.includes('Rob Ander'))).toBe(true);
    expect(otherPage.body).not.toContain('Sanne Kijker');
    expect(otherPage.body).not.toContain('Nel Nieuwsgierig');
  });

  it('reading the list is itself logged, about the request, as Nabij reading for the asker', async () => {
    const { lastLogId, logSince } = accessLogWatch(t);
    const before = await lastLogId();
    expect((await t.app.inject({ url: `${mine.statusPath}/toegangslog` })).statusCode).toBe(200);
    expect(await logSince(before, ['actor_role', 'category', 'purpose', 'subject_request_id'])).toEqual([
      { actor_role: 'systeem:hulpvraag', category: 'toegangslog', purpose: 'inzage', subject_request_id: mine.id },
    ]);
    // The asker's own looks through the link fold into one line a day.
    const again = await t.app.inject({ url: `${mine.statusPath}/toegangslog` });
    const own = rows(again.body).filter((l) => l.includes('Je hebt zelf je gegevens bekeken'));
    expect(own).toHaveLength(1);
    expect(own[0]).toContain('| Jijzelf |');
  });

  it('the status page links to the list; a wrong link is not found and leaves no row', async () => {
    const status = await t.app.inject({ url: mine.statusPath });
    expect(status.body).toContain(`href="${mine.statusPath}/toegangslog"`);
    const { lastLogId, logSince } = accessLogWatch(t);
    const before = await lastLogId();
    expect((await t.app.inject({ url: '/hulp/status/geen-geldige-link/toegangslog' })).statusCode).toBe(404);
    expect(await logSince(before, ['id'])).toEqual([]);
  });

  it('a bad filter gets a message, and the filter and pages stay on the status link', async () => {
    const bad = await t.app.inject({ url: `${mine.statusPath}/toegangslog?wie=iedereen-ooit` });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain(`action="${mine.statusPath}/toegangslog"`);
  });

  // Last: the team member's searches find every request, so they would show on the other request's list too.
  it('the queue and the list of cases name each request of an asker without an account once', async () => {
    const { lastLogId, logSince } = accessLogWatch(t);
    const { get } = asPerson(t);
    for (const [url, category] of [
      ['/team/hulpvragen', 'hulpvraag'],
      ['/team/casussen', 'dossier'],
    ] as const) {
      const before = await lastLogId();
      expect((await get(teamMember, url)).statusCode).toBe(200);
      const rows = await logSince(before, ['subject_user_id', 'subject_request_id', 'category', 'action']);
      const aboutMine = rows.filter((r) => r.subject_request_id === mine.id);
      expect(aboutMine, url).toEqual([
        { subject_user_id: null, subject_request_id: mine.id, category, action: 'search' },
      ]);
    }
  });
});
