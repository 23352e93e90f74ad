// The module contract: what installing modules does for the gate, the events, the page slots and the jobs.
import { afterAll, describe, expect, it } from 'vitest';
import { policyRules, scopesFor } from './access/policy.js';
import { publish } from './events.js';
import { runJobsOnce } from './jobs.js';
import { installModules, installedModules, type ModuleDescription, sectionsFor } from './modules.js';
import type { AppContext } from './http/context.js';

declare module './access/policy.js' {
  interface DataCategories {
    proefcategorie: true;
  }
}
declare module './events.js' {
  interface DomainEvents {
    'proef.gebeurd': { tenantId: string };
  }
}
declare module './modules.js' {
  interface PageSlots {
    proefpagina: { tenantId: string };
  }
}

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
    policy: { rules: [{ category: 'proefcategorie', actions: ['read'], roles: ['wijkteamlid'], scope: 'tenant' }] },
    subscriptions: { 'proef.gebeurd': ({ tenantId }) => heard.push(tenantId) },
    sections: [{ slot: 'proefpagina', load: async () => () => null }],
    jobs: [{ name: 'tellen', everyMs: 1000, run: async () => 3, summary: (n) => `${n} keer geteld` }],
  };

  it('gives the gate the module’s rules, and only for the roles they name', () => {
    installModules([proef]);
    expect(scopesFor('wijkteamlid', 'proefcategorie', 'read')).toEqual(['tenant']);
    expect(scopesFor('bewoner', 'proefcategorie', 'read')).toEqual([]);
    expect(scopesFor('wijkteamlid', 'proefcategorie', 'update')).toEqual([]);
    expect(policyRules().some((r) => r.category === 'account')).toBe(true);
  });

  it('delivers published events to the subscribers, and offers the sections for a slot', () => {
    installModules([proef]);
    publish('proef.gebeurd', { tenantId: 't1' });
    expect(heard).toEqual(['t1']);
    expect(sectionsFor('proefpagina')).toHaveLength(1);
  });

  it('runs every job once and reports what each did', async () => {
    installModules([proef]);
    const done = await runJobsOnce(
      installedModules().flatMap((m) => m.jobs ?? []),
      {} as AppContext,
    );
    expect(done.map(({ job, count }) => job.summary(count))).toEqual(['3 keer geteld']);
  });

  it('forgets the rules and subscribers of modules no longer installed', () => {
    installModules([proef]);
    installModules([{ name: 'ander' }]);
    expect(scopesFor('wijkteamlid', 'proefcategorie', 'read')).toEqual([]);
    publish('proef.gebeurd', { tenantId: 't2' });
    expect(heard).not.toContain('t2');
  });

  it('refuses two modules with one name', () => {
    expect(() => installModules([proef, { name: 'proef' }])).toThrow(/Two modules are called proef/);
  });
});
