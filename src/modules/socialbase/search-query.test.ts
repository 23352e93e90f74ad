// Reading the search box.
import { describe, expect, it } from 'vitest';
import { parseSearchText, wordVariants } from './search-query.js';

describe('parseSearchText', () => {
  it.each([
    ['koffie dinsdag', { words: ['koffie'], days: ['di'], dayParts: [] }],
    ['koffie op dinsdagochtend', { words: ['koffie'], days: ['di'], dayParts: ['ochtend'] }],
    ['iets gezelligs op zaterdagmiddag', { words: ['gezelligs'], days: ['za'], dayParts: ['middag'] }],
    ["'s avonds samen eten", { words: ['samen', 'eten'], days: [], dayParts: ['avond'] }],
    ['donderdags wandelen', { words: ['wandelen'], days: ['do'], dayParts: [] }],
    ['Ik zoek iets in de buurt', { words: [], days: [], dayParts: [] }],
  ])('%s', (input, expected) => {
    expect(parseSearchText(input)).toMatchObject(expected);
  });

  it('turns wishes into filters', () => {
    expect(parseSearchText('gratis taalcafé rolstoeltoegankelijk')).toEqual({
      words: ['taalcafé'],
      days: [],
      dayParts: [],
      free: true,
      wheelchair: true,
    });
  });
});

describe('wordVariants', () => {
  it('finds the singular prefix of a Dutch plural', () => {
    expect(wordVariants('boodschappen')).toContain('boodschap');
    expect(wordVariants('klussen')).toContain('klus');
    expect(wordVariants('koffie')).toContain('koffie');
  });
});
