// Each use case is one transaction: when its last write fails, none of its earlier writes stays behind. The failure
// is injected with a Kysely plugin that refuses every insert into request_events, the history each of these use
// cases writes after changing the match or the request.
import type {
  KyselyPlugin,
  PluginTransformQueryArgs,
  PluginTransformResultArgs,
  QueryResult,
  RootOperationNode,
  UnknownRow,
} from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GatedDb } from '../../src/kernel/access/gate.js';
import type { AppContext } from '../../src/kernel/http/context.js';
import type { Tenant } from '../../src/kernel/tenancy/queries.js';
import { answerAsAsker, answerAsVolunteer } from '../../src/modules/requests/commands/answer-match.js';
import { changeSharing } from '../../src/modules/requests/commands/change-sharing.js';
import { changeTriage } from '../../src/modules/requests/commands/change-triage.js';
import { closeMatch } from '../../src/modules/requests/commands/close-match.js';
import { proposeMatch } from '../../src/modules/requests/commands/propose-match.js';
import { findHelpRequest } from '../../src/modules/requests/queries/requests.js';
import { type TestApp, testApp } from '../support/app.js';
import {
  makeHelpRequest,
  makeMatch,
  makeTenant,
  makeUser,
  makeVolunteer,
  type TestMatch,
  type TestUser,
} from '../support/factories.js';

class RefuseHistory implements KyselyPlugin {
  transformQuery({ node }: PluginTransformQueryArgs): RootOperationNode {
    if (node.kind === 'InsertQueryNode' && node.into?.table.identifier.name === 'request_events')
      throw new Error('de geschiedenis weigert (test)');
    return node;
  }
  async transformResult({ result }: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return result;
  }
}

let t: TestApp;
let tenant: Tenant;
let teamMember: TestUser;
/** The app's context, with a database whose history refuses every new line. */
let failing: AppContext;

beforeAll(async () => {
  t = await testApp({ NABIJ_GEMEENTE: 'heeldorp' });
  tenant = await makeTenant(t.database.db, 'heeldorp', 'Heeldorp');
  teamMember = await makeUser(t.database.db, tenant, 'wijkteamlid');
  const db = t.database.db.withPlugin(new RefuseHistory());
  failing = { ...t.app.ctx, database: { ...t.app.ctx.database, db } };
});
afterAll(() => t.close());

const actor = () => ({ kind: 'user', userId: teamMember.id, tenantId: tenant.id, role: teamMember.role }) as const;
const tokenOf = (path: string | null) => path?.split('/').pop() ?? '';

const matchState = async (match: TestMatch) =>
  (await t.database.db.selectFrom('matches').select('state').where('id', '=', match.id).executeTakeFirstOrThrow())
    .state;

const request = (id: string) =>
  t.database.db
    .selectFrom('help_requests')
    .select(['state', 'route', 'share_with_volunteer'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();

describe('a use case whose last write fails leaves nothing behind', () => {
  it('proposing a volunteer: no match, the request still new', async () => {
    const helpRequest = await makeHelpRequest(t.database.db, { tenant });
    const volunteer = await makeVolunteer(t.database.db, { tenant });
    const suggestion = { id: volunteer.externalId, soort: 'vrijwilliger' };
    await expect(proposeMatch(failing, actor(), tenant, helpRequest.id, suggestion)).rejects.toThrow();
    const matches = await t.database.db
      .selectFrom('matches')
      .select('id')
      .where('request_id', '=', helpRequest.id)
      .execute();
    expect(matches).toEqual([]);
    expect((await request(helpRequest.id)).state).toBe('nieuw');
  });

  it("the volunteer's yes: the match still waits for it", async () => {
    const match = await makeMatch(t.app.ctx, { tenant });
    await expect(answerAsVolunteer(failing, tokenOf(match.volunteerPath), true, tenant.name)).rejects.toThrow();
    expect(await matchState(match)).toBe('voorgesteld');
  });

  it("the asker's yes: the match still waits for it", async () => {
    const match = await makeMatch(t.app.ctx, { tenant, state: 'vrijwilliger_akkoord' });
    await expect(answerAsAsker(failing, tokenOf(match.askerPath), true, false)).rejects.toThrow();
    expect(await matchState(match)).toBe('vrijwilliger_akkoord');
  });

  it('closing a match: it still runs', async () => {
    const match = await makeMatch(t.app.ctx, { tenant, state: 'actief' });
    const closing = { outcome: 'informeel_opgelost', reason: null, rating: 5, comment: null } as const;
    await expect(closeMatch(failing, tokenOf(match.askerPath), closing)).rejects.toThrow();
    expect(await matchState(match)).toBe('actief');
  });

  it("the team's change of triage: route and corrections as they were", async () => {
    const made = await makeHelpRequest(t.database.db, { tenant, route: 'informeel' });
    const view = await findHelpRequest(t.database.db as GatedDb, tenant.id, made.id);
    const decision = { change: true, route: 'professioneel', needKeys: ['geldzaken'], reason: 'Schulden.' };
    await expect(changeTriage(failing, actor(), view!, decision)).rejects.toThrow();
    expect((await request(made.id)).route).toBe('informeel');
    const corrections = await t.database.db
      .selectFrom('triage_corrections')
      .select('id')
      .where('help_request_id', '=', made.id)
      .execute();
    expect(corrections).toEqual([]);
  });

  it("the asker's change of what a volunteer may see: the choice as it was", async () => {
    const made = await makeHelpRequest(t.database.db, { tenant });
    const before = (await request(made.id)).share_with_volunteer;
    const owner = {
      actor: { kind: 'system', tenantId: tenant.id, process: 'hulpvraag' } as const,
      found: { id: made.id, tenant_id: tenant.id, asker_user_id: null },
    };
    const choice = { voornaam: false, buurt: false, behoeften: false, bericht: 'Niets delen.' };
    await expect(changeSharing(failing, owner, choice, '')).rejects.toThrow();
    expect((await request(made.id)).share_with_volunteer).toEqual(before);
  });
});
