// The modules of Nabij, in the order their routes are registered. Adding a capability: one folder, one line here.
import type { ModuleDescription } from '../kernel/modules.js';
import { admin } from './admin/index.js';
import { api } from './api/index.js';
import { demo } from './demo/index.js';
import { portal } from './portal/index.js';
import { requests } from './requests/index.js';
import { socialbase } from './socialbase/index.js';
import { team } from './team/index.js';
import { volunteers } from './volunteers/index.js';

export const modules: readonly ModuleDescription[] = [portal, team, admin, api, socialbase, volunteers, requests, demo];
