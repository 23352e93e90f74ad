// A signed-in volunteer sees the questions for them on their own page and answers there, as with the mailed
// link: only what the asker agreed to share, never the story. A match of someone else is not found.
import { residentRoles } from '../../../kernel/access/policy.js';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { recordShown, withAccess } from '../../../kernel/access/gate.js';
import { signedInUser } from '../../../kernel/auth/actor.js';
import { DomainError, notFound } from '../../../kernel/errors.js';
import type { PageSection } from '../../../kernel/modules.js';
import { findOwnVolunteer } from '../../volunteers/index.js';
import { volunteerAnswers } from '../commands/answer-match.js';
import { matchOfRequest } from '../commands/open-match.js';
import { VolunteerMatches } from '../pages/volunteer-matches.js';
import { parseAnswer } from '../pages/yes-no.js';
import { listVolunteerMatches } from '../queries/matches.js';

/** The questions for a volunteer and the help that runs, on the volunteer's own page. */
export const volunteerMatchSection: PageSection<'mijn-vrijwilliger'> = {
  slot: 'mijn-vrijwilliger',
  async load(gated, { tenantId, volunteerId, actor }) {
    const matches = await listVolunteerMatches(gated, tenantId, volunteerId);
    // What each asker shared with this volunteer is on the page: each asker finds the look in their own log.
    const askers = matches.map((m) => m.askerUserId);
    await recordShown(gated, actor, { category: 'hulpvraag', purpose: 'koppelen' }, askers, 'gedeeld');
    return (view) => <VolunteerMatches view={view} matches={matches} />;
  },
};

export async function volunteerMatchRoutes(app: FastifyInstance): Promise<void> {
  const { ctx } = app;
  const db = ctx.database.db;

  app.post(
    '/mijn/vrijwilliger/koppelingen/:matchId',
    { config: { access: residentRoles, data: 'vrijwilliger' } },
    async (request, reply) => {
      const user = signedInUser(request);
      const { matchId } = request.params as { matchId: string };
      if (!z.uuid().safeParse(matchId).success) throw notFound('Deze vraag');
      const actor = { kind: 'user' as const, userId: user.userId, tenantId: user.tenantId, role: user.role };
      const own = await withAccess(
        db,
        actor,
        { category: 'vrijwilliger', action: 'read', purpose: 'eigen_gegevens', subjectUserId: user.userId },
        async (gated) => {
          const volunteer = await findOwnVolunteer(gated, user.tenantId, user.userId);
          return volunteer
            ? { volunteer, matches: await listVolunteerMatches(gated, user.tenantId, volunteer.id) }
            : undefined;
        },
      );
      const match = own?.matches.find((m) => m.id === matchId);
      if (!own || !match) throw notFound('Deze vraag');
      if (match.state !== 'voorgesteld') throw new DomainError('ongeldige_invoer', 'Je hebt hier al op geantwoord.');
      const { yes } = parseAnswer(request.body);
      // The same step as the mailed link; the signed-in volunteer holds it instead of a token.
      const linkActor = { kind: 'system' as const, tenantId: user.tenantId, process: 'koppeling' as const };
      const found = await matchOfRequest(db, linkActor, user.tenantId, match.requestId, match.id);
      if (!found) throw notFound('Deze vraag');
      await volunteerAnswers(ctx, found, yes, request.tenant?.name ?? '', {
        actor: linkActor,
        recordedBy: user.userId,
        via: 'eigen_pagina',
      });
      return reply.redirect('/mijn/vrijwilliger?beantwoord=1', 303);
    },
  );
}
