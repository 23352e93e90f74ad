// Every module's routes, in the order they are registered.
import type { AppPlugin } from '../kernel/http/app.js';
import { accessLogRoutes } from '../kernel/access/routes.js';
import { accountRoutes } from '../kernel/auth/account-routes.js';
import { authRoutes } from '../kernel/auth/routes.js';
import { adminRoutes } from './admin/routes.js';
import { apiRoutes } from './api/routes.js';
import { demoRoutes } from './demo/routes.js';
import { portalRoutes } from './portal/routes.js';
import { triageApiRoutes } from './requests/api-routes.js';
import { askRoutes } from './requests/ask-routes.js';
import { matchRoutes } from './requests/match-routes.js';
import { phoneAnswerRoutes } from './requests/phone-answer-routes.js';
import { volunteerMatchRoutes } from './requests/volunteer-match-routes.js';
import { teamRequestRoutes } from './requests/team-routes.js';
import { volunteerRoutes } from './volunteers/routes.js';
import { hsdsRoutes } from './socialbase/hsds-routes.js';
import { keyPersonRoutes } from './socialbase/key-person-routes.js';
import { mapAssetRoutes } from './socialbase/map-assets.js';
import { ownerRoutes } from './socialbase/owner-routes.js';
import { socialBaseManageRoutes } from './socialbase/manage-routes.js';
import { socialBaseRoutes } from './socialbase/routes.js';
import { startPageRoutes } from './portal/start-pages.js';
import { teamRoutes } from './team/routes.js';

export function appModules(options: { isProduction: boolean }): AppPlugin[] {
  return [
    portalRoutes,
    authRoutes,
    accountRoutes,
    accessLogRoutes,
    startPageRoutes,
    teamRoutes,
    adminRoutes,
    apiRoutes,
    socialBaseRoutes,
    hsdsRoutes,
    socialBaseManageRoutes,
    keyPersonRoutes,
    ownerRoutes,
    mapAssetRoutes,
    askRoutes,
    triageApiRoutes,
    teamRequestRoutes,
    matchRoutes,
    phoneAnswerRoutes,
    volunteerMatchRoutes,
    volunteerRoutes,
    ...(options.isProduction ? [] : [demoRoutes]),
  ];
}
