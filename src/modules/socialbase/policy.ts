// Who may manage the social base (not personal data, so no access log): community workers and administrators
// everywhere, owners of an initiative for their own entries.
import type { Role } from '../../kernel/auth/roles.js';
import { DomainError } from '../../kernel/errors.js';
import { teamRoles } from '../../kernel/access/policy.js';
import type { ModulePolicy } from '../../kernel/modules.js';

const managers: ReadonlySet<Role> = new Set(['opbouwwerker', 'beheerder']);

export const canManageSocialBase = (role: Role) => managers.has(role);

export function requireSocialBaseManager(role: Role): void {
  if (!canManageSocialBase(role))
    throw new DomainError('geen_toegang', 'Alleen opbouwwerkers en beheerders kunnen de sociale kaart beheren.');
}

declare module '../../kernel/access/policy.js' {
  interface DataCategories {
    sleutelpersoon: true;
  }
}

/** Key persons agreed to be known to the team, not to the public or to volunteers. */
export const socialBasePolicy: ModulePolicy = {
  rules: [
    {
      category: 'sleutelpersoon',
      actions: ['read', 'search', 'create', 'update', 'delete'],
      roles: teamRoles,
      scope: 'tenant',
    },
  ],
  categoryWords: { sleutelpersoon: ['gegevens van sleutelpersonen', 'key persons’ details'] },
};
