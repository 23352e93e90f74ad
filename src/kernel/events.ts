// Things that happened in one module that another may act on, in this process: a module declares its events by
// declaration merging (`interface DomainEvents { 'vrijwilligers.gewijzigd': { tenantId: string } }`), publishes
// them, and other modules subscribe in their description. So a module reacts without the other importing it.

/** Filled in by the modules that publish. */
export interface DomainEvents {}

export type EventName = keyof DomainEvents;
export type EventHandler<K extends EventName> = (payload: DomainEvents[K]) => void;
export type Subscriptions = { [K in EventName]?: EventHandler<K> };

const handlers = new Map<string, Map<string, (payload: never) => void>>();

/** The modules' handlers, replacing those of the modules installed before. */
export function setSubscriptions(byModule: ReadonlyMap<string, Subscriptions>): void {
  handlers.clear();
  for (const [moduleName, subscriptions] of byModule) subscribe(moduleName, subscriptions);
}

function subscribe(moduleName: string, subscriptions: Subscriptions): void {
  for (const [name, handler] of Object.entries(subscriptions)) {
    const byModule = handlers.get(name) ?? new Map<string, (payload: never) => void>();
    byModule.set(moduleName, handler as (payload: never) => void);
    handlers.set(name, byModule);
  }
}

/** Runs every handler now, in the order the modules are listed; a handler must be quick and must not throw. */
export function publish<K extends EventName>(name: K, payload: DomainEvents[K]): void {
  for (const handler of handlers.get(name)?.values() ?? []) (handler as EventHandler<K>)(payload);
}
