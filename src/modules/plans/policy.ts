// The plan in the access policy. The resident whose case it is reads and writes their own plan; the team that works
// cases reads, writes and sets it; a client supporter, or a person the resident named, reads and helps write it only
// with the resident's consent for the category 'plan' (or a legal basis a regisseur recorded).
import { caseRoles, residentRoles } from '../../kernel/access/policy.js';
import type { ModulePolicy } from '../../kernel/modules.js';

declare module '../../kernel/access/policy.js' {
  interface DataCategories {
    plan: true;
  }
}

export const PLAN_PURPOSE = 'plan_maken';

export const planPolicy: ModulePolicy = {
  rules: [
    { category: 'plan', actions: ['read', 'update', 'print', 'export'], roles: residentRoles, scope: 'self' },
    { category: 'plan', actions: ['read', 'create', 'update', 'print', 'export'], roles: caseRoles, scope: 'tenant' },
    // Outside the team: only with the resident's consent, asked per person, so never a search.
    {
      category: 'plan',
      actions: ['read', 'update', 'print', 'export'],
      roles: ['clientondersteuner', ...residentRoles],
      scope: 'toestemming',
    },
  ],
  categoryWords: { plan: ['je plan', 'your plan'] },
  purposeWords: { [PLAN_PURPOSE]: ['om samen aan je plan te werken', 'to work on your plan together'] },
};
