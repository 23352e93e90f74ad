// Where other modules may add to the casework module's pages.
import type { SignedInActor } from '../../kernel/auth/actor.js';

declare module '../../kernel/modules.js' {
  interface PageSlots {
    /** The team's page of one case, under its deadlines: another module adds what it keeps about the case. */
    'casus-team': {
      tenantId: string;
      caseId: string;
      requestId: string;
      askerUserId: string | null;
      actor: SignedInActor;
    };
  }
}
