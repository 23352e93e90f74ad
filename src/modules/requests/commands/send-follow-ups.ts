// The job "hoe-gaat-het": two weeks after both said yes, the asker is asked "Hoe gaat het?" with a new link.
import { type Actor, withAccess } from '../../../kernel/access/gate.js';
import { hashToken, newToken } from '../../../kernel/auth/tokens.js';
import type { AppContext } from '../../../kernel/http/context.js';
import { dueFollowUps, followUpAddressee, startFollowUp } from '../queries/matches.js';
import { recordEvent } from '../queries/requests.js';
import { firstName } from '../sharing.js';

/** Sends "Hoe gaat het?" for active matches whose two weeks are over. Idempotent: each match is moved once. */
export async function sendFollowUps(ctx: AppContext, now = new Date()): Promise<number> {
  const db = ctx.database.db;
  const due = await dueFollowUps(db, now);
  let sent = 0;
  for (const { id, tenant_id } of due) {
    const actor: Actor = { kind: 'system', tenantId: tenant_id, process: 'koppeling' };
    await withAccess(
      db,
      actor,
      { category: 'hulpvraag', action: 'read', purpose: 'koppelen', subjectUserId: null },
      async (gated) => {
        const token = newToken();
        if (!(await startFollowUp(gated, id, hashToken(token), now))) return;
        const row = await followUpAddressee(gated, id);
        await recordEvent(gated, tenant_id, row.request_id, null, 'opvolging_gestuurd', {});
        if (row.contact_email) {
          await ctx.mailer.send({
            to: row.contact_email,
            subject: 'Hoe gaat het?',
            text:
              `Hallo ${firstName(row.asker_name)},\n\nTwee weken geleden kreeg je hulp via Nabij. Hoe gaat het? ` +
              `Laat het ons weten, het kost een minuut:\n${ctx.config.baseUrl}/koppeling/${token}\n\n` +
              `Nabij ${row.tenantName}`,
          });
          sent++;
        }
      },
    );
  }
  return sent;
}
