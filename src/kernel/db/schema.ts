// The whole database as Kysely sees it: the union of the tables each part of Nabij owns.
import type { AccessTables } from '../access/schema.js';
import type { AuthTables } from '../auth/schema.js';
import type { GeoTables } from '../geo/schema.js';
import type { TenancyTables } from '../tenancy/schema.js';
import type { AgendaTables } from '../../modules/agenda/schema.js';
import type { CaseworkTables } from '../../modules/casework/schema.js';
import type { ConsentTables } from '../../modules/consent/schema.js';
import type { MonitorTables } from '../../modules/monitor/schema.js';
import type { PlanTables } from '../../modules/plans/schema.js';
import type { RequestTables } from '../../modules/requests/schema.js';
import type { RetentionTables } from '../../modules/retention/schema.js';
import type { SignalTables } from '../../modules/signals/schema.js';
import type { SocialBaseTables } from '../../modules/socialbase/schema.js';
import type { SupportTables } from '../../modules/support/schema.js';
import type { TriageTables } from '../../modules/triage/schema.js';
import type { VolunteerTables } from '../../modules/volunteers/schema.js';

export interface Database
  extends
    TenancyTables,
    GeoTables,
    AuthTables,
    AccessTables,
    SocialBaseTables,
    VolunteerTables,
    RequestTables,
    TriageTables,
    CaseworkTables,
    ConsentTables,
    SupportTables,
    RetentionTables,
    PlanTables,
    SignalTables,
    AgendaTables,
    MonitorTables {}
