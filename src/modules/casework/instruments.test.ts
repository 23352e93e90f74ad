// Progress per domain: levels in the order of the conversations, gaps where a domain was not discussed, the wished
// topics of the latest conversation first, and conversations with another instrument left out.
import { describe, expect, it } from 'vitest';
import { type Assessment, type Instrument, progressOf } from './instruments.js';

const domain = (key: string) => ({ key, name: key, levels: ['a', 'b', 'c', 'd', 'e'] });
const instrument: Instrument = {
  id: 'i1',
  tenantId: null,
  key: 'test',
  name: 'Test',
  levels: ['1', '2', '3', '4', '5'],
  domains: [domain('geld'), domain('huis'), domain('netwerk')],
};
const answer = (domainKey: string, level: number | null, wantsToTalk = false) => ({
  domainKey,
  level,
  self: '',
  network: '',
  professional: '',
  wantsToTalk,
});
const at = (day: number, answers: ReturnType<typeof answer>[], instrumentId = 'i1'): Assessment => ({
  id: `a${day}`,
  instrumentId,
  heldAt: new Date(2026, 0, day),
  filledByName: 'Sanne',
  answers,
});

describe('progressOf', () => {
  it('gives each domain its levels in order, null where it was not discussed', () => {
    const rows = progressOf(instrument, [at(1, [answer('geld', 1), answer('huis', 3)]), at(9, [answer('geld', 3)])]);
    expect(rows.map((r) => [r.domain.key, r.levels])).toEqual([
      ['geld', [1, 3]],
      ['huis', [3, null]],
      ['netwerk', [null, null]],
    ]);
  });

  it('puts the domains wished in the latest conversation first; an earlier wish does not count', () => {
    const rows = progressOf(instrument, [
      at(1, [answer('geld', 1, true)]),
      at(9, [answer('geld', 2), answer('netwerk', 2, true)]),
    ]);
    expect(rows.map((r) => [r.domain.key, r.wantsToTalk])).toEqual([
      ['netwerk', true],
      ['geld', false],
      ['huis', false],
    ]);
  });

  it('leaves out conversations made with another instrument', () => {
    const rows = progressOf(instrument, [at(1, [answer('geld', 5)], 'other'), at(9, [answer('geld', 2)])]);
    expect(rows[0]!.levels).toEqual([2]);
  });
});
