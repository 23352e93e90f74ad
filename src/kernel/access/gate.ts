// The access gate: the one door to personal data. It checks role and tenant, writes the access log, then runs the
// query.
import { type Db, inTransaction } from '../db/database.js';
import type { TokenScope } from '../auth/api-tokens.js';
import type { Role } from '../auth/roles.js';
import { DomainError } from '../errors.js';
import { type DataCategory, scopesFor, tokenMay } from './policy.js';
import type { AccessAction } from './schema.js';

/**
 * Who acts: a signed-in person, Nabij itself (sign-in, a command-line job) for a stated process, or an integration
 * calling the API with a token made for it (its name is what the access log shows).
 */
export type Actor =
  | { kind: 'user'; userId: string; tenantId: string; role: Role; onBehalfOfUserId?: string }
  | {
      kind: 'system';
      tenantId: string;
      process:
        | 'inloggen'
        | 'opdrachtregel'
        | 'demo'
        | 'hulpvraag'
        | 'koppeling'
        | 'aanmelding'
        | 'uitnodiging'
        | 'bewaartermijn'
        | 'regie'
        | 'signaal'
        | 'wijkagenda'
        | 'monitor';
    }
  | { kind: 'token'; tokenId: string; tenantId: string; name: string; scopes: readonly TokenScope[] };

export type AccessRequest = {
  category: DataCategory;
  action: AccessAction;
  /** Why: a purpose key shown to the resident in plain words (see purposes.ts). */
  purpose: string;
  /** Whose record; null only for a search, which is logged per person found. */
  subjectUserId: string | null;
  /**
   * The help request the record belongs to, when it is about a request's asker: an asker without an account has no
   * user id and reads the rows about them by the request's status link. Just an id; the kernel knows no requests.
   */
  subjectRequestId?: string | null;
};

declare const gatedBrand: unique symbol;
/** A database handle that only the gate hands out: queries of personal data take this, so no page can skip the gate. */
export type GatedDb = Db & { readonly [gatedBrand]: true };

export class AccessDeniedError extends DomainError {
  constructor(readonly reason: string) {
    super('geen_toegang', 'Je hebt geen toegang tot deze gegevens.');
  }
}

type Decision = { allowed: true } | { allowed: false; reason: string };

/**
 * Whether the person whose record it is gave this actor consent for this category today (or a legal basis was
 * recorded instead): the consent module registers it when it is installed, so the kernel imports no module. Without
 * one, a rule that needs consent admits nobody.
 */
export type ConsentCheck = (
  db: Db,
  question: {
    tenantId: string;
    subjectUserId: string;
    category: DataCategory;
    recipient: { userId: string; role: Role };
    now: Date;
  },
) => Promise<'toestemming' | 'wettelijke_grondslag' | null>;

let consentCheck: ConsentCheck | null = null;

/** Installs the consent check (or removes it, with null); called by installModules. */
export function setConsentCheck(check: ConsentCheck | null): void {
  consentCheck = check;
}

/** The actor's role as the log keeps it: the role, `systeem:<process>`, or `token:<name>` for an integration. */
export function actorRole(actor: Actor): string {
  switch (actor.kind) {
    case 'user':
      return actor.role;
    case 'system':
      return `systeem:${actor.process}`;
    case 'token':
      return `token:${actor.name}`;
  }
}

async function decide(db: Db, actor: Actor, request: AccessRequest): Promise<Decision> {
  if (request.subjectUserId !== null) {
    const subject = await db
      .selectFrom('users')
      .select('tenant_id')
      .where('id', '=', request.subjectUserId)
      .executeTakeFirst();
    // A guessed id of another municipality is refused exactly like an unknown one: nothing leaks either way.
    if (!subject || subject.tenant_id !== actor.tenantId)
      return { allowed: false, reason: 'onbekend_of_andere_gemeente' };
  }
  if (actor.kind === 'system') return { allowed: true };
  if (actor.kind === 'token')
    return tokenMay(actor.scopes, request.category, request.action)
      ? { allowed: true }
      : { allowed: false, reason: 'sleutel_heeft_geen_recht' };

  const scopes = scopesFor(actor.role, request.category, request.action);
  if (scopes.includes('tenant')) return { allowed: true };
  if (scopes.includes('self') && request.subjectUserId === actor.userId) return { allowed: true };
  // Outside the team: only with the person's consent (or a recorded legal basis), asked per person, so never a search.
  if (scopes.includes('toestemming')) {
    const basis =
      request.subjectUserId !== null && consentCheck
        ? await consentCheck(db, {
            tenantId: actor.tenantId,
            subjectUserId: request.subjectUserId,
            category: request.category,
            recipient: { userId: actor.userId, role: actor.role },
            now: new Date(),
          })
        : null;
    return basis ? { allowed: true } : { allowed: false, reason: 'geen_toestemming' };
  }
  return { allowed: false, reason: scopes.length === 0 ? 'rol_heeft_geen_recht' : 'alleen_eigen_gegevens' };
}

/** One log row's subject: a person's account, or (for an asker without one) the request, or nobody. */
type Subject = string | null | { requestId: string };

async function writeLog(
  db: Db,
  actor: Actor,
  request: AccessRequest,
  subjects: readonly Subject[],
  decision: Decision,
): Promise<void> {
  await db
    .insertInto('access_log')
    .values(
      subjects.map((subject) => ({
        tenant_id: actor.tenantId,
        actor_user_id: actor.kind === 'user' ? actor.userId : null,
        actor_role: actorRole(actor),
        actor_token_id: actor.kind === 'token' ? actor.tokenId : null,
        on_behalf_of_user_id: actor.kind === 'user' ? (actor.onBehalfOfUserId ?? null) : null,
        subject_user_id: typeof subject === 'string' ? subject : null,
        subject_request_id:
          subject !== null && typeof subject === 'object' ? subject.requestId : (request.subjectRequestId ?? null),
        category: request.category,
        action: request.action,
        outcome: decision.allowed ? ('toegestaan' as const) : ('geweigerd' as const),
        purpose: request.purpose,
        refusal_reason: decision.allowed ? null : decision.reason,
      })),
    )
    .execute();
}

/**
 * Records an attempt that was refused before any data was read: a page not meant for the actor's role (or an API
 * route outside a token's scopes), or a record that is not in the actor's municipality. The person named (when
 * known) sees the attempt in their own log.
 */
export async function logRefusal(
  db: Db,
  actor: Actor,
  request: AccessRequest,
  reason: 'rol_heeft_geen_recht' | 'sleutel_heeft_geen_recht' | 'onbekend_of_andere_gemeente' | 'geen_toestemming',
): Promise<void> {
  let subject = request.subjectUserId;
  if (subject !== null) {
    // Only a person of the actor's own municipality is named; a guessed id elsewhere stays out of both logs.
    const found = await db.selectFrom('users').select('tenant_id').where('id', '=', subject).executeTakeFirst();
    if (found?.tenant_id !== actor.tenantId) subject = null;
  }
  // A request id is named only with a person of the same municipality, or by a caller that checked its tenant.
  const named = subject === null && request.subjectUserId !== null ? { ...request, subjectRequestId: null } : request;
  await writeLog(db, actor, named, [subject], { allowed: false, reason });
}

/**
 * Records the other people a page shows besides its main subject (each volunteer in a suggestion list, the asker of
 * a match a volunteer answers), one row each, so every person shown finds the look in their own log.
 * 'beleid': the policy must allow the actor to read each of them, or the page is refused.
 * 'gedeeld': the person chose to share this with the actor (an asker with their volunteer); the query that found
 * them decided that, so only the municipality is checked here.
 */
export async function recordShown(
  db: Db,
  actor: Actor,
  request: Omit<AccessRequest, 'action' | 'subjectUserId' | 'subjectRequestId'>,
  subjectUserIds: readonly (string | null)[],
  basis: 'beleid' | 'gedeeld',
): Promise<void> {
  const subjects = [...new Set(subjectUserIds.filter((id): id is string => id !== null))];
  if (subjects.length === 0) return;
  for (const subjectUserId of subjects) {
    const full: AccessRequest = { ...request, action: 'read', subjectUserId, subjectRequestId: null };
    const decision = basis === 'beleid' ? await decide(db, actor, full) : await sameMunicipality(db, actor, full);
    if (!decision.allowed) {
      await writeLog(db, actor, full, [subjectUserId], decision);
      throw new AccessDeniedError(decision.reason);
    }
  }
  await writeLog(db, actor, { ...request, action: 'read', subjectUserId: null, subjectRequestId: null }, subjects, {
    allowed: true,
  });
}

async function sameMunicipality(db: Db, actor: Actor, request: AccessRequest): Promise<Decision> {
  return decide(db, { kind: 'system', tenantId: actor.tenantId, process: 'koppeling' }, request);
}

/**
 * Runs `work` on personal data of one person (or of the tenant, for create) after the gate allowed it.
 * Refused: logged as refused, and AccessDeniedError is thrown. Allowed: logged, then run.
 */
export async function withAccess<T>(
  db: Db,
  actor: Actor,
  request: AccessRequest,
  work: (gated: GatedDb) => Promise<T>,
): Promise<T> {
  const decision = await decide(db, actor, request);
  await writeLog(db, actor, request, [request.subjectUserId], decision);
  if (!decision.allowed) throw new AccessDeniedError(decision.reason);
  return work(db as GatedDb);
}

/**
 * Runs a search over personal data; every person it finds gets a log row, so each resident sees that they came up;
 * an asker without an account, by the request a row names (`subjectRequestId`), which their status link shows.
 * A search that finds nobody leaves one row without a subject.
 */
export async function searchWithAccess<T extends { subjectUserId: string | null; subjectRequestId?: string | null }>(
  db: Db,
  actor: Actor,
  request: Omit<AccessRequest, 'action' | 'subjectUserId' | 'subjectRequestId'>,
  work: (gated: GatedDb) => Promise<T[]>,
): Promise<T[]> {
  const full: AccessRequest = { ...request, action: 'search', subjectUserId: null, subjectRequestId: null };
  const decision = await decide(db, actor, full);
  if (!decision.allowed) {
    await writeLog(db, actor, full, [null], decision);
    throw new AccessDeniedError(decision.reason);
  }
  const rows = await work(db as GatedDb);
  // People without an account (an anonymous asker, a key person) have no subject id; the search row still records the
  // look.
  const subjects: Subject[] = [...new Set(rows.map((r) => r.subjectUserId).filter((id): id is string => id !== null))];
  const requestsWithoutAccount = rows.flatMap((r) =>
    r.subjectUserId === null && r.subjectRequestId ? [r.subjectRequestId] : [],
  );
  for (const requestId of new Set(requestsWithoutAccount)) subjects.push({ requestId });
  await writeLog(db, actor, full, subjects.length > 0 ? subjects : [null], decision);
  return rows;
}

/**
 * Runs `work` in one transaction within the same pass of the gate: the handle stays gated, so a command can write
 * several rows of personal data all or nothing. Only the gate turns a transaction into a gated handle.
 */
export function inGatedTransaction<T>(db: GatedDb, work: (trx: GatedDb) => Promise<T>): Promise<T> {
  return inTransaction(db, (trx) => work(trx as GatedDb));
}
