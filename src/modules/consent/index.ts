// Consent, the front door (issue 12, deliver 7): a record per recipient, data category and purpose, with its dates,
// how it was given and when it was withdrawn; or a legal basis a regisseur recorded instead. The access gate asks it
// (the consent check below) before a read from outside the team; the resident sees and withdraws at
// /mijn/toestemmingen; the team records on the case page.
import { lazyRoutes, type ModuleDescription } from '../../kernel/modules.js';
import * as consent0039 from './migrations/0039_consents.js';
import { consentPolicy } from './policy.js';
import { validConsentBasis } from './queries.js';
import { dutchToday } from './words.js';

export {
  type ConsentInput,
  type ConsentSubject,
  recordConsent,
  recordConsentAbout,
} from './commands/record-consent.js';
export { consentCategories } from './policy.js';
export {
  categoriesSharedWith,
  consentedCategories,
  hasConsents,
  linkRecipientAccount,
  withdrawConsentsTo,
} from './queries.js';
export { dutchToday } from './words.js';
export { withdrawConsent } from './commands/withdraw-consent.js';

export const consentModule: ModuleDescription = {
  name: 'consent',
  migrations: { '0039_consents': consent0039 },
  routes: [
    lazyRoutes(async () => (await import('./routes.js')).consentRoutes),
    lazyRoutes(async () => (await import('./api.js')).consentApiRoutes),
  ],
  policy: consentPolicy,
  consentCheck: (db, q) =>
    validConsentBasis(db, {
      tenantId: q.tenantId,
      subjectUserId: q.subjectUserId,
      category: q.category,
      userId: q.recipient.userId,
      role: q.recipient.role,
      today: dutchToday(q.now),
    }),
  sections: [
    {
      slot: 'casus-team',
      load: async (gated, context) => (await import('./routes.js')).caseConsentSection.load(gated, context),
    },
  ],
};
