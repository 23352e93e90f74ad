// Cleaning typed values at the edge: what nobody types on purpose is left out, what people write is kept.
import { describe, expect, it } from 'vitest';
import { cleanInput, cleanValues } from './input.js';

describe('cleanInput', () => {
  it.each([
    ['NUL', 'Jan\u0000Jansen', 'JanJansen'],
    ['C0 controls', 'Piet\u0001\u0007\u001b[31m', 'Piet[31m'],
    ['DEL and C1 controls', 'Klaas\u007f\u0085\u009f', 'Klaas'],
    ['byte order mark', '\ufeffMila', 'Mila'],
    ['noncharacters', 'Bram\ufffe\uffff', 'Bram'],
    ['right-to-left override', 'Fatima \u202egnp.exe', 'Fatima gnp.exe'],
    ['bidirectional isolates', '\u2067Noor\u2069', 'Noor'],
    ['lone surrogates', 'Mia\ud800 \udc00Sevda', 'Mia\ufffd \ufffdSevda'],
  ])('leaves out %s', (_, typed, kept) => expect(cleanInput(typed)).toBe(kept));

  it.each([
    ['tab, line feed and carriage return', 'regel 1\r\n\tregel 2'],
    ['Dutch names', "'t Hoogt van d'Ĳssel, Ĳsbrand Dĳkstra, O'Brien"],
    ['Arabic with right-to-left marks', '\u200fمرحبا\u200e 12'],
    ['emoji with joiners and skin tones', '👩🏽‍🦱 👨‍👩‍👧‍👦 🤝🏿 ❤️'],
    ['combining characters', 'Zoe\u0308 Ze\u0301lie'],
    ['markup and SQL as text', "<script>alert(1)</script> '; DROP TABLE users; --"],
  ])('keeps %s', (_, typed) => expect(cleanInput(typed)).toBe(typed));

  it('cleans every string of a parsed body, leaving other values as they are', () => {
    const body = Object.assign(Object.create(null) as object, {
      naam: 'A\u0001',
      lijst: ['b\u202e', 3],
      buf: Buffer.from('x'),
    });
    expect(cleanValues(body)).toEqual({ naam: 'A', lijst: ['b', 3], buf: Buffer.from('x') });
  });
});
