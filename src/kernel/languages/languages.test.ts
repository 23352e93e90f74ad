// The one language table: names in both interface languages, Papiaments included, and a fallback for the rest.
import { describe, expect, it } from 'vitest';
import { knownLanguages, languageFromInput, languageName } from './index.js';

describe('languages', () => {
  it('names the languages the forms offer in Dutch and English', () => {
    for (const code of knownLanguages) {
      expect(languageName('nl', code)).not.toBe(code);
      expect(languageName('en', code)).not.toBe(code);
    }
    expect(languageName('nl', 'pap')).toBe('Papiaments');
    expect(languageName('en', 'tr')).toBe('Turkish');
  });

  it('falls back to the platform’s name, and to the code when nobody knows it', () => {
    expect(languageName('nl', 'sv')).toBe('Zweeds');
    expect(languageName('nl', 'qqq')).toBe('qqq');
  });
});

describe('a language as a person writes it', () => {
  it('is found by its Dutch or English name, in any case, and by its code', () => {
    expect(languageFromInput('Nederlands')).toBe('nl');
    expect(languageFromInput(' papiaments ')).toBe('pap');
    expect(languageFromInput('Papiamento')).toBe('pap');
    expect(languageFromInput('TAMAZIGHT')).toBe('zgh');
    expect(languageFromInput('Turkish')).toBe('tr');
    expect(languageFromInput('pap')).toBe('pap');
    expect(languageFromInput('AR')).toBe('ar');
    expect(languageFromInput('sv')).toBe('sv');
  });

  it('gives a three-letter code its two-letter one, and refuses what is no language', () => {
    expect(languageFromInput('tur')).toBe('tr');
    expect(languageFromInput('Klingon')).toBeUndefined();
    expect(languageFromInput('n1')).toBeUndefined();
    expect(languageFromInput('')).toBeUndefined();
  });
});
