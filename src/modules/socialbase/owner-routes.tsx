// Initiatives keep their own entries: the owner (or a community worker) confirms an entry, changes its text,
// cost, free places and the dates it does not take place.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { sql } from 'kysely';
import { z } from 'zod';
import { signedInUser } from '../../kernel/auth/actor.js';
import type { Db } from '../../kernel/db/database.js';
import { DomainError, notFound } from '../../kernel/errors.js';
import {
  CsrfField,
  ErrorSummary,
  Form,
  type FormErrors,
  type FormValues,
  parseForm,
  SubmitButton,
  TextField,
} from '../../kernel/ui/forms.js';
import { tr } from '../../kernel/ui/messages.js';
import type { View } from '../../kernel/ui/view.js';
import { isFreeOfCharge } from './activity-import.js';
import { confirmEntry } from './confirmations.js';
import { freshnessOf } from './freshness.js';
import { canManageSocialBase } from './policy.js';
import { exceptionSchema, type ScheduleException } from '../../kernel/time/index.js';

type OwnedEntry = { id: string; name: string; lastConfirmedAt: Date };

async function ownedEntries(db: Db, tenantId: string, userId: string): Promise<OwnedEntry[]> {
  return db
    .selectFrom('activities')
    .innerJoin('organisations', 'organisations.id', 'activities.organisation_id')
    .select(['activities.id', 'activities.name', 'activities.last_confirmed_at as lastConfirmedAt'])
    .where('activities.tenant_id', '=', tenantId)
    .where('organisations.owner_user_id', '=', userId)
    .orderBy('activities.name')
    .execute();
}

async function isOwner(db: Db, tenantId: string, userId: string, activityId: string): Promise<boolean> {
  const row = await db
    .selectFrom('activities')
    .innerJoin('organisations', 'organisations.id', 'activities.organisation_id')
    .select('activities.id')
    .where('activities.tenant_id', '=', tenantId)
    .where('activities.id', '=', activityId)
    .where('organisations.owner_user_id', '=', userId)
    .executeTakeFirst();
  return row !== undefined;
}

/** "2026-12-21/2027-01-03 kerstvakantie" per line → periods; undefined when a line is not understood. */
export function parseExceptionLines(text: string): ScheduleException[] | undefined {
  const periods: ScheduleException[] = [];
  for (const line of text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)) {
    const match = /^(\d{4}-\d{2}-\d{2})(?:\s*\/\s*(\d{4}-\d{2}-\d{2}))?\s*(.*)$/.exec(line);
    if (!match) return undefined;
    const period = exceptionSchema.safeParse({ van: match[1], tot: match[2] ?? match[1], reden: match[3] ?? '' });
    if (!period.success || period.data.tot < period.data.van) return undefined;
    periods.push(period.data);
  }
  return periods;
}

const editSchema = z.object({
  omschrijving: z.string().trim().min(1, 'omschrijving_nodig').max(5000, 'tekst_te_lang'),
  kosten: z.string().trim().max(100, 'tekst_te_lang'),
  vrije_plaatsen: z.union([
    z.literal(''),
    z.coerce.number().int('aantal_ongeldig').min(0, 'aantal_ongeldig').max(10000, 'aantal_ongeldig'),
  ]),
  gaat_niet_door: z
    .string()
    .max(5000, 'tekst_te_lang')
    .refine((v) => parseExceptionLines(v) !== undefined, 'uitzonderingen_ongeldig'),
});

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

  app.get('/mijn/activiteiten', async (request, reply) => {
    const view = request.view();
    const { lang } = view;
    const user = signedInUser(request);
    const entries = await ownedEntries(db, user.tenantId, user.userId);
    const title = tr(lang, 'Mijn activiteiten', 'My activities');
    return reply.page(
      title,
      <>
        <h1 class="utrecht-heading-1">{title}</h1>
        <p class="utrecht-paragraph">
          {tr(
            lang,
            'Houd je activiteiten actueel, dan kan de buurt ze vinden. Klopt alles nog? Klik dan op "Klopt nog".',
            'Keep your activities current so the neighbourhood can find them. Is everything still right? Click "Still right".',
          )}
        </p>
        {entries.length === 0 ? (
          <p class="utrecht-paragraph">
            {tr(
              lang,
              'Je hebt nog geen activiteiten op de sociale kaart.',
              'You have no activities on the social map yet.',
            )}
          </p>
        ) : null}
        <ul class="utrecht-unordered-list">
          {entries.map((e) => (
            <li key={e.id}>
              <a class="utrecht-link" href={`/mijn/activiteiten/${e.id}`}>
                {e.name}
              </a>
              {freshnessOf(e.lastConfirmedAt, ctx.config.socialBase) !== 'actueel' ? (
                <strong> · {tr(lang, 'graag bevestigen', 'please confirm')}</strong>
              ) : null}
              <form method="post" action={`/mijn/activiteiten/${e.id}/bevestigen`} class="nabij-inline-form">
                <CsrfField view={view} />{' '}
                <button
                  type="submit"
                  class="utrecht-button utrecht-button--secondary-action"
                  aria-label={tr(lang, `Klopt nog: ${e.name}`, `Still right: ${e.name}`)}
                >
                  {tr(lang, 'Klopt nog', 'Still right')}
                </button>
              </form>
            </li>
          ))}
        </ul>
      </>,
    );
  });

  app.post('/mijn/activiteiten/:id/bevestigen', async (request, reply) => {
    const { id } = request.params as { id: string };
    const user = await mayEdit(request, id);
    await confirmEntry(db, user.tenantId, id);
    return reply.redirect(
      canManageSocialBase(user.role) ? '/opbouw/actualiteit?bevestigd=1' : '/mijn/activiteiten',
      303,
    );
  });

  function EditPage({
    view,
    id,
    name,
    values,
    errors,
  }: {
    view: View;
    id: string;
    name: string;
    values: FormValues;
    errors?: FormErrors;
  }) {
    const { lang } = view;
    const labels = {
      omschrijving: tr(lang, 'Omschrijving', 'Description'),
      kosten: tr(lang, 'Kosten', 'Cost'),
      vrije_plaatsen: tr(lang, 'Vrije plaatsen (mag leeg blijven)', 'Free places (optional)'),
      gaat_niet_door: tr(lang, 'Gaat niet door op', 'Cancelled on'),
    };
    return (
      <>
        <ErrorSummary view={view} errors={errors ?? {}} labels={labels} />
        <h1 class="utrecht-heading-1">{name}</h1>
        <Form
          view={view}
          action={`/mijn/activiteiten/${id}`}
          label={tr(lang, 'Activiteit bijwerken', 'Update activity')}
        >
          <TextField
            view={view}
            name="omschrijving"
            label={labels.omschrijving}
            multiline
            values={values}
            errors={errors}
            required
          />
          <TextField
            view={view}
            name="kosten"
            label={labels.kosten}
            hint={tr(lang, 'Bijvoorbeeld: gratis, of € 2,50', 'For example: gratis, or € 2,50')}
            values={values}
            errors={errors}
          />
          <TextField
            view={view}
            name="vrije_plaatsen"
            label={labels.vrije_plaatsen}
            inputMode="numeric"
            values={values}
            errors={errors}
          />
          <TextField
            view={view}
            name="gaat_niet_door"
            label={labels.gaat_niet_door}
            hint={tr(
              lang,
              'Eén per regel, zoals: 2026-12-21/2027-01-03 kerstvakantie, of: 2027-04-27 Koningsdag',
              'One per line, like: 2026-12-21/2027-01-03 Christmas holiday, or: 2027-04-27 King’s Day',
            )}
            multiline
            values={values}
            errors={errors}
          />
          <SubmitButton>{tr(lang, 'Opslaan (en alles klopt)', 'Save (and everything is right)')}</SubmitButton>
        </Form>
      </>
    );
  }

  app.get('/mijn/activiteiten/:id', async (request, reply) => {
    const { id } = request.params as { id: string };
    const user = await mayEdit(request, id);
    const view = request.view();
    const row = await db
      .selectFrom('activities')
      .select(['name', 'description', 'cost', 'free_places', 'exceptions'])
      .where('tenant_id', '=', user.tenantId)
      .where('id', '=', id)
      .executeTakeFirst();
    if (!row) throw notFound('Deze activiteit');
    const values = {
      omschrijving: row.description,
      kosten: row.cost,
      vrije_plaatsen: row.free_places === null ? '' : String(row.free_places),
      gaat_niet_door: row.exceptions
        .map((e) => `${e.van === e.tot ? e.van : `${e.van}/${e.tot}`} ${e.reden}`.trim())
        .join('\n'),
    };
    return reply.page(row.name, <EditPage view={view} id={id} name={row.name} values={values} />);
  });

  app.post('/mijn/activiteiten/:id', async (request, reply) => {
    const { id } = request.params as { id: string };
    const user = await mayEdit(request, id);
    const view = request.view();
    const form = parseForm(editSchema, request.body);
    if (!form.ok) {
      const row = await db
        .selectFrom('activities')
        .select('name')
        .where('tenant_id', '=', user.tenantId)
        .where('id', '=', id)
        .executeTakeFirst();
      return reply.page(
        row?.name ?? '',
        <EditPage view={view} id={id} name={row?.name ?? ''} values={form.values} errors={form.errors} />,
        400,
      );
    }
    const d = form.data;
    await db
      .updateTable('activities')
      .set({
        description: d.omschrijving,
        cost: d.kosten,
        is_free: isFreeOfCharge(d.kosten),
        free_places: d.vrije_plaatsen === '' ? null : d.vrije_plaatsen,
        exceptions: JSON.stringify(parseExceptionLines(d.gaat_niet_door) ?? []),
        last_confirmed_at: new Date(),
        updated_at: sql`now()`,
      })
      .where('tenant_id', '=', user.tenantId)
      .where('id', '=', id)
      .execute();
    return reply.redirect(`/sociale-kaart/${id}`, 303);
  });
}
