// The team's pages about volunteers (/team/vrijwilligers): the VOG dates volunteers gave that wait to be seen, a
// volunteer's page, and marking a VOG as seen. Each read and change goes through the gate and is logged.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { searchWithAccess, withAccess } from '../../../kernel/access/gate.js';
import { caseRoles } from '../../../kernel/access/policy.js';
import { actorOf } from '../../../kernel/auth/actor.js';
import { notFound } from '../../../kernel/errors.js';
import { tr } from '../../../kernel/ui/messages.js';
import { volunteersChanged } from '../events.js';
import { TeamVolunteerPage, VogToSeeList, vogListTitle } from '../pages/team-volunteer.js';
import { findVolunteerForTeam, listVogToSee, markVogSeen, volunteerOwner } from '../queries.js';

const idSchema = z.uuid();
const seenSchema = z.object({ vog_datum: z.iso.date() });

export async function teamVolunteerRoutes(app: FastifyInstance): Promise<void> {
  const db = app.ctx.database.db;
  const config = { access: caseRoles, data: 'vrijwilliger' } as const;

  app.get('/team/vrijwilligers', { config }, async (request, reply) => {
    const view = request.view();
    const actor = actorOf(request);
    const volunteers = await searchWithAccess(
      db,
      actor,
      { category: 'vrijwilliger', purpose: 'vog_controle' },
      (gated) => listVogToSee(gated, actor.tenantId),
    );
    return reply.page(vogListTitle(view.lang), <VogToSeeList view={view} volunteers={volunteers} />);
  });

  /** The volunteer by id, read through the gate: first whose profile it is (for the log), then their page. */
  async function volunteerFor(request: { params: unknown }, actor: ReturnType<typeof actorOf>) {
    const id = idSchema.safeParse((request.params as { volunteerId: string }).volunteerId);
    const owner = id.success ? await volunteerOwner(db, actor.tenantId, id.data) : undefined;
    if (!owner) throw notFound('Deze vrijwilliger');
    const volunteer = await withAccess(
      db,
      actor,
      { category: 'vrijwilliger', action: 'read', purpose: 'vog_controle', subjectUserId: owner.userId },
      (gated) => findVolunteerForTeam(gated, actor.tenantId, owner.id),
    );
    if (!volunteer) throw notFound('Deze vrijwilliger');
    return volunteer;
  }

  app.get('/team/vrijwilligers/:volunteerId', { config }, async (request, reply) => {
    const view = request.view();
    const volunteer = await volunteerFor(request, actorOf(request));
    const saved = (request.query as { gezien?: string }).gezien === '1';
    const today = new Date().toISOString().slice(0, 10);
    return reply.page(
      volunteer.firstName,
      <TeamVolunteerPage view={view} volunteer={volunteer} today={today} saved={saved} />,
    );
  });

  app.post('/team/vrijwilligers/:volunteerId/vog-gezien', { config }, async (request, reply) => {
    const view = request.view();
    const actor = actorOf(request);
    const volunteer = await volunteerFor(request, actor);
    const form = seenSchema.safeParse(request.body);
    // The date on the page is the one seen: a date the volunteer changed in the meantime waits for a new look.
    const marked =
      form.success &&
      (await withAccess(
        db,
        actor,
        { category: 'vrijwilliger', action: 'update', purpose: 'vog_controle', subjectUserId: volunteer.userId },
        (gated) => markVogSeen(gated, actor.tenantId, volunteer.id, form.data.vog_datum, actor.userId),
      ));
    if (!marked) {
      const today = new Date().toISOString().slice(0, 10);
      const again = await volunteerFor(request, actor);
      return reply.page(
        again.firstName,
        <>
          <div class="utrecht-alert utrecht-alert--warning" role="alert">
            <p class="utrecht-paragraph">
              {tr(
                view.lang,
                'Dit kon niet: de datum van de VOG is intussen veranderd, of hij was al gezien. Kijk hieronder.',
                'This did not work: the VOG date has changed in the meantime, or it was already seen. See below.',
              )}
            </p>
          </div>
          <TeamVolunteerPage view={view} volunteer={again} today={today} />
        </>,
        409,
      );
    }
    volunteersChanged(actor.tenantId);
    return reply.redirect(`/team/vrijwilligers/${volunteer.id}?gezien=1`, 303);
  });
}
