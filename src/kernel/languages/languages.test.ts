// The one language table: names in both interface languages, Papiaments included, and a fallback for the rest.
import { describe, expect, it } from 'vitest';
import { knownLanguages, languageName } from './index.js';

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
