// The supporter accepts a resident's invitation by its link. The link names the invitation, the invitation names the
// address the resident chose: the account with that address (made now when there is none, with a link to choose a
// password sent to that address) becomes the supporter, and the resident's consents to that address are linked to it.
import { type Actor, withAccess } from '../../../kernel/access/gate.js';
import { insertAccount } from '../../../kernel/auth/accounts.js';
import { issueLoginCode, PASSWORD_LINK_DAYS } from '../../../kernel/auth/login-codes.js';
import { hashToken } from '../../../kernel/auth/tokens.js';
import type { Db } from '../../../kernel/db/database.js';
import type { AppContext } from '../../../kernel/http/context.js';
import { findTenantById } from '../../../kernel/tenancy/queries.js';
import { linkRecipientAccount } from '../../consent/index.js';
import { accountByEmail, findInvitation, type Invitation, invitationKeys, markAccepted } from '../queries.js';

export const SUPPORT_PURPOSE = 'clientondersteuning';

export type OpenInvitation = { invitation: Invitation; tenantId: string; actor: Actor };

/** The invitation behind a link, read through the gate by Nabij itself; undefined for a wrong, ended or old link. */
export async function openInvitation(db: Db, token: string): Promise<OpenInvitation | undefined> {
  const keys = await invitationKeys(db, hashToken(token));
  if (!keys || keys.endedAt !== null || keys.expiresAt <= new Date()) return undefined;
  const actor: Actor = { kind: 'system', tenantId: keys.tenantId, process: 'uitnodiging' };
  const invitation = await withAccess(
    db,
    actor,
    { category: 'ondersteuning', action: 'read', purpose: SUPPORT_PURPOSE, subjectUserId: keys.residentUserId },
    (gated) => findInvitation(gated, keys.tenantId, keys.id),
  );
  return invitation ? { invitation, tenantId: keys.tenantId, actor } : undefined;
}

export type AcceptResult = { ok: true; newAccount: boolean } | { ok: false; reason: 'verlopen' | 'ander_account' };

export async function acceptInvitation(ctx: AppContext, token: string): Promise<AcceptResult> {
  const db = ctx.database.db;
  const opened = await openInvitation(db, token);
  if (!opened) return { ok: false, reason: 'verlopen' };
  const { invitation, tenantId, actor } = opened;
  const existing = await accountByEmail(db, tenantId, invitation.supporterEmail);
  // An address of a resident, a volunteer or a team member cannot become a supporter's: the roles stay apart.
  if (existing && (existing.role !== 'clientondersteuner' || existing.disabledAt !== null))
    return { ok: false, reason: 'ander_account' };

  let supporterUserId = existing?.id;
  if (!supporterUserId) {
    supporterUserId = await withAccess(
      db,
      actor,
      { category: 'account', action: 'create', purpose: SUPPORT_PURPOSE, subjectUserId: null },
      (gated) =>
        insertAccount(gated, {
          tenantId,
          email: invitation.supporterEmail,
          displayName: invitation.supporterName,
          role: 'clientondersteuner',
        }),
    );
    const tenant = await findTenantById(db, tenantId);
    const issued = await issueLoginCode(db, { userId: supporterUserId, tenantId }, 'wachtwoord');
    await ctx.mailer.send({
      to: invitation.supporterEmail,
      subject: `Je account als cliëntondersteuner bij Nabij ${tenant?.name ?? ''}`,
      text:
        `Hallo ${invitation.supporterName},\n\nJe hebt een uitnodiging als cliëntondersteuner aangenomen. Er is een ` +
        `account voor je gemaakt.\nKies je wachtwoord via deze link:\n` +
        `${ctx.config.baseUrl}/inloggen/wachtwoord/${issued.linkToken}\n\nDe link werkt ${PASSWORD_LINK_DAYS} dagen ` +
        `en maar één keer. Daarna log je in op ${ctx.config.baseUrl}/inloggen/medewerker en stel je een app in die ` +
        `inlogcodes maakt.\n\nNabij ${tenant?.name ?? ''}`,
    });
  }
  await linkSupporter(db, opened, supporterUserId, existing === undefined);
  return { ok: true, newAccount: existing === undefined };
}

/** The invitation is accepted by this account, and the consents to its address name the account from now on. */
export async function linkSupporter(
  db: Db,
  opened: OpenInvitation,
  userId: string,
  madeAccount = false,
): Promise<void> {
  const { invitation, tenantId, actor } = opened;
  await withAccess(
    db,
    actor,
    { category: 'ondersteuning', action: 'update', purpose: SUPPORT_PURPOSE, subjectUserId: invitation.residentUserId },
    async (gated) => {
      await markAccepted(gated, tenantId, invitation.id, userId, madeAccount);
      await linkRecipientAccount(gated, {
        tenantId,
        subjectUserId: invitation.residentUserId,
        email: invitation.supporterEmail,
        userId,
      });
    },
  );
}
