// Help requests in the access policy: the asker's own, and the professionals who triage and match them
// (not administrators).
import { caseRoles } from '../../kernel/access/policy.js';
import { roles } from '../../kernel/auth/roles.js';
import type { ModulePolicy } from '../../kernel/modules.js';

declare module '../../kernel/access/policy.js' {
  interface DataCategories {
    hulpvraag: true;
  }
}

export const requestPolicy: ModulePolicy = {
  rules: [
    // 'delete': the asker erases a closed request of their own that nobody has to keep (retention module).
    { category: 'hulpvraag', actions: ['read', 'create', 'update', 'delete', 'export'], roles, scope: 'self' },
    { category: 'hulpvraag', actions: ['read', 'search', 'create', 'update'], roles: caseRoles, scope: 'tenant' },
  ],
  categoryWords: { hulpvraag: ['je hulpvraag', 'your help request'] },
};
