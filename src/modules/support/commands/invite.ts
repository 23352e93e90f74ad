// The resident invites a client supporter: from the municipality's list or a person they name. The invitation and a
// consent per shared category are written in one transaction (the gate asks those consents at every later read);
// the supporter gets a link by e-mail, which the resident may also pass on themselves.
import { type Actor, inGatedTransaction, withAccess } from '../../../kernel/access/gate.js';
import { hashToken, newToken } from '../../../kernel/auth/tokens.js';
import type { AppContext } from '../../../kernel/http/context.js';
import type { Tenant } from '../../../kernel/tenancy/queries.js';
import { dutchToday, recordConsentAbout } from '../../consent/index.js';
import { insertInvitation, listMunicipalSupporters } from '../queries.js';

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
  const token = newToken();
  const today = dutchToday(new Date());
  const invitationId = await withAccess(
    db,
    actor,
    { category: 'ondersteuning', action: 'create', purpose: 'eigen_gegevens', subjectUserId: actor.userId },
    (gated) =>
      inGatedTransaction(gated, async (trx) => {
        const id = await insertInvitation(trx, {
          tenantId: actor.tenantId,
          residentUserId: actor.userId,
          supporterName: supporter.name,
          supporterEmail: supporter.email,
          supporterUserId: supporter.userId,
          categories: [...categories],
          tokenHash: hashToken(token),
          expiresAt: new Date(Date.now() + INVITATION_DAYS * 86_400_000),
        });
        for (const category of categories)
          await recordConsentAbout(
            trx,
            actor,
            { userId: actor.userId, requestId: null },
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
