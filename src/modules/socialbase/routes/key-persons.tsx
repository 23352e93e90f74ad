// The team's list of key persons: add one only with their consent, remove one when they withdraw it.
import { teamRoles } from '../../../kernel/access/policy.js';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { withAccess } from '../../../kernel/access/gate.js';
import { actorOf, type SignedInActor } from '../../../kernel/auth/actor.js';
import { notFound } from '../../../kernel/errors.js';
import { parseForm } from '../../../kernel/ui/forms.js';
import { addKeyPerson, removeKeyPerson } from '../commands/key-persons.js';
import { keyPersonSchema, KeyPersonsPage, keyPersonsTitle } from '../pages/key-persons-page.js';
import { listKeyPersons } from '../queries/key-persons.js';

export async function keyPersonRoutes(app: FastifyInstance): Promise<void> {
  const db = app.ctx.database.db;
  const list = (actor: SignedInActor) =>
    withAccess(
      db,
      actor,
      { category: 'sleutelpersoon', action: 'read', purpose: 'sociale_kaart', subjectUserId: null },
      (gated) => listKeyPersons(gated, actor.tenantId),
    );

  app.get(
    '/team/sleutelpersonen',
    { config: { access: teamRoles, data: 'sleutelpersoon' } },
    async (request, reply) => {
      const view = request.view();
      const people = await list(actorOf(request));
      return reply.page(keyPersonsTitle(view.lang), <KeyPersonsPage view={view} people={people} />);
    },
  );

  app.post(
    '/team/sleutelpersonen',
    { config: { access: teamRoles, data: 'sleutelpersoon' } },
    async (request, reply) => {
      const view = request.view();
      const actor = actorOf(request);
      const form = parseForm(keyPersonSchema, request.body);
      if (!form.ok)
        return reply.page(
          keyPersonsTitle(view.lang),
          <KeyPersonsPage view={view} people={await list(actor)} values={form.values} errors={form.errors} />,
          400,
        );
      await addKeyPerson(db, actor, form.data);
      return reply.redirect('/team/sleutelpersonen', 303);
    },
  );

  app.post(
    '/team/sleutelpersonen/:id/verwijderen',
    { config: { access: teamRoles, data: 'sleutelpersoon' } },
    async (request, reply) => {
      const actor = actorOf(request);
      const { id } = request.params as { id: string };
      if (!z.uuid().safeParse(id).success) throw notFound('Deze sleutelpersoon');
      if (!(await removeKeyPerson(db, actor, id))) throw notFound('Deze sleutelpersoon');
      return reply.redirect('/team/sleutelpersonen', 303);
    },
  );
}
