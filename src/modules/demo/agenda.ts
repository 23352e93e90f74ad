// Wijkstad's neighbourhood agenda (agenda-texts.ts), seeded through the agenda's own commands: residents propose and
// support, the klankbordgroep discusses, the team answers, and loneliness in the Bronkwartier, the theme Joost made of
// signals, becomes a proposal too. Once: nothing when the municipality has proposals.
import { withAccess } from '../../kernel/access/gate.js';
import { accountIdByEmail, insertAccount } from '../../kernel/auth/accounts.js';
import type { SignedInActor } from '../../kernel/auth/actor.js';
import type { Role } from '../../kernel/auth/roles.js';
import type { Db } from '../../kernel/db/database.js';
import {
  addMember,
  addMilestone,
  type AgendaContext,
  closeCandidateList,
  createResult,
  holdDraw,
  markMilestoneDone,
  moveProposal,
  planBoardMeeting,
  postUpdate,
  proposalsFromThemes,
  saveMinutes,
  standForBoard,
  submitProposal,
  supportProposal,
} from '../agenda/index.js';
import { demoProposals, demoResidents, demoTeamResult } from './agenda-texts.js';
import {
  backdateLastStep,
  backdateMinutes,
  backdateProposal,
  backdateUpdates,
  hasProposals,
  milestonesOf,
} from './queries/agenda.js';

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

const dayOf = (at: Date) => at.toISOString().slice(0, 10);

/**
 * The team's public account: the Bronplein proposal became a result with milestones and a timeline (under way), and
 * the team's own Wednesday drop-in in the Vogelwijk is done. Only when the proposals were seeded just now.
 */
export async function seedDemoResults(
  db: Db,
  tenantId: string,
  people: AgendaDemoPeople & { sanne: SignedInActor },
  proposals: Map<string, string>,
  now: Date,
): Promise<void> {
  const bronplein = proposals.get('bronplein');
  if (!bronplein) return;
  const ago = (days: number) => new Date(now.getTime() - days * day);
  const plein = await createResult(db, people.joost, {
    proposalId: bronplein,
    neighbourhoodId: null,
    title: 'Ontmoetingsplek op het Bronplein',
    description: 'Bankjes en een tafel op het plein, en op dinsdagochtend koffie met buren die schenken.',
    ownerUserId: people.joost.userId,
    startsOn: dayOf(ago(90)),
    endsOn: dayOf(ago(-60)),
  });
  await addMilestone(db, people.joost, plein, {
    title: 'Gesprek met de gemeente over de bankjes',
    dueOn: dayOf(ago(80)),
  });
  await addMilestone(db, people.joost, plein, { title: 'Bankjes en tafel geplaatst', dueOn: dayOf(ago(30)) });
  await addMilestone(db, people.joost, plein, { title: 'Eerste koffieochtend op het plein', dueOn: dayOf(ago(-14)) });
  const milestones = await milestonesOf(db, tenantId, plein);
  await markMilestoneDone(db, people.joost, plein, milestones[0]!, dayOf(ago(78)));
  await markMilestoneDone(db, people.joost, plein, milestones[1]!, dayOf(ago(29)));
  await postUpdate(db, people.joost, plein, {
    text: 'We zijn begonnen. De gemeente wil meebetalen aan de bankjes; drie buren willen koffie schenken.',
    progress: 20,
    status: 'bezig',
  });
  await postUpdate(db, people.joost, plein, {
    text: 'De bankjes en de tafel staan er. Nu zoeken we nog een plek om de koffiespullen op te bergen.',
    progress: 60,
    status: null,
  });
  await backdateUpdates(db, tenantId, plein, [ago(88), ago(29)]);

  const buurtkamer = await createResult(db, people.sanne, {
    proposalId: null,
    neighbourhoodId: people.neighbourhoodIds.get(demoTeamResult.wijk)!,
    title: demoTeamResult.title,
    description: demoTeamResult.description,
    ownerUserId: people.sanne.userId,
    startsOn: dayOf(ago(150)),
    endsOn: dayOf(ago(40)),
  });
  await postUpdate(db, people.sanne, buurtkamer, {
    text: 'De buurtkamer is gehuurd voor woensdagmiddag. Vanaf volgende week is iedereen welkom.',
    progress: 50,
    status: 'bezig',
  });
  await postUpdate(db, people.sanne, buurtkamer, {
    text: 'Elke woensdag komen er nu zo’n twaalf buren. De inloop blijft.',
    progress: 100,
    status: 'klaar',
  });
  await backdateUpdates(db, tenantId, buurtkamer, [ago(140), ago(40)]);
}

/**
 * The sounding board: in the Vogelwijk two chosen members (Gerrit among them) and a meeting with published minutes;
 * in De Bron three members drawn by lot from six residents who stood, with the seed published, and a meeting to come.
 */
export async function seedDemoBoard(db: Db, tenantId: string, people: AgendaDemoPeople, now: Date): Promise<void> {
  const ago = (days: number) => new Date(now.getTime() - days * day);
  const vogelwijk = people.neighbourhoodIds.get('vogelwijk')!;
  const deBron = people.neighbourhoodIds.get('de-bron')!;
  const term = { fromOn: dayOf(ago(200)), untilOn: dayOf(ago(-530)) };
  for (const key of ['klankbordgroep', 'samira'])
    await addMember(db, people.joost, {
      neighbourhoodId: vogelwijk,
      userId: people.accounts.get(key)!.userId,
      ...term,
    });
  for (const key of ['bewoner', 'fatma', 'piet', 'els', 'kees', 'vrijwilliger'])
    await standForBoard(db, people.accounts.get(key)!, {
      neighbourhoodId: deBron,
      motivation: 'Ik woon hier lang en wil meedenken over wat de buurt nodig heeft.',
    });
  await closeCandidateList(db, people.joost, deBron);
  await holdDraw(db, people.joost, {
    neighbourhoodId: deBron,
    seed: 'Klankbordgroep De Bron 2026, bekendgemaakt in de wijkkrant van oktober',
    seats: 3,
    fromOn: dayOf(ago(30)),
    untilOn: dayOf(ago(-700)),
  });
  const held = await planBoardMeeting(db, people.joost, {
    neighbourhoodId: vogelwijk,
    heldOn: dayOf(ago(15)),
    place: 'De buurtkamer Vogelwijk',
    agenda: '1. De wijkagenda: een maaltijd op zondag\n2. De cijfers van de monitor over het derde kwartaal',
  });
  await saveMinutes(db, people.joost, held, {
    minutes:
      'De klankbordgroep steunt het voorstel voor een maaltijd op zondag. Het wijkteam zoekt uit wie de ' +
      'boodschappen betaalt. Over de monitor: minder mensen hadden een professional nodig dan vorig jaar.',
    publish: true,
  });
  await backdateMinutes(db, tenantId, held, ago(14));
  await planBoardMeeting(db, people.joost, {
    neighbourhoodId: deBron,
    heldOn: dayOf(ago(-10)),
    place: 'Bibliotheek aan de Bronlaan',
    agenda: '1. Kennismaken met de nieuwe leden\n2. De ontmoetingsplek op het Bronplein',
  });
}
