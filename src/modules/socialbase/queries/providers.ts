// The professional services of the social base as options for a resident's free choice of provider, and the two
// settings behind them: which organisations are the team's own, and a service's waiting time. Public data, no gate.
import type { Db } from '../../../kernel/db/database.js';

export type ProfessionalService = {
  activityId: string;
  name: string;
  description: string;
  organisationId: string | null;
  providerName: string;
  /** One of the neighbourhood team's own organisations. */
  teamOwn: boolean;
  waitingWeeks: number | null;
  /** The service's contact address for the team (where an escalation goes), when the entry has one. */
  contactEmail: string | null;
};

/**
 * Every professional service of the municipality in a neutral order: by provider, then service, alphabetically,
 * never the team's own organisations first.
 */
export async function listProfessionalServices(db: Db, tenantId: string): Promise<ProfessionalService[]> {
  const rows = await db
    .selectFrom('activities')
    .leftJoin('organisations', (j) =>
      j
        .onRef('organisations.id', '=', 'activities.organisation_id')
        .onRef('organisations.tenant_id', '=', 'activities.tenant_id'),
    )
    .select([
      'activities.id as activityId',
      'activities.name',
      'activities.description',
      'activities.organisation_id as organisationId',
      'activities.provider_name as providerName',
      'organisations.name as organisationName',
      'organisations.team_own as teamOwn',
      'activities.waiting_weeks as waitingWeeks',
      'activities.contact_email as contactEmail',
    ])
    .where('activities.tenant_id', '=', tenantId)
    .where('activities.professional', '=', true)
    .execute();
  const collator = new Intl.Collator('nl', { sensitivity: 'base' });
  return rows
    .map((r) => ({
      activityId: r.activityId,
      name: r.name,
      description: r.description,
      organisationId: r.organisationId,
      providerName: r.providerName || r.organisationName || '',
      teamOwn: r.teamOwn ?? false,
      waitingWeeks: r.waitingWeeks,
      contactEmail: r.contactEmail,
    }))
    .sort((a, b) => collator.compare(a.providerName, b.providerName) || collator.compare(a.name, b.name));
}

/** Saves which organisations are the team's own and the waiting time of each professional service given. */
export async function saveProviderSettings(
  db: Db,
  tenantId: string,
  settings: { ownOrganisationIds: readonly string[]; waitingWeeks: ReadonlyMap<string, number | null> },
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const own = [...settings.ownOrganisationIds];
    await trx.updateTable('organisations').set({ team_own: false }).where('tenant_id', '=', tenantId).execute();
    if (own.length > 0)
      await trx
        .updateTable('organisations')
        .set({ team_own: true })
        .where('tenant_id', '=', tenantId)
        .where('id', 'in', own)
        .execute();
    for (const [activityId, weeks] of settings.waitingWeeks)
      await trx
        .updateTable('activities')
        .set({ waiting_weeks: weeks })
        .where('tenant_id', '=', tenantId)
        .where('id', '=', activityId)
        .where('professional', '=', true)
        .execute();
  });
}

/** Marks the organisations of these names as the team's own (the demo's way; a municipality uses the page). */
export async function markOwnOrganisations(db: Db, tenantId: string, names: readonly string[]): Promise<void> {
  if (names.length === 0) return;
  await db
    .updateTable('organisations')
    .set({ team_own: true })
    .where('tenant_id', '=', tenantId)
    .where('name', 'in', [...names])
    .execute();
}

/** Sets the waiting time of a professional service by the id of the file it came from. */
export async function setWaitingWeeks(db: Db, tenantId: string, externalId: string, weeks: number): Promise<void> {
  await db
    .updateTable('activities')
    .set({ waiting_weeks: weeks })
    .where('tenant_id', '=', tenantId)
    .where('external_id', '=', externalId)
    .execute();
}
