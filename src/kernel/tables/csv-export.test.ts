// CSV that is safe to open in a spreadsheet: formula cells get a leading ' (OWASP), numbers stay numbers, and what
// was guarded reads back exactly as it was.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvTable, guardFormula, withoutFormulaGuard } from './csv-export.js';

describe('guardFormula', () => {
  it.each([
    ['=HYPERLINK("https://kwaad.example","klik")', '\'=HYPERLINK("https://kwaad.example","klik")'],
    ["+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"],
    ["-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0"],
    ['@SUM(1+1)', "'@SUM(1+1)"],
    ['\t=1+1', "'\t=1+1"],
    ['\r=1+1', "'\r=1+1"],
    ["'=1+1", "''=1+1"],
  ])('guards %j', (text, guarded) => {
    expect(guardFormula(text)).toBe(guarded);
  });

  it.each(['Koffieochtend', '-5', '+31', '4.52', '-0,5', "'s Avonds", 'a=b', ''])('leaves %j as it is', (text) => {
    expect(guardFormula(text)).toBe(text);
  });

  it('reads back every text as it was', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("'", '=', '+', '-', '@', '\t', '\r', 'a', '1', ' ') }), (text) => {
        expect(withoutFormulaGuard(guardFormula(text))).toBe(text);
      }),
    );
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(withoutFormulaGuard(guardFormula(text))).toBe(text);
      }),
    );
  });
});

describe('csvTable', () => {
  it('quotes as RFC 4180 asks and guards every column but the verbatim ones', () => {
    expect(
      csvTable(
        ['naam', 'byday'],
        [
          ['=1+1', '-1FR'],
          ['a, "b"\nc', '1TU'],
        ],
        { verbatim: ['byday'] },
      ),
    ).toBe('naam,byday\r\n\'=1+1,-1FR\r\n"a, ""b""\nc",1TU\r\n');
  });
});
