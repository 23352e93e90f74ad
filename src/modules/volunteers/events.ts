// What the volunteers module tells the others (a volunteer changed) and where they may add to its pages.
import type { SignedInActor } from '../../kernel/auth/actor.js';
import { publish } from '../../kernel/events.js';

declare module '../../kernel/events.js' {
  interface DomainEvents {
    'vrijwilligers.gewijzigd': { tenantId: string };
  }
}

export const volunteersChanged = (tenantId: string): void => publish('vrijwilligers.gewijzigd', { tenantId });

declare module '../../kernel/modules.js' {
  interface PageSlots {
    /** The volunteer's own page, under the greeting: other modules add what concerns this volunteer. */
    'mijn-vrijwilliger': { tenantId: string; volunteerId: string; actor: SignedInActor };
  }
}
