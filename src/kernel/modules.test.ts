// The module contract: what installing modules does for the gate, the events, the page slots and the jobs.
import { afterAll, describe, expect, it } from 'vitest';
import { type DataCategory, policyRules, scopesFor } from './access/policy.js';
import { type EventName, publish } from './events.js';
import { runJobsOnce } from './jobs.js';
import { installModules, installedModules, type ModuleDescription, type PageSlots, sectionsFor } from './modules.js';
import type { AppContext } from './http/context.js';

// A made-up category, event and slot; cast rather than declared, so they do not leak into the program's types.
const category = 'proefcategorie' as DataCategory;
const event = 'proef.gebeurd' as EventName;
const slot = 'proefpagina' as keyof PageSlots;

const before = (() => {
  try {
    return installedModules();
  } catch {
    return [];
  }
})();
afterAll(() => installModules(before));

describe('installing modules', () => {
  const heard: string[] = [];
  const proef: ModuleDescription = {
    name: 'proef',
    policy: { rules: [{ category, actions: ['read'], roles: ['wijkteamlid'], scope: 'tenant' }] },
    subscriptions: { [event]: ({ tenantId }: { tenantId: string }) => heard.push(tenantId) },
    sections: [{ slot, load: async () => () => null }],
    jobs: [{ name: 'tellen', everyMs: 1000, run: async () => 3, summary: (n) => `${n} keer geteld` }],
  };

  it('gives the gate the module’s rules, and only for the roles they name', () => {
    installModules([proef]);
    expect(scopesFor('wijkteamlid', category, 'read')).toEqual(['tenant']);
    expect(scopesFor('bewoner', category, 'read')).toEqual([]);
    expect(scopesFor('wijkteamlid', category, 'update')).toEqual([]);
    expect(policyRules().some((r) => r.category === 'account')).toBe(true);
  });

  it('delivers published events to the subscribers, and offers the sections for a slot', () => {
    installModules([proef]);
    publish(event, { tenantId: 't1' });
    expect(heard).toEqual(['t1']);
    expect(sectionsFor(slot)).toHaveLength(1);
  });

  it('runs every job once and reports what each did', async () => {
    installModules([proef]);
    // A database that lets every job run: the job runner asks it whether another run is under way.
    const database = {
      exclusive: async (_name: string, work: () => Promise<unknown>) => ({ ran: true, value: await work() }),
    };
    const done = await runJobsOnce(
      installedModules().flatMap((m) => m.jobs ?? []),
      { database } as unknown as AppContext,
    );
    expect(done.map(({ job, count }) => job.summary(count))).toEqual(['3 keer geteld']);
  });

  it('forgets the rules and subscribers of modules no longer installed', () => {
    installModules([proef]);
    installModules([{ name: 'ander' }]);
    expect(scopesFor('wijkteamlid', category, 'read')).toEqual([]);
    publish(event, { tenantId: 't2' });
    expect(heard).not.toContain('t2');
  });

  it('refuses two modules with one name', () => {
    expect(() => installModules([proef, { name: 'proef' }])).toThrow(/Two modules are called proef/);
  });
});
