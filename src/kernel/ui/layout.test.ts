// The language switch links to the same page in the other language, and never to another site.
import { describe, expect, it } from 'vitest';
import { languageSwitchHref } from './layout.js';

describe('the language switch', () => {
  it('keeps the page and its query, and switches the language', () => {
    expect(languageSwitchHref({ path: '/sociale-kaart?q=koffie', lang: 'nl' })).toBe('/sociale-kaart?q=koffie&taal=en');
    expect(languageSwitchHref({ path: '/hulp?taal=en', lang: 'en' })).toBe('/hulp?taal=nl');
  });

  it('stays on this site for a path that looks like another host', () => {
    for (const path of ['//evil.example/x', '//evil.example//x', '/\\evil.example/x', '///evil.example'])
      expect(languageSwitchHref({ path, lang: 'nl' })).toMatch(/^\/(?!\/)/);
  });
});
