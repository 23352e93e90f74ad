// Where other modules may add to the portal's pages.
import type { SignedInActor } from '../../kernel/auth/actor.js';

declare module '../../kernel/modules.js' {
  interface PageSlots {
    /** A resident's start page (/mijn), under their help requests: what another module keeps about them. */
    'mijn-start': {
      tenantId: string;
      actor: SignedInActor;
      /** The resident's own help requests, as /mijn lists them. */
      ownRequests: { id: string; reference: string }[];
    };
  }
}
