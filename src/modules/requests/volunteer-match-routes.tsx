// A signed-in volunteer sees the questions for them on their own page and answers there, as with the mailed
// link: only what the asker agreed to share, never the story. A match of someone else is not found.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { withAccess } from '../../kernel/access/gate.js';
import { signedInUser } from '../../kernel/auth/actor.js';
import { DomainError, notFound } from '../../kernel/errors.js';
import { tr } from '../../kernel/ui/messages.js';
import type { View } from '../../kernel/ui/view.js';
import type { PageSection } from '../../kernel/modules.js';
import { findOwnVolunteer } from '../volunteers/index.js';
import { answerSchema, YesNo } from './match-routes.js';
import { matchOfRequest, volunteerAnswers } from './matching.js';
import { listVolunteerMatches, type VolunteerMatchView } from './queries.js';
import { SharedList, sharedName } from './sharing.js';

const runningText: Record<string, [string, string]> = {
  vrijwilliger_akkoord: [
    'Je zei ja. We vragen nu of {naam} het ook goed vindt.',
    'You said yes. We are now asking whether {naam} agrees too.',
  ],
  actief: [
    'Jullie zeiden allebei ja. Het wijkteam brengt jullie in contact.',
    'You both said yes. The team puts you in touch.',
  ],
  opvolging: [
    'Jullie zeiden allebei ja. Het wijkteam vraagt hoe het gaat.',
    'You both said yes. The team asks how it is going.',
  ],
};

/** On /mijn/vrijwilliger: questions waiting for an answer first, then help that runs. */
export function VolunteerMatches({ view, matches }: { view: View; matches: readonly VolunteerMatchView[] }) {
  const { lang } = view;
  if (matches.length === 0) return null;
  return (
    <section aria-labelledby="vragen-kop">
      <h2 class="utrecht-heading-2" id="vragen-kop">
        {tr(lang, 'Vragen voor jou', 'Questions for you')}
      </h2>
      {matches.map((m) => {
        const name = sharedName(lang, m.shared);
        return (
          <div key={m.id} class="nabij-card">
            <h3 class="utrecht-heading-3">
              {m.state === 'voorgesteld'
                ? tr(lang, `Wil je ${name} helpen?`, `Would you like to help ${name}?`)
                : tr(lang, `Hulp aan ${name}`, `Helping ${name}`)}
            </h3>
            <SharedList lang={lang} shared={m.shared} />
            {m.state === 'voorgesteld' ? (
              <YesNo
                view={view}
                action={`/mijn/vrijwilliger/koppelingen/${m.id}`}
                yesText={tr(lang, 'Ja, ik wil helpen', 'Yes, I want to help')}
                noText={tr(lang, 'Nee, nu niet', 'No, not now')}
              />
            ) : (
              <p class="utrecht-paragraph">
                {tr(
                  lang,
                  runningText[m.state]![0].replace('{naam}', name),
                  runningText[m.state]![1].replace('{naam}', name),
                )}
              </p>
            )}
          </div>
        );
      })}
    </section>
  );
}

/** The questions for a volunteer and the help that runs, on the volunteer's own page. */
export const volunteerMatchSection: PageSection<'mijn-vrijwilliger'> = {
  slot: 'mijn-vrijwilliger',
  async load(gated, { tenantId, volunteerId }) {
    const matches = await listVolunteerMatches(gated, tenantId, volunteerId);
    return (view) => <VolunteerMatches view={view} matches={matches} />;
  },
};

export async function volunteerMatchRoutes(app: FastifyInstance): Promise<void> {
  const { ctx } = app;
  const db = ctx.database.db;

  app.post('/mijn/vrijwilliger/koppelingen/:matchId', async (request, reply) => {
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
    const answer = answerSchema.safeParse(request.body);
    if (!answer.success) throw new DomainError('ongeldige_invoer', 'Kies ja of nee.');
    // The same step as the mailed link; the signed-in volunteer holds it instead of a token.
    const linkActor = { kind: 'system' as const, tenantId: user.tenantId, process: 'koppeling' as const };
    const found = await matchOfRequest(db, linkActor, user.tenantId, match.requestId, match.id);
    if (!found) throw notFound('Deze vraag');
    await volunteerAnswers(ctx, found, answer.data.antwoord === 'ja', request.tenant?.name ?? '', {
      actor: linkActor,
      recordedBy: user.userId,
      via: 'eigen_pagina',
    });
    return reply.redirect('/mijn/vrijwilliger?beantwoord=1', 303);
  });
}
