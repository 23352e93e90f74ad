// Client support in the access policy: the resident's own invitations, the supporter's own list of who invited them,
// and complaints: the resident's own, the supporter's only with the resident's consent, the handlers' of the team.
import { residentRoles } from '../../kernel/access/policy.js';
import type { ModulePolicy } from '../../kernel/modules.js';

declare module '../../kernel/access/policy.js' {
  interface DataCategories {
    ondersteuning: true;
    klacht: true;
  }
}

/** Who handles complaints and objections for the team: the regisseur, and the administrator for the municipality. */
export const complaintHandlers = ['regisseur', 'beheerder'] as const;

export const supportPolicy: ModulePolicy = {
  rules: [
    { category: 'ondersteuning', actions: ['read', 'create', 'update'], roles: residentRoles, scope: 'self' },
    // The supporter's own list of the residents who invited them: the residents shown get a row each (recordShown).
    { category: 'ondersteuning', actions: ['read', 'update'], roles: ['clientondersteuner'], scope: 'self' },
    { category: 'klacht', actions: ['read', 'create'], roles: residentRoles, scope: 'self' },
    { category: 'klacht', actions: ['read', 'create'], roles: ['clientondersteuner'], scope: 'toestemming' },
    { category: 'klacht', actions: ['read', 'search', 'update'], roles: complaintHandlers, scope: 'tenant' },
  ],
  categoryWords: {
    ondersteuning: [
      'je cliëntondersteuner en wat je met hem of haar deelt',
      'your client supporter and what you share',
    ],
    klacht: ['je klachten en bezwaren', 'your complaints and objections'],
  },
  purposeWords: {
    clientondersteuning: ['om je te ondersteunen als cliëntondersteuner', 'to support you as your client supporter'],
    klacht_behandelen: ['om je klacht of bezwaar te behandelen', 'to handle your complaint or objection'],
  },
};
