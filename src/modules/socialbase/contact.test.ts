// An organiser's website becomes a link only when it is a web address.
import { describe, expect, it } from 'vitest';
import { hasContact, websiteHref } from './contact.js';

describe('websiteHref', () => {
  it.each([
    ['https://www.deeik.example/', 'https://www.deeik.example/'],
    ['http://deeik.example', 'http://deeik.example'],
    ['www.deeik.example', 'https://www.deeik.example'],
    ['deeik.example/koffie', 'https://deeik.example/koffie'],
    ['  www.deeik.example  ', 'https://www.deeik.example'],
  ])('links %s as %s', (typed, href) => expect(websiteHref(typed)).toBe(href));

  it.each(['javascript:alert(1)', 'mailto:a@b.example', 'de eik', 'deeik', 'https://deeik.example/"onclick="x'])(
    'makes no link of %s',
    (typed) => expect(websiteHref(typed)).toBeUndefined(),
  );
});

describe('hasContact', () => {
  it('is true when any one way is known', () => {
    expect(hasContact({ phone: null, email: null, website: null })).toBe(false);
    expect(hasContact({ phone: null, email: null, website: 'www.deeik.example' })).toBe(true);
  });
});
