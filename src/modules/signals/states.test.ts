import { describe, expect, it } from 'vitest';
import { nextStatuses, signalStatuses, signalTransitions, transitionFor } from './states.js';

describe('the table of a signal’s steps', () => {
  it('names only known states, and no step twice', () => {
    const seen = new Set<string>();
    for (const t of signalTransitions) {
      expect(signalStatuses).toContain(t.from);
      expect(signalStatuses).toContain(t.to);
      expect(t.from).not.toBe(t.to);
      expect(seen.has(`${t.from}>${t.to}`)).toBe(false);
      seen.add(`${t.from}>${t.to}`);
    }
  });

  it('lets only a worry about a person be visited', () => {
    expect(transitionFor('persoon', 'in_behandeling', 'erop_af_geweest', 'team')).toBeDefined();
    expect(transitionFor('buurt', 'in_behandeling', 'erop_af_geweest', 'team')).toBeUndefined();
  });

  it('lets the reporter only reopen, never close or pass on', () => {
    const reporterSteps = signalTransitions.filter((t) => t.by.includes('melder'));
    expect(reporterSteps.map((t) => t.to)).toEqual(['in_behandeling', 'in_behandeling']);
    expect(transitionFor('persoon', 'in_behandeling', 'afgesloten', 'melder')).toBeUndefined();
  });

  it('reaches every state from gemeld, and leaves every state', () => {
    const reached = new Set(['gemeld']);
    for (let round = 0; round < signalStatuses.length; round++)
      for (const t of signalTransitions) if (reached.has(t.from)) reached.add(t.to);
    expect([...reached].sort()).toEqual([...signalStatuses].sort());
    for (const s of signalStatuses) expect(nextStatuses('persoon', s).length).toBeGreaterThan(0);
  });

  it('does not skip the outreach backwards: a closed signal only reopens', () => {
    expect(nextStatuses('persoon', 'afgesloten')).toEqual(['in_behandeling']);
    expect(nextStatuses('buurt', 'gemeld')).toEqual(['in_behandeling', 'doorgezet', 'afgesloten']);
  });
});
