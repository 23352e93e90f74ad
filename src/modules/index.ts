// The modules of Nabij, in the order their routes are registered. Adding a capability: one folder, one line here.
import type { ModuleDescription } from '../kernel/modules.js';
import { adminModule } from './admin/index.js';
import { agendaModule } from './agenda/index.js';
import { apiModule } from './api/index.js';
import { caseworkModule } from './casework/index.js';
import { consentModule } from './consent/index.js';
import { demoModule } from './demo/index.js';
import { monitorModule } from './monitor/index.js';
import { plansModule } from './plans/index.js';
import { portalModule } from './portal/index.js';
import { requestsModule } from './requests/index.js';
import { retentionModule } from './retention/index.js';
import { signalsModule } from './signals/index.js';
import { socialbaseModule } from './socialbase/index.js';
import { supportModule } from './support/index.js';
import { teamModule } from './team/index.js';
import { triageModule } from './triage/index.js';
import { volunteersModule } from './volunteers/index.js';

export const modules: readonly ModuleDescription[] = [
  portalModule,
  teamModule,
  adminModule,
  apiModule,
  socialbaseModule,
  volunteersModule,
  triageModule,
  requestsModule,
  caseworkModule,
  plansModule,
  consentModule,
  supportModule,
  signalsModule,
  agendaModule,
  monitorModule,
  retentionModule,
  demoModule,
];
