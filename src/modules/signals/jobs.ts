// The daily summary: each municipality's team address gets, once a day, how many signals are past their deadline,
// with their references, deadlines and urgency. No personal data: no story, no street, no name. Nothing is sent
// when none is overdue. signal_digests (keyed on the Amsterdam date) makes a second run the same day send nothing.
import type { AppContext } from '../../kernel/http/context.js';
import type { Job } from '../../kernel/modules.js';
import { claimDigest, overdueSignals, tenantsWithTeamEmail, undoDigest } from './queries/team.js';
import { amsterdamDate, deadlineState, momentInWords } from './pages/team-deadline.js';

const urgencyWords = { spoed: 'spoed', hoog: 'hoog', normaal: 'normaal' } as const;

/** Sends the summary of each municipality with a team address; returns how many were sent. */
export async function sendSignalDigests(ctx: AppContext, now = new Date()): Promise<number> {
  const db = ctx.database.db;
  const tenants = await tenantsWithTeamEmail(db);
  const day = amsterdamDate(now);
  let sent = 0;
  for (const tenant of tenants) {
    if (!tenant.teamEmail) continue;
    const overdue = await overdueSignals(db, tenant.id, now);
    if (overdue.length === 0) continue;
    if (!(await claimDigest(db, tenant.id, day, overdue.length))) continue;
    const lines = overdue.map((s) => {
      const second = deadlineState(s.dueAt, s.secondDueAt, now) === 'tweede_verlopen';
      return (
        `- ${s.reference} (${urgencyWords[s.urgency]}): termijn ${momentInWords(s.dueAt)}, ` +
        `tweede termijn ${momentInWords(s.secondDueAt)}${second ? ' (ook verlopen)' : ''}`
      );
    });
    try {
      await ctx.mailer.send({
        to: tenant.teamEmail,
        subject: `Signalen over hun termijn: ${overdue.length}`,
        text:
          `Er ${overdue.length === 1 ? 'is 1 signaal' : `zijn ${overdue.length} signalen`} over de termijn:\n\n` +
          `${lines.join('\n')}\n\nBekijk ze op ${ctx.config.baseUrl}/team/signalen\n\nNabij ${tenant.name}`,
      });
      sent++;
    } catch {
      // Not sent: the next run tries again today.
      await undoDigest(db, tenant.id, day);
    }
  }
  return sent;
}

export const signalJobs: readonly Job[] = [
  {
    name: 'signalen-overzicht',
    everyMs: 3600_000,
    firstAfterMs: 10 * 60_000,
    run: (ctx) => sendSignalDigests(ctx),
    summary: (n) => `${n} overzichten van signalen over hun termijn verstuurd`,
  },
];
