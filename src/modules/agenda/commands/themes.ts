// Themes from signals become proposals: the community worker takes a theme that waits ('klaar_voor_agenda') onto the
// agenda as a proposal of origin 'signalen'; the theme is marked 'op_agenda' with the proposal's id, in the same
// transaction, so a theme never becomes two proposals.
import type { Db } from '../../../kernel/db/database.js';
import { DomainError } from '../../../kernel/errors.js';
import { markThemeOnAgenda, themesReadyForAgenda } from '../../signals/index.js';
import { neighbourhoodExists } from '../queries/proposals.js';
import type { AgendaContext, UserActor } from './proposals.js';
import { storeProposal } from './proposals.js';

/** Who may take a theme over: the community worker and the administrator. */
export const themeTakerRoles = ['opbouwwerker', 'beheerder'] as const;

export type ReadyTheme = Awaited<ReturnType<typeof themesReadyForAgenda>>[number];

/** The themes that wait to be taken over, oldest first: words and counts only. */
export const readyThemes = (db: Db, tenantId: string): Promise<ReadyTheme[]> => themesReadyForAgenda(db, tenantId);

export class ThemeTakenError extends DomainError {
  constructor() {
    super('ongeldige_invoer', 'Dit thema staat al op de wijkagenda, of bestaat niet meer.');
  }
}

/**
 * Turns one waiting theme into a proposal for `neighbourhoodId` (the theme's own wijk, or the one chosen when the
 * signals had none). A proposal from signals has no proposer: it names nobody, so it is no personal data and needs
 * no pass of the gate; the route admits only the roles above.
 */
export async function proposalFromTheme(
  ctx: AgendaContext,
  actor: UserActor,
  themeId: string,
  neighbourhoodId: string,
  now = new Date(),
): Promise<{ id: string; reference: string }> {
  if (!(themeTakerRoles as readonly string[]).includes(actor.role))
    throw new DomainError('geen_toegang', 'Alleen de opbouwwerker zet een thema op de wijkagenda.');
  const db = ctx.database.db;
  const theme = (await readyThemes(db, actor.tenantId)).find((t) => t.id === themeId);
  if (!theme) throw new ThemeTakenError();
  if (!(await neighbourhoodExists(db, actor.tenantId, neighbourhoodId)))
    throw new DomainError('ongeldige_invoer', 'Deze wijk bestaat niet in deze gemeente.');
  return storeProposal(
    db,
    {
      tenantId: actor.tenantId,
      neighbourhoodId,
      title: theme.title,
      what: theme.summary || theme.title,
      whereText: theme.areaName ?? '',
      why: `Uit ${theme.signalCount} signalen over de buurt.`,
      ownContribution: '',
      proposerUserId: null,
      themeId: theme.id,
      origin: 'signalen',
    },
    actor.userId,
    now,
    async (trx, id) => {
      // Taken over by someone else meanwhile: the whole proposal is undone.
      if (!(await markThemeOnAgenda(trx, actor.tenantId, theme.id, id))) throw new ThemeTakenError();
    },
  );
}

/** Every waiting theme that has a wijk of its own becomes a proposal (for a command-line run or the demo). */
export async function proposalsFromThemes(
  ctx: AgendaContext,
  actor: UserActor,
  now = new Date(),
): Promise<{ id: string; reference: string }[]> {
  const made = [];
  for (const theme of await readyThemes(ctx.database.db, actor.tenantId)) {
    if (!theme.neighbourhoodId) continue;
    made.push(await proposalFromTheme(ctx, actor, theme.id, theme.neighbourhoodId, now));
  }
  return made;
}
