// Who may manage the social base (not personal data, so no access log): community workers and administrators
// everywhere, owners of an initiative for their own entries.
import type { Role } from '../../kernel/auth/roles.js';
import { DomainError } from '../../kernel/errors.js';

const managers: ReadonlySet<Role> = new Set(['opbouwwerker', 'beheerder']);

export const canManageSocialBase = (role: Role) => managers.has(role);

export function requireSocialBaseManager(role: Role): void {
  if (!canManageSocialBase(role))
    throw new DomainError('geen_toegang', 'Alleen opbouwwerkers en beheerders kunnen de sociale kaart beheren.');
}
