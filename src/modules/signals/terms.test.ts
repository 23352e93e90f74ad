import { describe, expect, it } from 'vitest';
import { defaultSignalTerms, termEnd, urgencyOf } from './terms.js';

describe('signal terms', () => {
  it('makes a signal with danger spoed, an older person living alone hoog, a neighbourhood theme normaal', () => {
    expect(urgencyOf('persoon', 'geldzorgen', true)).toBe('spoed');
    expect(urgencyOf('persoon', 'oudere_alleen', false)).toBe('hoog');
    expect(urgencyOf('persoon', 'geldzorgen', false)).toBe('normaal');
    expect(urgencyOf('buurt', 'eenzaamheid', false)).toBe('normaal');
  });

  it('counts hours on the clock', () => {
    const from = new Date('2026-12-04T15:00:00Z');
    expect(termEnd(from, { amount: 24, unit: 'uren' }).toISOString()).toBe('2026-12-05T15:00:00.000Z');
  });

  it('counts working days past the weekend', () => {
    // Friday afternoon plus 5 working days is the next Friday; plus 1 is Monday.
    const friday = new Date('2026-12-04T15:00:00Z');
    expect(termEnd(friday, { amount: 1, unit: 'werkdagen' }).toISOString()).toBe('2026-12-07T15:00:00.000Z');
    expect(termEnd(friday, { amount: 5, unit: 'werkdagen' }).toISOString()).toBe('2026-12-11T15:00:00.000Z');
    // Made on a Saturday: the first working day is Monday.
    const saturday = new Date('2026-12-05T10:00:00Z');
    expect(termEnd(saturday, { amount: 1, unit: 'werkdagen' }).toISOString()).toBe('2026-12-07T10:00:00.000Z');
  });

  it('has a second term longer than the first for every kind and urgency', () => {
    const from = new Date('2026-12-07T09:00:00Z');
    for (const terms of Object.values(defaultSignalTerms))
      expect(termEnd(from, terms.second).getTime()).toBeGreaterThan(termEnd(from, terms.first).getTime());
  });
});
