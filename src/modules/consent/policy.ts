// Consents in the access policy: the category 'toestemming' itself (the resident reads and withdraws their own, the
// team that works cases records them), and the rules that open a category outside the team only with consent.
import { caseRoles, policyRules, residentRoles } from '../../kernel/access/policy.js';
import type { ModulePolicy } from '../../kernel/modules.js';

declare module '../../kernel/access/policy.js' {
  interface DataCategories {
    toestemming: true;
    wettelijke_grondslag: true;
  }
}

export const RECORD_PURPOSE = 'toestemming_vastleggen';
export const OVERRIDE_PURPOSE = 'wettelijke_grondslag';

export const consentPolicy: ModulePolicy = {
  rules: [
    // The resident reads and withdraws their own, and gives one in Nabij (sharing with their client supporter).
    { category: 'toestemming', actions: ['read', 'create', 'update'], roles: residentRoles, scope: 'self' },
    { category: 'toestemming', actions: ['read', 'create', 'update'], roles: caseRoles, scope: 'tenant' },
    // Sharing without consent because the law allows it: only the regisseur, who has the power to push through.
    { category: 'wettelijke_grondslag', actions: ['create'], roles: ['regisseur'], scope: 'tenant' },
    // The referral letter hands a help request to a provider: the team may export it, and the page asks first for a
    // consent naming that organisation or a legal basis (routes.tsx).
    { category: 'hulpvraag', actions: ['export'], roles: caseRoles, scope: 'tenant' },
    // Outside the team: a client supporter, or a volunteer beyond their match, reads only with consent.
    { category: 'hulpvraag', actions: ['read'], roles: ['clientondersteuner'], scope: 'toestemming' },
    { category: 'dossier', actions: ['read'], roles: ['clientondersteuner', 'vrijwilliger'], scope: 'toestemming' },
  ],
  categoryWords: {
    toestemming: ['je toestemmingen', 'your consents'],
    wettelijke_grondslag: ['delen op grond van de wet', 'sharing on a legal basis'],
  },
  purposeWords: {
    doorverwijzing: ['om je door te verwijzen naar de aanbieder die je koos', 'to refer you to the provider you chose'],
    [RECORD_PURPOSE]: ['om je toestemming vast te leggen', 'to record your consent'],
    [OVERRIDE_PURPOSE]: [
      'om vast te leggen dat de wet delen zonder je toestemming toestaat',
      'to record that the law allows sharing without your consent',
    ],
  },
};

/** The categories the gate asks consent for: those a policy rule opens only with consent. */
export const consentCategories = (): string[] => [
  ...new Set(
    policyRules()
      .filter((r) => r.scope === 'toestemming')
      .map((r) => r.category),
  ),
];
