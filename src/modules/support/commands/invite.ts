// The resident invites a client supporter: from the municipality's list or a person they name. The invitation and a
// consent per shared category are written in one transaction (the gate asks those consents at every later read);
// the supporter gets a link by e-mail, which the resident may also pass on themselves.
import { type Actor, inGatedTransaction, withAccess } from '../../../kernel/access/gate.js';
import { hashToken, newToken } from '../../../kernel/auth/tokens.js';
import type { Db } from '../../../kernel/db/database.js';
import type { AppContext } from '../../../kernel/http/context.js';
import type { Tenant } from '../../../kernel/tenancy/queries.js';
import { categoriesSharedWith, dutchToday, recordConsentAbout } from '../../consent/index.js';
import { insertInvitation, listMunicipalSupporters, openInvitationTo, renewInvitation } from '../queries.js';

/** How long the link works: a supporter may be on leave for a while. */
export const INVITATION_DAYS = 30;

export type Invitee = { kind: 'lijst'; userId: string } | { kind: 'zelf'; name: string; email: string };

export type InviteResult = { ok: true; invitationId: string; link: string } | { ok: false; field: 'ondersteuner' };

export async function inviteSupporter(
  ctx: AppContext,
  tenant: Tenant,
  actor: Extract<Actor, { kind: 'user' }>,
  invitee: Invitee,
  categories: readonly string[],
): Promise<InviteResult> {
  const db = ctx.database.db;
  let supporter: { name: string; email: string; userId: string | null };
  if (invitee.kind === 'lijst') {
    const listed = (await listMunicipalSupporters(db, actor.tenantId)).find((s) => s.id === invitee.userId);
    if (!listed) return { ok: false, field: 'ondersteuner' };
    supporter = { name: listed.displayName, email: listed.email, userId: listed.id };
  } else {
    supporter = { name: invitee.name, email: invitee.email, userId: null };
  }
  const { invitationId, token } = await createInvitation(db, actor, actor.userId, supporter, categories);
  const link = `${ctx.config.baseUrl}/ondersteuner/uitnodiging/${token}`;
  // The mail names the resident by first name only and holds none of their data: the link shows the rest.
  await ctx.mailer.send({
    to: supporter.email,
    subject: `Uitnodiging als cliëntondersteuner bij Nabij ${tenant.name}`,
    text:
      `Hallo ${supporter.name},\n\nEen bewoner van ${tenant.name} vraagt je om cliëntondersteuner te zijn en wil ` +
      `daarvoor een deel van de eigen gegevens met je delen.\nBekijk de uitnodiging via deze link:\n${link}\n\n` +
      `De link werkt ${INVITATION_DAYS} dagen. Verwachtte je deze e-mail niet? Dan kun je hem weggooien.\n\n` +
      `Nabij ${tenant.name}`,
  });
  return { ok: true, invitationId, link };
}

/**
 * The invitation and a consent per shared part, in one transaction, as the resident gave them (digitally, by
 * themselves: recorded by nobody); the secret link's token, which only its hash is kept of.
 */
export async function createInvitation(
  db: Db,
  actor: Actor,
  residentUserId: string,
  supporter: { name: string; email: string; userId: string | null },
  categories: readonly string[],
): Promise<{ invitationId: string; token: string }> {
  const token = newToken();
  const today = dutchToday(new Date());
  const invitationId = await withAccess(
    db,
    actor,
    { category: 'ondersteuning', action: 'create', purpose: 'eigen_gegevens', subjectUserId: residentUserId },
    (gated) =>
      inGatedTransaction(gated, async (trx) => {
        const expiresAt = new Date(Date.now() + INVITATION_DAYS * 86_400_000);
        // The same person again: one invitation that shares more, not a second one beside it.
        const existing = await openInvitationTo(trx, actor.tenantId, residentUserId, supporter.email);
        const id = existing
          ? existing.id
          : await insertInvitation(trx, {
              tenantId: actor.tenantId,
              residentUserId,
              supporterName: supporter.name,
              supporterEmail: supporter.email,
              supporterUserId: supporter.userId,
              categories: [...categories],
              tokenHash: hashToken(token),
              expiresAt,
            });
        if (existing)
          await renewInvitation(trx, actor.tenantId, existing.id, {
            categories: [...new Set([...existing.categories, ...categories])],
            tokenHash: hashToken(token),
            expiresAt,
          });
        const shared = await categoriesSharedWith(trx, {
          tenantId: actor.tenantId,
          subjectUserId: residentUserId,
          email: supporter.email,
          today,
        });
        for (const category of categories.filter((c) => !shared.includes(c)))
          await recordConsentAbout(
            trx,
            actor,
            { userId: residentUserId, requestId: null },
            'toestemming',
            {
              recipientKind: 'persoon',
              recipientName: supporter.name,
              recipientEmail: supporter.email,
              recipientRole: null,
              category,
              purpose: 'ondersteuning',
              purposeNote: '',
              startsOn: today,
              endsOn: null,
              givenHow: 'digitaal',
              reason: null,
            },
            null,
          );
        return id;
      }),
  );
  return { invitationId, token };
}
