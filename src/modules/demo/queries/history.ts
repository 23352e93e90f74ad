// Laying Wijkstad's year of history (history.ts) into the database in bulk: a few statements per table instead of a
// command per row, so a demo start stays quick. Every table with personal data is written within one gate pass per
// category, as Nabij itself ('demo'), so the access log says once that the demo wrote its history.
import { randomBytes, randomUUID } from 'node:crypto';
import { type Actor, inGatedTransaction, withAccess } from '../../../kernel/access/gate.js';
import type { Db } from '../../../kernel/db/database.js';
import { randomReference } from '../../../kernel/references.js';
import type { HistoryArea, HistoryRequest } from '../history.js';

const firstOfMonth = (at: Date) => `${at.toISOString().slice(0, 7)}-01`;
const dateOf = (at: Date) => at.toISOString().slice(0, 10);
const inChunks = <T>(rows: T[], size = 500): T[][] =>
  Array.from({ length: Math.ceil(rows.length / size) }, (_v, i) => rows.slice(i * size, (i + 1) * size));

/** Whether the history is there: a help request older than the demo's own (which are at most three weeks old). */
export async function hasHistory(db: Db, tenantId: string, before: Date): Promise<boolean> {
  const row = await db
    .selectFrom('help_requests')
    .select('id')
    .where('tenant_id', '=', tenantId)
    .where('created_at', '<', before)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/** Buurten by their postcode's four digits, so the monitor places a request in its wijk; kept when already set. */
export async function placePostcodes(db: Db, tenantId: string, areas: readonly HistoryArea[]): Promise<void> {
  if (areas.length === 0) return;
  await db
    .insertInto('area_postcodes')
    .values(areas.map((a) => ({ tenant_id: tenantId, postcode_prefix: a.postcodePrefix, area_id: a.areaId })))
    .onConflict((oc) => oc.columns(['tenant_id', 'postcode_prefix']).doNothing())
    .execute();
}

export type HistoryPeople = {
  staffUserId: string;
  volunteerIds: readonly string[];
  activityIds: readonly string[];
  instrumentId: string;
};

/** Writes the planned year; returns how many help requests it wrote. */
export async function writeHistory(
  db: Db,
  tenantId: string,
  planned: readonly HistoryRequest[],
  people: HistoryPeople,
  neighbourhoodOfPrefix: ReadonlyMap<string, string>,
  questionKeys: readonly string[],
): Promise<number> {
  const actor: Actor = { kind: 'system', tenantId, process: 'demo' };
  const rows = planned.map((p, i) => ({ ...p, id: randomUUID(), caseId: p.case ? randomUUID() : null, i }));
  await withAccess(
    db,
    actor,
    { category: 'hulpvraag', action: 'create', purpose: 'demo', subjectUserId: null },
    (gated) =>
      inGatedTransaction(gated, async (trx) => {
        for (const chunk of inChunks(rows)) {
          await trx
            .insertInto('help_requests')
            .values(
              chunk.map((r) => {
                const reference = randomReference('HV');
                return {
                  id: r.id,
                  tenant_id: tenantId,
                  reference,
                  state: 'afgesloten' as const,
                  channel: 'web',
                  asker_name: 'Bewoner (demo-geschiedenis)',
                  text: r.text,
                  postcode: r.postcode,
                  route: r.route,
                  need_keys: [r.need],
                  triage: JSON.stringify({
                    id: reference,
                    route: r.route,
                    behoeften: [r.need],
                    suggesties: [],
                    uitleg: ['Uit de demo-geschiedenis van Wijkstad.'],
                    uitlegEn: ['From Wijkstad’s demo history.'],
                    signalen: [],
                    model: 'regels',
                  }),
                  status_token_hash: randomBytes(24).toString('hex'),
                  created_at: r.createdAt,
                  updated_at: r.closedAt,
                  last_progress_at: r.closedAt,
                };
              }),
            )
            .execute();
          await trx
            .insertInto('request_events')
            .values(
              chunk.map((r) => ({
                tenant_id: tenantId,
                request_id: r.id,
                kind: 'afgesloten',
                at: r.closedAt,
                detail: JSON.stringify(
                  r.match
                    ? { uitkomst: r.match.outcome, cijfer: r.match.rating }
                    : { via: 'casus', uitkomst: r.case?.outcome },
                ),
              })),
            )
            .execute();
          const matched = chunk.filter((r) => r.match);
          if (matched.length > 0)
            await trx
              .insertInto('matches')
              .values(
                matched.map((r) => ({
                  tenant_id: tenantId,
                  request_id: r.id,
                  volunteer_id:
                    r.match!.kind === 'vrijwilliger' && people.volunteerIds.length > 0
                      ? people.volunteerIds[r.i % people.volunteerIds.length]!
                      : null,
                  activity_id:
                    r.match!.kind === 'activiteit' && people.activityIds.length > 0
                      ? people.activityIds[r.i % people.activityIds.length]!
                      : null,
                  state: 'afgesloten' as const,
                  proposed_by_user_id: people.staffUserId,
                  outcome: r.match!.outcome,
                  rating: r.match!.rating,
                  created_at: new Date(r.match!.startedAt.getTime() - 86_400_000),
                  updated_at: r.closedAt,
                })),
              )
              .execute();
        }
      }),
  );
  const withCase = rows.filter((r) => r.case && r.caseId);
  await withAccess(
    db,
    actor,
    { category: 'dossier', action: 'create', purpose: 'demo', subjectUserId: null },
    (gated) =>
      inGatedTransaction(gated, async (trx) => {
        for (const chunk of inChunks(withCase)) {
          await trx
            .insertInto('cases')
            .values(
              chunk.map((r) => ({
                id: r.caseId!,
                tenant_id: tenantId,
                request_id: r.id,
                owner_user_id: people.staffUserId,
                status: 'gesloten' as const,
                opened_at: r.case!.openedAt,
                opened_by_user_id: people.staffUserId,
                first_contact_at: r.case!.firstContactAt,
                closed_at: r.case!.closedAt,
                outcome: r.case!.outcome,
                updated_at: r.case!.closedAt,
              })),
            )
            .execute();
          const planned = chunk.filter((r) => r.case!.planAt);
          if (planned.length > 0)
            await trx
              .insertInto('plans')
              .values(
                planned.map((r) => ({
                  tenant_id: tenantId,
                  case_id: r.caseId!,
                  status: 'vastgesteld' as const,
                  created_at: r.case!.planAt!,
                  set_at: r.case!.planAt!,
                  set_by_user_id: people.staffUserId,
                })),
              )
              .execute();
          const referred = chunk.filter((r) => r.case!.referral);
          if (referred.length > 0)
            await trx
              .insertInto('referrals')
              .values(
                referred.map((r) => ({
                  tenant_id: tenantId,
                  case_id: r.caseId!,
                  provider_name: r.case!.referral!.own ? 'Wijkstad Welzijn' : 'Schuldhulp Midden',
                  own_organisation: r.case!.referral!.own,
                  reason: 'Uit de demo-geschiedenis van Wijkstad.',
                  chosen_how: 'in_gesprek' as const,
                  chosen_by_user_id: people.staffUserId,
                  chosen_at: r.case!.referral!.at,
                  status: 'gestart' as const,
                  started_at: r.case!.referral!.at,
                })),
              )
              .execute();
          // Two assessments per assessed case, laid down in two statements for the chunk rather than four per case.
          const assessments = chunk
            .filter((r) => r.case!.assessment)
            .flatMap((r) => {
              const a = r.case!.assessment!;
              const held = [r.case!.firstContactAt, new Date(r.case!.closedAt.getTime() - 3 * 86_400_000)];
              return held.map((at, k) => ({
                id: randomUUID(),
                caseId: r.caseId!,
                at,
                levels: k === 0 ? a.first : a.last,
                domains: a.domains,
              }));
            });
          const answers = assessments.flatMap((x) =>
            x.domains.map((domain, d) => ({
              tenant_id: tenantId,
              assessment_id: x.id,
              domain_key: domain,
              level: x.levels[d]!,
              self_text: '',
              network_text: '',
              professional_text: '',
              wants_to_talk: false,
            })),
          );
          for (const part of inChunks(assessments))
            await trx
              .insertInto('assessments')
              .values(
                part.map((x) => ({
                  id: x.id,
                  tenant_id: tenantId,
                  case_id: x.caseId,
                  instrument_id: people.instrumentId,
                  held_at: x.at,
                  filled_by_user_id: people.staffUserId,
                })),
              )
              .execute();
          for (const part of inChunks(answers)) await trx.insertInto('assessment_answers').values(part).execute();
        }
      }),
  );
  const answers = rows.flatMap((r) =>
    r.satisfaction
      ? r.satisfaction.scores.map((score, q) => ({
          tenant_id: tenantId,
          about: r.satisfaction!.about,
          neighbourhood_id: neighbourhoodOfPrefix.get(r.postcode.slice(0, 4)) ?? null,
          question_key: questionKeys[q]!,
          score,
          answered_month: firstOfMonth(r.satisfaction!.month),
        }))
      : [],
  );
  for (const chunk of inChunks(answers)) await db.insertInto('satisfaction_answers').values(chunk).execute();
  return rows.length;
}

/** A year of volunteers' hours: each active volunteer a few afternoons a month. */
export async function writeHistoryHours(
  db: Db,
  tenantId: string,
  hours: readonly { volunteerId: string; on: Date; hours: number }[],
): Promise<void> {
  if (hours.length === 0) return;
  await withAccess(
    db,
    { kind: 'system', tenantId, process: 'demo' },
    { category: 'vrijwilliger', action: 'create', purpose: 'demo', subjectUserId: null },
    async (gated) => {
      for (const chunk of inChunks([...hours]))
        await gated
          .insertInto('volunteer_hours')
          .values(
            chunk.map((h) => ({
              tenant_id: tenantId,
              volunteer_id: h.volunteerId,
              on_date: dateOf(h.on),
              hours: h.hours,
            })),
          )
          .execute();
    },
  );
}

/** Who the history names: the demo's team member, its volunteers and activities, and the shared instrument. */
export async function historyPeople(db: Db, tenantId: string, staffUserId: string): Promise<HistoryPeople | null> {
  const volunteers = await db
    .selectFrom('volunteers')
    .select('id')
    .where('tenant_id', '=', tenantId)
    .orderBy('external_id')
    .execute();
  const activities = await db
    .selectFrom('activities')
    .select('id')
    .where('tenant_id', '=', tenantId)
    .where('professional', '=', false)
    .orderBy('external_id')
    .execute();
  const instrument = await db
    .selectFrom('assessment_instruments')
    .select('id')
    .where('key', '=', 'zelfredzaamheid')
    .where('municipality_id', 'is', null)
    .executeTakeFirst();
  if (!instrument) return null;
  return {
    staffUserId,
    volunteerIds: volunteers.map((v) => v.id),
    activityIds: activities.map((a) => a.id),
    instrumentId: instrument.id,
  };
}

/** The buurten of a municipality with their wijk, by name. */
export async function areasWithWijk(
  db: Db,
  tenantId: string,
): Promise<{ id: string; name: string; neighbourhoodId: string }[]> {
  return db
    .selectFrom('areas')
    .select(['id', 'name', 'neighbourhood_id as neighbourhoodId'])
    .where('tenant_id', '=', tenantId)
    .execute();
}
