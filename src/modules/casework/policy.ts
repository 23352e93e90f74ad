// Cases in the access policy: the dossier is for the team members who work cases, of the same municipality. No
// resident, volunteer, community worker, residents' council or client supporter reads it (a client supporter will
// see only what the resident shares, through consent: issue 12, deliver 6 and 7).
import { caseRoles } from '../../kernel/access/policy.js';
import type { ModulePolicy } from '../../kernel/modules.js';

declare module '../../kernel/access/policy.js' {
  interface DataCategories {
    dossier: true;
  }
}

export const casePolicy: ModulePolicy = {
  rules: [{ category: 'dossier', actions: ['read', 'search', 'create', 'update'], roles: caseRoles, scope: 'tenant' }],
  categoryWords: { dossier: ['je dossier bij het wijkteam', 'your file with the neighbourhood team'] },
};
