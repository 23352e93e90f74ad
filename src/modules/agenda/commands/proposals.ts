// The neighbourhood agenda's use cases: a resident proposes, others support (one each), the team moves a proposal
// only along the table in states.ts, with what each step needs, and mails the proposer that it was answered.
// The proposer's link to a proposal is category 'wijkvoorstel', a support is 'steun': both pass the gate.
import { type Actor, inGatedTransaction, withAccess } from '../../../kernel/access/gate.js';
import type { Db } from '../../../kernel/db/database.js';
import { DomainError, notFound } from '../../../kernel/errors.js';
import type { Mailer } from '../../../kernel/mail/mailer.js';
import { randomReference } from '../../../kernel/references.js';
import { agendaTeamRoles } from '../policy.js';
import {
  answerTermDays,
  deleteSupport,
  findProposal,
  insertProposal,
  insertProposalEvent,
  insertSupport,
  neighbourhoodExists,
  type NewProposal,
  type ProposalRow,
  proposerEmail,
  updateProposalStatus,
} from '../queries/proposals.js';
import type { ProposalAnswer, ProposalStatus } from '../schema.js';
import { awaitsAnswer, proposalTransitionFor } from '../states.js';

/** What the commands need of the app: its database, its mailer and its address (the app's context is one). */
export type AgendaContext = { database: { db: Db }; mailer: Mailer; config: { baseUrl: string } };
export type UserActor = Extract<Actor, { kind: 'user' }>;

/** The purpose every read and write of the agenda's personal data is logged with (policy.ts names it). */
export const AGENDA_PURPOSE = 'wijkagenda';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Past its term and still without an answer: flagged on the public list and on top of the team's list. */
export const isOverdue = (p: Pick<ProposalRow, 'status' | 'answerDueAt'>, now: Date): boolean =>
  awaitsAnswer(p.status) && p.answerDueAt.getTime() < now.getTime();

export type ProposalInput = {
  neighbourhoodId: string;
  title: string;
  what: string;
  whereText: string;
  why: string;
  ownContribution: string;
};

/** Stores a proposal with a fresh WA- reference (a taken one is tried again) and its first event. */
export async function storeProposal(
  db: Db,
  values: Omit<NewProposal, 'reference' | 'answerDueAt'>,
  actorUserId: string | null,
  now: Date,
  extra?: (db: Db, id: string) => Promise<void>,
): Promise<{ id: string; reference: string }> {
  const days = await answerTermDays(db, values.tenantId);
  const answerDueAt = new Date(now.getTime() + days * DAY_MS);
  for (let attempt = 1; ; attempt++) {
    const reference = randomReference('WA');
    try {
      const id = await db.transaction().execute(async (trx) => {
        const id = await insertProposal(trx, { ...values, reference, answerDueAt });
        await insertProposalEvent(trx, {
          tenantId: values.tenantId,
          proposalId: id,
          actorUserId,
          kind: 'ingediend',
          fromStatus: null,
          toStatus: 'ingediend',
          text: '',
        });
        if (extra) await extra(trx, id);
        return id;
      });
      return { id, reference };
    } catch (error) {
      const taken = (error as { code?: string }).code === '23505' && attempt < 5;
      if (!taken) throw error;
    }
  }
}

/** A signed-in participant proposes a priority for a wijk; the answer is due within the municipality's term. */
export async function submitProposal(
  ctx: AgendaContext,
  actor: UserActor,
  input: ProposalInput,
  now = new Date(),
): Promise<{ id: string; reference: string }> {
  const db = ctx.database.db;
  if (!(await neighbourhoodExists(db, actor.tenantId, input.neighbourhoodId)))
    throw new DomainError('ongeldige_invoer', 'Deze wijk bestaat niet in deze gemeente.');
  return withAccess(
    db,
    actor,
    { category: 'wijkvoorstel', action: 'create', purpose: AGENDA_PURPOSE, subjectUserId: actor.userId },
    (gated) =>
      storeProposal(
        gated,
        {
          tenantId: actor.tenantId,
          ...input,
          proposerUserId: actor.userId,
          themeId: null,
          origin: 'bewoner',
        },
        actor.userId,
        now,
      ),
  );
}

/** A proposal of the actor's municipality, or not found (an id of elsewhere is answered the same). */
export async function proposalOf(ctx: AgendaContext, tenantId: string, id: string): Promise<ProposalRow> {
  const found = /^[0-9a-f-]{36}$/i.test(id) ? await findProposal(ctx.database.db, tenantId, id) : undefined;
  if (!found) throw notFound('Dit voorstel');
  return found;
}

export class AlreadySupportedError extends DomainError {
  constructor() {
    super('ongeldige_invoer', 'Je steunt dit voorstel al.');
  }
}

const isUniqueViolation = (error: unknown) => (error as { code?: string }).code === '23505';

/** One support per resident: a second is refused calmly (the table's key decides, so two clicks at once too). */
export async function supportProposal(ctx: AgendaContext, actor: UserActor, proposalId: string): Promise<void> {
  const proposal = await proposalOf(ctx, actor.tenantId, proposalId);
  // A hidden proposal is not there for the public, so it cannot be supported either.
  if (proposal.status === 'verborgen') throw notFound('Dit voorstel');
  await withAccess(
    ctx.database.db,
    actor,
    { category: 'steun', action: 'create', purpose: AGENDA_PURPOSE, subjectUserId: actor.userId },
    async (gated) => {
      try {
        // In a transaction of its own: on PostgreSQL a refused insert would spoil a surrounding one.
        await inGatedTransaction(gated, (trx) => insertSupport(trx, actor.tenantId, proposal.id, actor.userId));
      } catch (error) {
        if (isUniqueViolation(error)) throw new AlreadySupportedError();
        throw error;
      }
    },
  );
}

export async function withdrawSupport(ctx: AgendaContext, actor: UserActor, proposalId: string): Promise<void> {
  const proposal = await proposalOf(ctx, actor.tenantId, proposalId);
  await withAccess(
    ctx.database.db,
    actor,
    { category: 'steun', action: 'delete', purpose: AGENDA_PURPOSE, subjectUserId: actor.userId },
    (gated) => deleteSupport(gated, actor.tenantId, proposal.id, actor.userId),
  );
}

export class ProposalStepNotAllowedError extends DomainError {
  constructor(from: ProposalStatus, to: ProposalStatus) {
    super('ongeldige_invoer', `Een voorstel kan niet van "${from}" naar "${to}".`);
  }
}

/** The step was decided on a state that someone else already moved on from: nothing changed. */
export class ProposalMovedOnError extends DomainError {
  constructor() {
    super('ongeldige_invoer', 'Iemand anders heeft dit voorstel net een stap verder gezet. Kijk opnieuw.');
  }
}

export type ProposalStep = {
  /** What the step says: a discussion's summary, the answer's text, the reason to hide or reopen. */
  text: string;
  answer?: ProposalAnswer | null;
  meetingId?: string | null;
  /** The status the actor saw when deciding; a step on a status that moved on since is refused. */
  seen?: ProposalStatus;
};

/** What a step needs, as a key of the form's messages, or null when it has it. */
export function missingForStep(
  needs: 'verslag' | 'antwoord' | 'reden',
  step: ProposalStep,
): 'agenda_verslag_nodig' | 'agenda_antwoord_kiezen' | 'agenda_antwoordtekst_nodig' | 'agenda_reden_nodig' | null {
  const text = step.text.trim();
  if (needs === 'verslag') return text === '' ? 'agenda_verslag_nodig' : null;
  if (needs === 'reden') return text === '' ? 'agenda_reden_nodig' : null;
  if (!step.answer) return 'agenda_antwoord_kiezen';
  // Every answer is explained; 'niet_nu' above all needs its reason.
  return text === '' ? 'agenda_antwoordtekst_nodig' : null;
}

export class StepNeedsError extends DomainError {
  constructor(readonly key: NonNullable<ReturnType<typeof missingForStep>>) {
    super('ongeldige_invoer', 'Bij deze stap hoort een korte tekst.');
  }
}

/** The event kind of a step, as the timeline names it. */
const eventKind = (from: ProposalStatus, to: ProposalStatus): string =>
  to === 'ingediend' ? 'teruggezet' : from === 'beantwoord' && to === 'besproken' ? 'heropend' : to;

/**
 * The ONLY way a proposal changes status: a step the table allows, with what it needs, by the team, through the
 * gate (the proposal is the proposer's 'wijkvoorstel'), with its event, in one transaction. Answered: the proposer
 * hears of it by mail, with a link and nothing else.
 */
export async function moveProposal(
  ctx: AgendaContext,
  actor: UserActor,
  proposalId: string,
  to: ProposalStatus,
  step: ProposalStep,
  now = new Date(),
): Promise<void> {
  if (!agendaTeamRoles.includes(actor.role))
    throw new DomainError('geen_toegang', 'Alleen het wijkteam zet een voorstel een stap verder.');
  const proposal = await proposalOf(ctx, actor.tenantId, proposalId);
  const from = step.seen ?? proposal.status;
  if (from !== proposal.status) throw new ProposalMovedOnError();
  const transition = proposalTransitionFor(from, to);
  if (!transition) throw new ProposalStepNotAllowedError(from, to);
  const missing = missingForStep(transition.needs, step);
  if (missing) throw new StepNeedsError(missing);
  const text = step.text.trim();
  const email = await withAccess(
    ctx.database.db,
    actor,
    {
      category: 'wijkvoorstel',
      action: 'update',
      purpose: AGENDA_PURPOSE,
      subjectUserId: proposal.proposerUserId,
    },
    (gated) =>
      inGatedTransaction(gated, async (trx) => {
        const moved = await updateProposalStatus(
          trx,
          actor.tenantId,
          proposal.id,
          from,
          {
            to,
            answer: to === 'beantwoord' ? (step.answer ?? null) : null,
            answerText: to === 'beantwoord' ? text : '',
            answeredBy: to === 'beantwoord' ? actor.userId : null,
            ...(to === 'verborgen' ? { hiddenReason: text } : from === 'verborgen' ? { hiddenReason: '' } : {}),
          },
          now,
        );
        if (!moved) throw new ProposalMovedOnError();
        await insertProposalEvent(trx, {
          tenantId: actor.tenantId,
          proposalId: proposal.id,
          actorUserId: actor.userId,
          kind: eventKind(from, to),
          fromStatus: from,
          toStatus: to,
          // The reason to hide may name who was named: it stays on the proposal for the team, not in the timeline.
          text: to === 'verborgen' ? '' : text,
          meetingId: step.meetingId ?? null,
        });
        return to === 'beantwoord' && proposal.proposerUserId
          ? proposerEmail(trx, actor.tenantId, proposal.proposerUserId)
          : null;
      }),
  );
  if (email) await tellProposer(ctx, email, proposal);
}

/** The mail: that there is an answer, and where to read it. No name, no answer text, nothing personal. */
async function tellProposer(ctx: AgendaContext, to: string, proposal: ProposalRow): Promise<void> {
  const link = `${ctx.config.baseUrl}/wijkagenda/${proposal.id}`;
  // A failed mail does not undo the answer: the answer stands on the public page either way.
  await ctx.mailer
    .send({
      to,
      subject: `Je voorstel ${proposal.reference} heeft een antwoord`,
      text:
        `Het wijkteam heeft je voorstel voor de wijkagenda beantwoord.\n\n` +
        `Lees het antwoord op ${link}\n\n` +
        `Your proposal for the neighbourhood agenda has an answer from the team: ${link}\n`,
    })
    .catch(() => undefined);
}

export type { ProposalRow };
