// Danger on its own, as signals will use it: acute or not, the kinds in plain Dutch, the writer's own words.
import { describe, expect, it } from 'vitest';
import { detectDanger } from './index.js';

describe('detectDanger', () => {
  it('sees acute danger and says what kind, with the words that carried it', () => {
    const check = detectDanger('Mijn buurman is net gevallen en komt niet meer overeind. Hij reageert bijna niet.');
    expect(check.acute).toBe(true);
    expect(check.kinds.length).toBeGreaterThan(0);
    expect(check.signals.length).toBeGreaterThan(0);
  });

  it('finds no danger in an everyday question', () => {
    expect(detectDanger('Is er op dinsdag een koffieochtend in de buurt?')).toEqual({
      acute: false,
      kinds: [],
      signals: [],
    });
  });
});
