import { describe, expect, it } from 'vitest';
import { analyse, findAges } from './analyse.js';
import { Matcher, compilePattern, editDistance, inflections, normalise, tokenise } from './text.js';

const matches = (term: string, text: string) =>
  new Matcher([{ pattern: compilePattern(term), payload: term }]).findAll(tokenise(text).words).length > 0;
const needs = (text: string) => analyse(text).needs.map((f) => f.group);
const danger = (text: string) => analyse(text).danger.acute;

describe('normalise and tokenise', () => {
  it.each([
    ['Café Één', 'cafe een'],
    ["'s avonds", 'savonds'],
    ['m’n moeder', 'myn moeder'],
    ['e-mail', 'email'],
    ['om 13.00 uur', 'om 13h00 uur'],
  ])('%s → %s', (input, output) => expect(normalise(input)).toBe(output));

  it('splits clauses at punctuation and boundary words', () => {
    const t = tokenise('geen schulden, maar wel eenzaam', new Set(['maar']));
    expect(t.clause[0]).not.toBe(t.clause[4]);
  });
});

describe('matching Dutch terms', () => {
  it.each([
    ['klus', 'een klusje in huis'],
    ['klus', 'kleine klussen'],
    ['lamp', 'het lampje is kapot'],
    ['boodschap*', 'boodschappen doen'],
    ['*boodschap*', 'de weekboodschappen'],
    ['*taxi', 'de wmo-taxi'],
    ['zie ... niet meer zitten', 'ik zie het echt niet meer zitten'],
    ['pijn op ? borst', 'pijn op zijn borst'],
    ['slaat me|mij', 'hij slaat mij'],
    ['eenzaam*', 'ik voel me eensaam'],
    ['deurwaarder', 'de deurwaardr komt'],
  ])('%s matches "%s"', (term, text) => expect(matches(term, text)).toBe(true));

  it.each([
    ['dood', 'ik ben doodmoe'],
    ['klus', 'kluis'],
    ['zie ... niet meer zitten', 'ik zie het, en het zit niet meer'],
    ['kat', 'kater'],
  ])('%s does not match "%s"', (term, text) => expect(matches(term, text)).toBe(false));

  it('inflects plural and diminutive', () => {
    expect(inflections('tas')).toEqual(['tas']);
    expect(inflections('klus')).toContain('klussen');
    expect(inflections('boom')).toContain('boompje');
  });

  it('counts edit distance with transpositions', () => {
    expect(editDistance('eenzaam', 'eenzama')).toBe(1);
    expect(editDistance('eenzaam', 'eenzaam')).toBe(0);
    expect(editDistance('abcdefg', 'gfedcba')).toBeGreaterThan(1);
  });
});

describe('negation', () => {
  it.each([
    ['Ik heb geen schulden, maar ik wil leren budgetteren.', 'schulden'],
    ['Ik ben niet eenzaam hoor, ik zoek iemand voor mijn tuin.', 'ontmoeting'],
    ['Boodschappen lukt nog wel, maar de tuin niet meer.', 'boodschappen'],
    ['Ik heb geen hulp nodig bij de boodschappen, wel met de computer.', 'boodschappen'],
    ['De thuiszorg komt elke ochtend, dat is goed geregeld. Maar mijn tuin is een oerwoud.', 'gezondheid'],
    ['Eenzaam ben ik niet, maar de heg moet geknipt.', 'ontmoeting'],
  ])('"%s" does not count %s', (text, key) => expect(needs(text)).not.toContain(key));

  it.each([
    ['Ik kan niet meer zelf boodschappen doen.', 'boodschappen'],
    ['Ik kan niet goed lezen en schrijven.', 'taal'],
    ['Ik heb geen contact meer met mijn familie en voel me alleen.', 'ontmoeting'],
    ['Ik heb geen auto meer en moet naar het ziekenhuis.', 'vervoer'],
    ['Ik heb geen oppas voor mijn dochter op woensdag.', 'kinderopvang'],
  ])('"%s" still counts %s (inability, not negation)', (text, key) => expect(needs(text)).toContain(key));
});

describe('danger', () => {
  it.each([
    'ik wil niet meer leven',
    'Ik zie het niet meer zitten.',
    'Eerlijk gezegd zie ik het niet meer zitten',
    'iedereen is beter af zonder mij',
    'ik heb pillen gespaard',
    'ik denk aan zelfmoord',
    'ik wil mezelf iets aandoen',
    'mijn man slaat mij',
    'Soms slaat hij, mijn armen zijn blauw',
    'hij heeft me bij mijn keel gepakt',
    'mijn stiefvader slaat mij en mijn broertje',
    'ze heeft blauwe plekken en durft niet naar huis',
    'het kind van de buren is vaak alleen thuis en heeft honger',
    'mijn buurman heeft pijn op de borst en is benauwd',
    'mijn moeder ligt op de grond en kan niet opstaan',
    'onze buurvrouw doet niet meer open en neemt de telefoon niet op',
    'mijn vader met dementie is weggelopen en we kunnen hem nergens vinden',
    'ze ligt in een natte luier en is erg vermagerd',
    'I want to kill myself',
    'my husband hits me',
  ])('spoed: %s', (text) => expect(danger(text)).toBe(true));

  it.each([
    'ik ben doodmoe na het werk',
    'we willen een slag slaan in de tuin',
    'dat slaat nergens op',
    'ik heb vorig jaar een hartinfarct gehad en wil nu meer bewegen',
    'sinds mijn vriendinnen er niet meer zijn ben ik vaak alleen',
    'mijn moeder zit overdag alleen thuis en verveelt zich',
    'ik wil een schilderij ophangen',
    'ik verveel me dood, is er een koffieochtend?',
    'ik ben niet suicidaal, wel somber',
    'ik zoek iemand die mijn sleutel kwijt is geraakt helpt zoeken',
  ])('no spoed: %s', (text) => expect(danger(text)).toBe(false));

  it('gives the words that triggered it', () => {
    expect(analyse('hij slaat mij elke avond').danger.signals.join(' ')).toContain('slaat');
  });

  it('puts long-past violence aside as professional, not spoed', () => {
    const a = analyse('Vroeger werd ik door mijn vader geslagen, daar wil ik over praten.');
    expect(a.danger.acute).toBe(false);
    expect(a.danger.past.length).toBeGreaterThan(0);
  });
});

describe('moments, languages, ages', () => {
  it('reads day parts and compounds', () => {
    const m = analyse('Op maandag- of woensdagmiddag, of in het weekend').moments.wanted;
    expect(m).toContainEqual({ day: 'wo', part: 'middag' });
    expect(m).toContainEqual({ day: 'ma', part: 'middag' });
    expect(m).toContainEqual({ day: 'za', part: 'ochtend' });
  });
  it('reads moments that do not fit', () => {
    const m = analyse('Overdag werk ik, maar \'s avonds kan ik.').moments;
    expect(m.unavailable).toContainEqual({ day: 'di', part: 'ochtend' });
    expect(m.wanted).toContainEqual({ day: 'di', part: 'avond' });
  });
  it('reads times', () => {
    expect(analyse('op woensdag om 13.00 uur').moments.wanted).toEqual([{ day: 'wo', part: 'middag' }]);
  });
  it('reads languages that are needed', () => {
    const l = analyse('Mijn moeder spreekt alleen Turks.').languages;
    expect(l.wanted).toEqual(['tr']);
    expect(l.strict).toBe(true);
    expect(analyse('Hi, I am looking for someone who can help me with my letters please').languages.english).toBe(true);
  });
  it.each([
    ['mevrouw de Wit 82 jaar', [82]],
    ['Mijn moeder (86) woont alleen', [86]],
    ['mijn dochter van 14 maanden', [0]],
    ['we waren 51 jaar getrouwd', []],
    ['hij zit in groep 8', [12]],
    ['zij zit in 3 havo', [14]],
  ])('ages in "%s"', (text, ages) => expect(findAges(text).sort()).toEqual([...ages].sort()));
});
