// The roles of DESIGN.md, with the sign-in method each uses and where each lands after signing in.
export const roles = [
  'bewoner',
  'vrijwilliger',
  'initiatiefnemer',
  'wijkteamlid',
  'regisseur',
  'clientondersteuner',
  'opbouwwerker',
  'klankbordgroep',
  'wmoraad',
  'beheerder',
] as const;

export type Role = (typeof roles)[number];

export function isRole(value: string): value is Role {
  return (roles as readonly string[]).includes(value);
}

/** Roles that sign in with a password and a second factor; the others with a one-time code by email. */
const professionalRoles: ReadonlySet<Role> = new Set([
  'wijkteamlid',
  'regisseur',
  'clientondersteuner',
  'opbouwwerker',
  'beheerder',
]);

export function needsPasswordAndTotp(role: Role): boolean {
  return professionalRoles.has(role);
}

export const startPageOf: Record<Role, string> = {
  bewoner: '/mijn',
  vrijwilliger: '/mijn',
  initiatiefnemer: '/mijn',
  wijkteamlid: '/team',
  regisseur: '/team',
  clientondersteuner: '/ondersteuner',
  opbouwwerker: '/opbouw',
  klankbordgroep: '/raad',
  wmoraad: '/raad',
  beheerder: '/beheer',
};
