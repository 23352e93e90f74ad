// Mails to followers: each update on a result's timeline goes, once, to everyone who follows it (confirmed), with
// the result's title, the update's text and a stop link of its own. An update is claimed (mailed_at) before the
// mails go, so a second run, or a second server, sends none. Nothing personal in subjects or on stdout.
import { searchWithAccess } from '../../kernel/access/gate.js';
import type { AppContext } from '../../kernel/http/context.js';
import type { Job } from '../../kernel/modules.js';
import { FOLLOW_PURPOSE, newFollowLink } from './commands/follows.js';
import { resultStatusWords } from './pages/account-words.js';
import { claimUpdateForMail, confirmedFollowersToMail, updatesWaitingForMail } from './queries/follows.js';

/** Mails the followers of every update not mailed yet; returns how many mails went. */
export async function sendProgressMails(ctx: AppContext): Promise<number> {
  const db = ctx.database.db;
  const waiting = await updatesWaitingForMail(db);
  let sent = 0;
  for (const update of waiting) {
    // Claim first: whoever sets mailed_at sends; a second run finds it taken.
    if (!(await claimUpdateForMail(db, update.tenantId, update.id))) continue;
    const followers = await searchWithAccess(
      db,
      { kind: 'system', tenantId: update.tenantId, process: 'wijkagenda' },
      { category: 'volger', purpose: FOLLOW_PURPOSE },
      (gated) => confirmedFollowersToMail(gated, update.tenantId, update.resultId),
    );
    for (const follower of followers) {
      const to = follower.email ?? (follower.disabled_at === null ? follower.accountEmail : null);
      if (!to) continue;
      const stop = await newFollowLink(db, update.tenantId, follower.id, 'stoppen');
      const lines = [
        `Er is nieuws over: ${update.title} (wijk ${update.wijk})`,
        '',
        update.text,
        '',
        ...(update.progress !== null ? [`Voortgang: ${update.progress}%`] : []),
        ...(update.status !== null ? [`Status: ${resultStatusWords('nl', update.status)}`] : []),
        `Lees meer: ${ctx.config.baseUrl}/verantwoording/${update.resultId}`,
        '',
        `Wil je geen mail meer hierover? Klik hier: ${ctx.config.baseUrl}/verantwoording/stoppen/${stop}`,
      ];
      try {
        await ctx.mailer.send({ to, subject: 'Nieuws over een resultaat dat je volgt', text: lines.join('\n') });
        sent++;
      } catch {
        // One address that fails does not stop the others; the update stays mailed (no second mail to the rest).
      }
    }
  }
  return sent;
}

export const agendaJobs: readonly Job[] = [
  {
    name: 'verantwoording-mails',
    everyMs: 15 * 60_000,
    firstAfterMs: 5 * 60_000,
    run: (ctx) => sendProgressMails(ctx),
    summary: (n) => `${n} mails over voortgang aan volgers verstuurd`,
  },
];
