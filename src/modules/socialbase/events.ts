// What the social base tells the other modules: its entries changed (an import, an owner's edit).
import { publish } from '../../kernel/events.js';

declare module '../../kernel/events.js' {
  interface DomainEvents {
    'sociale-basis.gewijzigd': { tenantId: string };
  }
}

export const activitiesChanged = (tenantId: string): void => publish('sociale-basis.gewijzigd', { tenantId });
