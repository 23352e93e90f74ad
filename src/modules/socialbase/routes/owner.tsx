// Initiatives keep their own entries: the owner (or a community worker) confirms an entry, changes its text,
// cost, free places and the dates it does not take place.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { signedInUser } from '../../../kernel/auth/actor.js';
import type { Role } from '../../../kernel/auth/roles.js';
import { DomainError, notFound } from '../../../kernel/errors.js';
import { parseForm } from '../../../kernel/ui/forms.js';
import { tr } from '../../../kernel/ui/messages.js';
import { confirmEntry } from '../commands/confirm-entry.js';
import { updateOwnEntry } from '../commands/update-own-entry.js';
import { exceptionLines } from '../exception-lines.js';
import { freshnessOf } from '../freshness.js';
import { EditEntryForm, entryEditSchema } from '../pages/edit-entry-form.js';
import { OwnEntriesPage } from '../pages/own-entries-page.js';
import { canManageSocialBase } from '../policy.js';
import { findActivityName, findOwnEntry, isOwner, listOwnedEntries } from '../queries/activities.js';

/** Organisers keep their own entries up to date; community workers and administrators any entry. */
const owners: readonly Role[] = ['initiatiefnemer', 'opbouwwerker', 'beheerder'];

export async function ownerRoutes(app: FastifyInstance): Promise<void> {
  const { ctx } = app;
  const db = ctx.database.db;

  async function mayEdit(request: FastifyRequest, activityId: string) {
    const user = signedInUser(request);
    if (!z.uuid().safeParse(activityId).success) throw notFound('Deze activiteit');
    if (!canManageSocialBase(user.role) && !(await isOwner(db, user.tenantId, user.userId, activityId))) {
      throw new DomainError('geen_toegang', 'Je kunt alleen de activiteiten van je eigen initiatief bijwerken.');
    }
    return user;
  }

  app.get('/mijn/activiteiten', { config: { access: owners } }, async (request, reply) => {
    const view = request.view();
    const user = signedInUser(request);
    const entries = await listOwnedEntries(db, user.tenantId, user.userId);
    const title = tr(view.lang, 'Mijn activiteiten', 'My activities');
    return reply.page(
      title,
      <OwnEntriesPage
        view={view}
        title={title}
        entries={entries}
        freshness={(e) => freshnessOf(e.lastConfirmedAt, ctx.config.socialBase)}
      />,
    );
  });

  app.post('/mijn/activiteiten/:id/bevestigen', { config: { access: owners } }, async (request, reply) => {
    const { id } = request.params as { id: string };
    const user = await mayEdit(request, id);
    await confirmEntry(db, user.tenantId, id);
    return reply.redirect(
      canManageSocialBase(user.role) ? '/opbouw/actualiteit?bevestigd=1' : '/mijn/activiteiten',
      303,
    );
  });

  app.get('/mijn/activiteiten/:id', { config: { access: owners } }, async (request, reply) => {
    const { id } = request.params as { id: string };
    const user = await mayEdit(request, id);
    const view = request.view();
    const entry = await findOwnEntry(db, user.tenantId, id);
    if (!entry) throw notFound('Deze activiteit');
    const values = {
      omschrijving: entry.description,
      kosten: entry.cost,
      vrije_plaatsen: entry.free_places === null ? '' : String(entry.free_places),
      gaat_niet_door: exceptionLines(entry.exceptions),
    };
    return reply.page(entry.name, <EditEntryForm view={view} id={id} name={entry.name} values={values} />);
  });

  app.post('/mijn/activiteiten/:id', { config: { access: owners } }, async (request, reply) => {
    const { id } = request.params as { id: string };
    const user = await mayEdit(request, id);
    const view = request.view();
    const form = parseForm(entryEditSchema, request.body);
    if (!form.ok) {
      const name = (await findActivityName(db, user.tenantId, id)) ?? '';
      return reply.page(
        name,
        <EditEntryForm view={view} id={id} name={name} values={form.values} errors={form.errors} />,
        400,
      );
    }
    await updateOwnEntry(db, user.tenantId, id, form.data);
    return reply.redirect(`/sociale-kaart/${id}`, 303);
  });
}
