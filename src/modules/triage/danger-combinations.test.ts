// Danger told in parts (`samen` in lexicon/danger.json): every group named within the window, in any order.
import { describe, expect, it } from 'vitest';
import { analyse } from './analyse.js';
import { dangerCombinations } from './lexicon.js';

describe('danger told in parts', () => {
  it('loads the combinations of the lexicon', () => {
    expect(dangerCombinations.length).toBeGreaterThan(5);
    expect(dangerCombinations.every((c) => c.parts >= 2 && c.window > 0)).toBe(true);
  });

  it('finds the parts in any order and names them as the signal', () => {
    const a = analyse('Ze zitten sinds vrijdag alleen thuis, die twee kinderen van de overkant.');
    expect(a.danger.acute).toBe(true);
    expect(a.danger.classes).toContain('kind');
    expect(a.danger.signals.some((s) => s.includes(' … '))).toBe(true);
  });

  it('does not join parts that are far apart in a long story', () => {
    const filler = Array.from({ length: 40 }, () => 'en toen gingen we verder met de dag').join(' ');
    const a = analyse(
      `Mijn kinderen waren vroeger dol op de speeltuin. ${filler}. ` +
        'Sinds vrijdag is de bibliotheek alleen thuis te bellen.',
    );
    expect(a.danger.acute).toBe(false);
  });

  it('needs every part: children alone without a time is not acute by this rule', () => {
    expect(analyse('Mijn kinderen mogen niet alleen thuis blijven, is er een oppas in de buurt?').danger.acute).toBe(
      false,
    );
  });
});
