// Who may do what with which category of personal data: the one table of rules the access gate applies.
import type { Role } from '../auth/roles.js';
import { roles } from '../auth/roles.js';
import type { AccessAction } from './schema.js';

/** Categories of personal data. Modules add theirs here, so every rule stays in one table. */
export const dataCategories = ['account', 'toegangslog', 'sleutelpersoon', 'vrijwilliger', 'hulpvraag'] as const;
export type DataCategory = (typeof dataCategories)[number];

/** 'self': only the person's own record. 'tenant': any record of the actor's own municipality. */
export type Scope = 'self' | 'tenant';

type Rule = { category: DataCategory; actions: readonly AccessAction[]; roles: readonly Role[]; scope: Scope };

const teamRoles: readonly Role[] = ['wijkteamlid', 'regisseur', 'opbouwwerker', 'beheerder'];
const caseRoles: readonly Role[] = ['wijkteamlid', 'regisseur'];

export const rules: readonly Rule[] = [
  { category: 'account', actions: ['read', 'update', 'export'], roles, scope: 'self' },
  { category: 'account', actions: ['read', 'search'], roles: teamRoles, scope: 'tenant' },
  { category: 'account', actions: ['create', 'update', 'delete'], roles: ['beheerder'], scope: 'tenant' },
  { category: 'toegangslog', actions: ['read', 'export'], roles, scope: 'self' },
  { category: 'toegangslog', actions: ['read', 'export'], roles: ['beheerder'], scope: 'tenant' },
  // Key persons agreed to be known to the team, not to the public or to volunteers.
  {
    category: 'sleutelpersoon',
    actions: ['read', 'search', 'create', 'update', 'delete'],
    roles: teamRoles,
    scope: 'tenant',
  },
  // A volunteer's profile: their own, and the team that matches them.
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
  // Help requests: the asker's own, and the professionals who triage and match them (not administrators).
  { category: 'hulpvraag', actions: ['read', 'create', 'update', 'export'], roles, scope: 'self' },
  { category: 'hulpvraag', actions: ['read', 'search', 'create', 'update'], roles: caseRoles, scope: 'tenant' },
];

/** The scopes in which a role may take an action on a category; empty when it may not at all. */
export function scopesFor(role: Role, category: DataCategory, action: AccessAction): Scope[] {
  return rules
    .filter((r) => r.category === category && r.actions.includes(action) && r.roles.includes(role))
    .map((r) => r.scope);
}
