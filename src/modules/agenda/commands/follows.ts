// Following a result: a signed-in participant follows with their account; a visitor gives an e-mail address and
// confirms it by a link. Every mail carries a stop link of its own (agenda_follow_links, migration 0049); only hashes
// of link tokens are kept. Who follows is personal data (category 'volger'): read and written through the gate.
import { type Actor, inGatedTransaction, withAccess } from '../../../kernel/access/gate.js';
import { hashToken, newToken } from '../../../kernel/auth/tokens.js';
import type { Db } from '../../../kernel/db/database.js';
import type { AppContext } from '../../../kernel/http/context.js';
import { DomainError, notFound } from '../../../kernel/errors.js';
import { agendaParticipantRoles } from '../policy.js';
import {
  accountFollowId,
  confirmedFollowerCount,
  deleteAccountFollow,
  deleteFollow,
  followByLinkHash,
  insertAccountFollow,
  insertEmailFollow,
  insertFollowLink,
  markFollowConfirmed,
  resultTitle,
} from '../queries/follows.js';

export const FOLLOW_PURPOSE = 'verantwoording_volgen';

const nabij = (tenantId: string): Actor => ({ kind: 'system', tenantId, process: 'wijkagenda' });

async function mustExist(db: Db, tenantId: string, resultId: string): Promise<{ title: string }> {
  const result = await resultTitle(db, tenantId, resultId);
  if (!result) throw notFound('Dit resultaat');
  return result;
}

/** A new link token for a follow; returns the token for the mail (its hash is what is kept). */
export async function newFollowLink(
  db: Db,
  tenantId: string,
  followId: string,
  purpose: 'bevestigen' | 'stoppen',
): Promise<string> {
  const token = newToken();
  await insertFollowLink(db, { tokenHash: hashToken(token), tenantId, followId, purpose });
  return token;
}

/** A participant follows with their account (confirmed at once: the account's address is known). Idempotent. */
export async function followWithAccount(db: Db, actor: Actor, resultId: string): Promise<void> {
  if (actor.kind !== 'user' || !agendaParticipantRoles.includes(actor.role))
    throw new DomainError('geen_toegang', 'Volgen met je account kan als bewoner.');
  await mustExist(db, actor.tenantId, resultId);
  await withAccess(
    db,
    actor,
    { category: 'volger', action: 'create', purpose: FOLLOW_PURPOSE, subjectUserId: actor.userId },
    (gated) =>
      insertAccountFollow(gated, {
        tenantId: actor.tenantId,
        resultId,
        userId: actor.userId,
        stopTokenHash: hashToken(newToken()),
      }),
  );
}

/** Whether this participant follows the result with their account. */
export async function followsWithAccount(db: Db, actor: Actor, resultId: string): Promise<boolean> {
  if (actor.kind !== 'user') return false;
  const row = await withAccess(
    db,
    actor,
    { category: 'volger', action: 'read', purpose: FOLLOW_PURPOSE, subjectUserId: actor.userId },
    (gated) => accountFollowId(gated, actor.tenantId, resultId, actor.userId),
  );
  return !!row;
}

export async function unfollowWithAccount(db: Db, actor: Actor, resultId: string): Promise<void> {
  if (actor.kind !== 'user') throw new DomainError('niet_ingelogd', 'Log eerst in.');
  await withAccess(
    db,
    actor,
    { category: 'volger', action: 'delete', purpose: FOLLOW_PURPOSE, subjectUserId: actor.userId },
    (gated) => deleteAccountFollow(gated, actor.tenantId, resultId, actor.userId),
  );
}

/**
 * A visitor follows by e-mail: the address waits for its confirmation link, mailed now. An address that already
 * follows gets no second row and no mail, and the visitor sees the same page either way (nothing leaks).
 */
export async function followByEmail(ctx: AppContext, tenantId: string, resultId: string, email: string): Promise<void> {
  const db = ctx.database.db;
  const result = await mustExist(db, tenantId, resultId);
  const token = await withAccess(
    db,
    nabij(tenantId),
    { category: 'volger', action: 'create', purpose: FOLLOW_PURPOSE, subjectUserId: null },
    (gated) =>
      inGatedTransaction(gated, async (trx) => {
        const made = await insertEmailFollow(trx, {
          tenantId,
          resultId,
          email,
          stopTokenHash: hashToken(newToken()),
        });
        return made ? newFollowLink(trx, tenantId, made.id, 'bevestigen') : null;
      }),
  );
  if (token === null) return;
  const base = ctx.config.baseUrl;
  await ctx.mailer.send({
    to: email,
    subject: 'Bevestig dat je een resultaat wilt volgen',
    text:
      `Je wilt op de hoogte blijven van: ${result.title}\n\n` +
      `Klik op deze link om dat te bevestigen:\n${base}/verantwoording/bevestigen/${token}\n\n` +
      'Heb je dit niet zelf gevraagd? Dan hoef je niets te doen: zonder bevestiging krijg je geen mail.\n',
  });
}

type LinkFound = { followId: string; tenantId: string; resultId: string; resultTitle: string };

/** The follow a link names, when the link is one of this municipality's. */
export async function followOfLink(
  db: Db,
  tenantId: string,
  token: string,
  purpose: 'bevestigen' | 'stoppen',
): Promise<LinkFound | undefined> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return undefined;
  return followByLinkHash(db, tenantId, hashToken(token), purpose);
}

export async function confirmFollow(db: Db, found: LinkFound): Promise<void> {
  await withAccess(
    db,
    nabij(found.tenantId),
    { category: 'volger', action: 'create', purpose: FOLLOW_PURPOSE, subjectUserId: null },
    (gated) => markFollowConfirmed(gated, found.tenantId, found.followId),
  );
}

/** Stops following: the follow and all its links go. */
export async function stopFollow(db: Db, found: LinkFound): Promise<void> {
  await withAccess(
    db,
    nabij(found.tenantId),
    { category: 'volger', action: 'delete', purpose: FOLLOW_PURPOSE, subjectUserId: null },
    (gated) => deleteFollow(gated, found.tenantId, found.followId),
  );
}

/** How many follow a result (confirmed): the only thing the public page says about followers. */
export async function followerCount(db: Db, tenantId: string, resultId: string): Promise<number> {
  return confirmedFollowerCount(db, tenantId, resultId);
}
