import { describe, expect, it } from 'vitest';
import { parsePostcodeList, postcodeInWords } from './postcodes.js';

describe('parsePostcodeList', () => {
  it('reads four digits and whole postcodes, with or without a space, in any separation', () => {
    expect(parsePostcodeList('3581, 3582 ab\n3583CD;3581')).toEqual({
      ok: true,
      prefixes: ['3581', '3582AB', '3583CD'],
    });
    expect(parsePostcodeList('   ')).toEqual({ ok: true, prefixes: [] });
  });

  it('names what it cannot read', () => {
    expect(parsePostcodeList('3581 Utrecht 358')).toEqual({ ok: false, wrong: ['UTRECHT', '358'] });
  });

  it('writes a whole postcode back with its space', () => {
    expect(postcodeInWords('3581AB')).toBe('3581 AB');
    expect(postcodeInWords('3581')).toBe('3581');
  });
});
