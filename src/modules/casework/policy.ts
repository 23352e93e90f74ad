// Cases in the access policy: the dossier is for the team members who work cases, of the same municipality. No
// resident, volunteer, community worker, residents' council or client supporter reads it (a client supporter will
// see only what the resident shares, through consent: issue 12, deliver 6 and 7).
import { caseRoles, residentRoles } from '../../kernel/access/policy.js';
import type { ModulePolicy } from '../../kernel/modules.js';

declare module '../../kernel/access/policy.js' {
  interface DataCategories {
    dossier: true;
    /** What a resident sees of their own case: their regisseur, the regisseur's decisions, the chosen provider. */
    regie: true;
  }
}

/** Why the escalation job reads a case: the help from the provider is late. */
export const ESCALATION_PURPOSE = 'hulp_doorzetten';

export const casePolicy: ModulePolicy = {
  rules: [
    { category: 'dossier', actions: ['read', 'search', 'create', 'update'], roles: caseRoles, scope: 'tenant' },
    // The resident reads the summary of their own case (never the notes) and chooses their provider.
    { category: 'regie', actions: ['read', 'create'], roles: residentRoles, scope: 'self' },
  ],
  categoryWords: {
    dossier: ['je dossier bij het wijkteam', 'your file with the neighbourhood team'],
    regie: ['je regisseur, de besluiten en je keuze van aanbieder', 'your case director, decisions and provider'],
  },
  purposeWords: {
    [ESCALATION_PURPOSE]: ['om te zorgen dat je hulp op tijd begint', 'to make sure your help starts on time'],
  },
};
