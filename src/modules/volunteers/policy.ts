// The personal data of volunteers in the access policy: their own profile, and the team that matches them.
import { teamRoles } from '../../kernel/access/policy.js';
import type { ModulePolicy } from '../../kernel/modules.js';

declare module '../../kernel/access/policy.js' {
  interface DataCategories {
    vrijwilliger: true;
  }
}

export const volunteerPolicy: ModulePolicy = {
  rules: [
    {
      category: 'vrijwilliger',
      actions: ['read', 'update', 'create', 'export'],
      roles: ['vrijwilliger', 'bewoner', 'initiatiefnemer'],
      scope: 'self',
    },
    {
      category: 'vrijwilliger',
      actions: ['read', 'search', 'create', 'update', 'delete'],
      roles: teamRoles,
      scope: 'tenant',
    },
    // An integration with the triage scope gets proposals, which means searching the volunteers who may be matched.
    { category: 'vrijwilliger', actions: ['search'], roles: [], tokenScopes: ['triage'], scope: 'tenant' },
  ],
  categoryWords: { vrijwilliger: ['je aanbod als vrijwilliger', 'your volunteer profile'] },
};
