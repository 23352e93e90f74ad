// Where other modules may add to the requests module's pages.
import type { SignedInActor } from '../../kernel/auth/actor.js';

declare module '../../kernel/modules.js' {
  interface PageSlots {
    /** The team's page of one request, under its details: another module adds what it keeps about the request. */
    'hulpvraag-team': { tenantId: string; requestId: string; askerUserId: string | null; actor: SignedInActor };
  }
}
