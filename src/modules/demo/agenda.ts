// Wijkstad's neighbourhood agenda (agenda-texts.ts), seeded through the agenda's own commands: residents propose and
// support, the klankbordgroep discusses, the team answers, and loneliness in the Bronkwartier, the theme Joost made of
// signals, becomes a proposal too. Once: nothing when the municipality has proposals.
import { withAccess } from '../../kernel/access/gate.js';
import { accountIdByEmail, insertAccount } from '../../kernel/auth/accounts.js';
import type { SignedInActor } from '../../kernel/auth/actor.js';
import type { Role } from '../../kernel/auth/roles.js';
import type { Db } from '../../kernel/db/database.js';
import {
  type AgendaContext,
  moveProposal,
  proposalsFromThemes,
  submitProposal,
  supportProposal,
} from '../agenda/index.js';
import { demoProposals, demoResidents } from './agenda-texts.js';
import { backdateLastStep, backdateProposal, hasProposals } from './queries/agenda.js';

const day = 86_400_000;

export type AgendaDemoPeople = {
  /** The demo accounts by role (bewoner, vrijwilliger, …) and the agenda's residents by key. */
  accounts: Map<string, SignedInActor>;
  joost: SignedInActor;
  neighbourhoodIds: Map<string, string>;
};

/** The demo's residents who only take part in the agenda: a code sign-in account each, in their wijk. */
export async function ensureAgendaResidents(
  db: Db,
  tenantId: string,
  neighbourhoodIds: Map<string, string>,
): Promise<Map<string, SignedInActor>> {
  const made = new Map<string, SignedInActor>();
  for (const resident of demoResidents) {
    const email = `demo-${resident.key}@wijkstad.example`;
    let userId = await accountIdByEmail(db, tenantId, email);
    userId ??= await withAccess(
      db,
      { kind: 'system', tenantId, process: 'demo' },
      { category: 'account', action: 'create', purpose: 'demo', subjectUserId: null },
      (gated) =>
        insertAccount(gated, {
          tenantId,
          email,
          displayName: resident.name,
          role: 'bewoner',
          neighbourhoodId: neighbourhoodIds.get(resident.wijk) ?? null,
          passwordHash: null,
          totpSecret: null,
          isDemo: true,
        }),
    );
    made.set(resident.key, { kind: 'user', userId, tenantId, role: 'bewoner' as Role });
  }
  return made;
}

/** Seeds the proposals, their support, discussions and answers; returns the proposals' ids by key. */
export async function seedDemoProposals(
  db: Db,
  tenantId: string,
  people: AgendaDemoPeople,
  now: Date,
): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  if (await hasProposals(db, tenantId)) return ids;
  // The demo keeps no mail: the proposers' answer mails go nowhere.
  const ctx: AgendaContext = { database: { db }, mailer: { send: async () => undefined }, config: { baseUrl: '' } };
  for (const p of demoProposals) {
    const proposer = people.accounts.get(p.supporters[0]!)!;
    const at = new Date(now.getTime() - p.daysAgo * day);
    const { id } = await submitProposal(
      ctx,
      proposer,
      {
        neighbourhoodId: people.neighbourhoodIds.get(p.wijk)!,
        title: p.title,
        what: p.what,
        whereText: p.where,
        why: p.why,
        ownContribution: p.own,
      },
      at,
    );
    await backdateProposal(db, tenantId, id, at);
    for (const key of p.supporters) await supportProposal(ctx, people.accounts.get(key)!, id);
    if (p.discussed) {
      await moveProposal(ctx, people.joost, id, 'besproken', { text: p.discussed });
      await backdateLastStep(db, tenantId, id, new Date(at.getTime() + 10 * day));
    }
    if (p.answer) {
      await moveProposal(ctx, people.joost, id, 'beantwoord', { text: p.answer.text, answer: p.answer.kind });
      await backdateLastStep(db, tenantId, id, new Date(now.getTime() - p.answer.daysAgo * day));
    }
    ids.set(p.key, id);
  }
  await proposalsFromThemes(ctx, people.joost, now);
  return ids;
}
