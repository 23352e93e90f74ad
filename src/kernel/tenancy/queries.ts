// Queries of municipalities, neighbourhoods and areas. None of this is personal data.
import type { Db } from '../db/database.js';

export type Tenant = {
  id: string;
  slug: string;
  name: string;
  teamPhone: string | null;
  teamEmail: string | null;
  province: string | null;
};
export type Neighbourhood = { id: string; slug: string; name: string };

const tenantColumns = ['id', 'slug', 'name', 'team_phone as teamPhone', 'team_email as teamEmail', 'province'] as const;

export async function findTenantBySlug(db: Db, slug: string): Promise<Tenant | undefined> {
  return db.selectFrom('tenants').select(tenantColumns).where('slug', '=', slug).executeTakeFirst();
}

export async function findTenantById(db: Db, id: string): Promise<Tenant | undefined> {
  return db.selectFrom('tenants').select(tenantColumns).where('id', '=', id).executeTakeFirst();
}

export async function setTeamContact(
  db: Db,
  tenantId: string,
  contact: { phone: string | null; email: string | null },
): Promise<void> {
  await db
    .updateTable('tenants')
    .set({ team_phone: contact.phone, team_email: contact.email })
    .where('id', '=', tenantId)
    .execute();
}

/** The twelve provinces, as HSDS address.state_province takes them. */
export const provinces = [
  'Drenthe',
  'Flevoland',
  'Friesland',
  'Gelderland',
  'Groningen',
  'Limburg',
  'Noord-Brabant',
  'Noord-Holland',
  'Overijssel',
  'Utrecht',
  'Zeeland',
  'Zuid-Holland',
] as const;
export type Province = (typeof provinces)[number];

export async function setProvince(db: Db, tenantId: string, province: Province): Promise<void> {
  await db.updateTable('tenants').set({ province }).where('id', '=', tenantId).execute();
}

/** Creates the municipality when it does not exist yet; the name is only set on creation. */
export async function ensureTenant(db: Db, slug: string, name: string): Promise<Tenant> {
  await db
    .insertInto('tenants')
    .values({ slug, name })
    .onConflict((oc) => oc.column('slug').doNothing())
    .execute();
  const tenant = await findTenantBySlug(db, slug);
  if (!tenant) throw new Error(`tenant ${slug} was not created`);
  return tenant;
}

export async function ensureNeighbourhood(
  db: Db,
  tenantId: string,
  slug: string,
  name: string,
): Promise<Neighbourhood> {
  return db
    .insertInto('neighbourhoods')
    .values({ tenant_id: tenantId, slug, name })
    .onConflict((oc) => oc.columns(['tenant_id', 'slug']).doUpdateSet({ name }))
    .returning(['id', 'slug', 'name'])
    .executeTakeFirstOrThrow();
}

export async function ensureArea(
  db: Db,
  tenantId: string,
  neighbourhoodId: string,
  name: string,
  cbsCode: string | null,
): Promise<void> {
  await db
    .insertInto('areas')
    .values({ tenant_id: tenantId, neighbourhood_id: neighbourhoodId, name, cbs_code: cbsCode })
    .onConflict((oc) => oc.columns(['neighbourhood_id', 'name', 'tenant_id']).doUpdateSet({ cbs_code: cbsCode }))
    .execute();
}

export type NeighbourhoodWithAreas = Neighbourhood & { areas: { id: string; name: string; cbsCode: string | null }[] };

export async function listNeighbourhoods(db: Db, tenantId: string): Promise<NeighbourhoodWithAreas[]> {
  const [neighbourhoods, areas] = await Promise.all([
    db
      .selectFrom('neighbourhoods')
      .select(['id', 'slug', 'name'])
      .where('tenant_id', '=', tenantId)
      .orderBy('name')
      .execute(),
    db
      .selectFrom('areas')
      .select(['id', 'neighbourhood_id', 'name', 'cbs_code'])
      .where('tenant_id', '=', tenantId)
      .orderBy('name')
      .execute(),
  ]);
  return neighbourhoods.map((n) => ({
    ...n,
    areas: areas
      .filter((a) => a.neighbourhood_id === n.id)
      .map((a) => ({ id: a.id, name: a.name, cbsCode: a.cbs_code })),
  }));
}
