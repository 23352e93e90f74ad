// Table types of tenancy: municipality (gemeente) → neighbourhood (wijk) → area (buurt).
import type { Generated } from 'kysely';

export interface TenantTable {
  id: Generated<string>;
  slug: string;
  name: string;
  /** How residents reach the neighbourhood team: public, not personal data. */
  team_phone: string | null;
  team_email: string | null;
  /** The province (Utrecht, Noord-Holland, …): HSDS addresses require it. */
  province: string | null;
  created_at: Generated<Date>;
}

export interface NeighbourhoodTable {
  id: Generated<string>;
  tenant_id: string;
  slug: string;
  name: string;
  created_at: Generated<Date>;
}

export interface AreaTable {
  id: Generated<string>;
  tenant_id: string;
  neighbourhood_id: string;
  name: string;
  /** CBS buurtcode such as BU03440101, when known. */
  cbs_code: string | null;
}

export interface TenancyTables {
  tenants: TenantTable;
  neighbourhoods: NeighbourhoodTable;
  areas: AreaTable;
}
