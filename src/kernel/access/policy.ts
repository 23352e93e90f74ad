// Who may do what with which category of personal data: the one table of rules the access gate applies.
import type { TokenScope } from '../auth/api-tokens.js';
import type { Role } from '../auth/roles.js';
import { roles } from '../auth/roles.js';
import type { AccessAction } from './schema.js';

/**
 * Categories of personal data. The kernel has two; a module adds its own by declaration merging
 * (`declare module '…/kernel/access/policy.js' { interface DataCategories { hulpvraag: true } }`) and brings
 * the rules for them in its description, so the kernel never imports a module and the gate stays typed.
 */
export interface DataCategories {
  account: true;
  toegangslog: true;
  /** A page or API route as a whole: refused openings of a route not meant for the actor's role are logged so. */
  pagina: true;
}
export type DataCategory = keyof DataCategories;

/**
 * 'self': only the person's own record. 'tenant': any record of the actor's own municipality. 'toestemming': a record
 * of the municipality whose person gave the actor consent for this category (or a regisseur recorded a legal basis):
 * sharing outside the team, which the gate asks the registered consent check about (see gate.ts).
 */
export type Scope = 'self' | 'tenant' | 'toestemming';

export type PolicyRule = {
  category: DataCategory;
  actions: readonly AccessAction[];
  roles: readonly Role[];
  /** API token scopes the rule admits as well; a token acts for its whole municipality, so only with 'tenant'. */
  tokenScopes?: readonly TokenScope[];
  scope: Scope;
};

/** Everyone who works for the team, and those of them who work cases. */
export const teamRoles: readonly Role[] = ['wijkteamlid', 'regisseur', 'opbouwwerker', 'beheerder'];
export const caseRoles: readonly Role[] = ['wijkteamlid', 'regisseur'];
/** Residents who follow the team for the neighbourhood: the sounding board and the Wmo council. */
export const boardRoles: readonly Role[] = ['klankbordgroep', 'wmoraad'];
/** Residents in their own capacities: asking, volunteering, running an initiative. */
export const residentRoles: readonly Role[] = ['bewoner', 'vrijwilliger', 'initiatiefnemer'];
/** Who keeps the social base up to date. */
export const socialBaseRoles: readonly Role[] = ['opbouwwerker', 'beheerder'];

const kernelRules: readonly PolicyRule[] = [
  { category: 'account', actions: ['read', 'update', 'export'], roles, scope: 'self' },
  { category: 'account', actions: ['read', 'search'], roles: teamRoles, scope: 'tenant' },
  { category: 'account', actions: ['create', 'update', 'delete'], roles: ['beheerder'], scope: 'tenant' },
  { category: 'toegangslog', actions: ['read', 'export'], roles, scope: 'self' },
  { category: 'toegangslog', actions: ['read', 'export'], roles: ['beheerder'], scope: 'tenant' },
  { category: 'account', actions: ['read'], roles: [], tokenScopes: ['personen:lezen'], scope: 'tenant' },
];

const moduleRules = new Map<string, readonly PolicyRule[]>();

/** The modules' rules for their own categories, replacing those of the modules installed before. */
export function setModuleRules(rulesByModule: ReadonlyMap<string, readonly PolicyRule[]>): void {
  moduleRules.clear();
  for (const [name, rules] of rulesByModule) moduleRules.set(name, rules);
}

/** Every rule in force: the kernel's and those the installed modules brought. */
export const policyRules = (): PolicyRule[] => [...kernelRules, ...[...moduleRules.values()].flat()];

/** The scopes in which a role may take an action on a category; empty when it may not at all. */
export function scopesFor(role: Role, category: DataCategory, action: AccessAction): Scope[] {
  return policyRules()
    .filter((r) => r.category === category && r.actions.includes(action) && r.roles.includes(role))
    .map((r) => r.scope);
}

/** Whether a token with these scopes may take an action on a category, in its own municipality. */
export function tokenMay(scopes: readonly TokenScope[], category: DataCategory, action: AccessAction): boolean {
  return policyRules().some(
    (r) =>
      r.category === category &&
      r.actions.includes(action) &&
      r.scope === 'tenant' &&
      (r.tokenScopes ?? []).some((s) => scopes.includes(s)),
  );
}
