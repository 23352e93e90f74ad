// Triage's corrections in the access policy: professionals who change a proposal write one; the functional
// administrator reads them to see where triage goes wrong (purpose "kwaliteit_triage").
import { caseRoles } from '../../kernel/access/policy.js';
import type { ModulePolicy } from '../../kernel/modules.js';

declare module '../../kernel/access/policy.js' {
  interface DataCategories {
    triagecorrectie: true;
  }
}

export const triagePolicy: ModulePolicy = {
  rules: [
    { category: 'triagecorrectie', actions: ['create'], roles: caseRoles, scope: 'tenant' },
    { category: 'triagecorrectie', actions: ['read', 'search'], roles: ['beheerder'], scope: 'tenant' },
  ],
  categoryWords: {
    triagecorrectie: ['je hulpvraag, als les voor het voorstel van Nabij', 'your help request, as a lesson for Nabij'],
  },
};
