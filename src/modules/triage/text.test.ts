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

describe('a matcher given a function', () => {
  it('compiles its patterns at the first use, once, and then matches as one given the patterns', () => {
    let compiled = 0;
    const lazy = new Matcher(() => {
      compiled++;
      return [{ pattern: compilePattern('boodschap*'), payload: 'b' }];
    });
    expect(compiled).toBe(0);
    const words = tokenise('wie doet mijn boodschappen').words;
    expect(lazy.findAll(words).map((m) => m.entry.payload)).toEqual(['b']);
    expect(lazy.size).toBe(1);
    expect(lazy.findAll(words)).toHaveLength(1);
    expect(compiled).toBe(1);
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
    'Ik wil niet meer. Ik heb de pillen klaarliggen.',
    'Mijn zoon (17) heeft gezegd dat hij zich van kant wil maken',
    'ik kan niet meer verder zo. morgen ben ik er niet meer',
    'Niemand zal me missen als ik weg ben',
    'ik ben een last voor iedereen, het is beter als ik verdwijn',
    'Het hoeft niet meer voor mij, ik heb genoeg geleefd',
    'Sinds mijn vrouw overleden is wil ik haar achterna',
    'Ik snap niet waarom ik nog leef',
    'ik heb mijn polsen opengesneden',
    'Help mijn vader dreigt zichzelf op te hangen',
    'onze zoon heeft een bericht gestuurd dat het hem spijt en dat hij van ons houdt, nu neemt hij niet op',
    'Mijn vriendin slikt de hele dag pillen en zegt dat ze er klaar mee is',
    'ik trek het niet meer, ik ga vannacht naar de brug',
    'ik denk erover om al mijn pillen in te nemen',
    'ik wil niet leven meer, alles is kapot',
    'Een meisje uit de klas van mijn dochter vertelt dat haar vader haar slaat',
    'ze heeft gezegd dat haar vriend haar in elkaar heeft getrapt',
    'ik word elke dag door mijn schoonmoeder geslagen en mijn man doet niks',
    'Mijn schoonfamilie sluit mij op en ik mag niemand bellen',
    'mijn man heeft mijn arm gebroken, ik heb gezegd dat ik gevallen ben',
    'Ik ben zo bang, mijn man heeft gezegd dat hij me vanavond gaat afmaken',
    'mijn ex heeft gedreigd het huis in brand te steken met ons erin',
    'mijn man heeft een mes gepakt en ik zit met de kinderen in de badkamer',
    'Mijn vriend dwingt me tot seks als ik niet wil.',
    'Mijn nichtje (12) wordt thuis uitgehuwelijkt',
    'Als hij dronken is slaat hij toe',
    'ik heb informatie nodig, mijn man mishandelt mij',
    'Mijn hart breekt, hij slaat de kinderen',
    'Hij slaat mij als ik over geld begin',
    'Benim kocam beni dövüyor',
    'de moeder laat de kinderen alleen thuis',
    'het kind zit alleen thuis al twee dagen',
    'mijn broertje (10) zegt dat mama hem opsluit in de wc als hij stout is',
    'het jongetje van de overkant heeft sigarettenbrandjes op zijn handen',
    'de baby van de bovenburen huilt dag en nacht en ik zie de moeder hem hard door elkaar schudden',
    'buurvrouw is 89 en haar neef heeft al haar spaargeld opgenomen, nu durft ze niks te zeggen',
    'Mevrouw (92) zit al twee dagen in dezelfde stoel en wil niet eten of drinken',
    'Wat nu? Ze ligt op de grond',
    'Mijn moeder kan ineens haar rechterarm niet meer gebruiken en praat met dubbele tong',
    'opa is op de wc flauwgevallen en hij wordt niet wakker',
    'Mijn zoontje heeft bleekmiddel gedronken',
    'Mijn dochter van 2 is van de trap gevallen en is heel slaperig en moet overgeven',
    'er ligt een man in het park die niet meer beweegt',
    'Opa is met de hond gaan wandelen en is nu zoek',
    'we zijn onze autistische zoon (12) kwijtgeraakt in het winkelcentrum',
    'vader is met zijn scootmobiel weggereden en is al 5 uur weg, hij heeft dementie',
    'mijn broer met een verstandelijke beperking is sinds gisteren spoorloos',
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
    'mijn man is vorig jaar overleden en ik ben eenzaam',
    'Mijn man is dood. Sinds hij dood is ben ik eenzaam.',
    'de kinderen slaan de deur dicht en luisteren niet',
    'Als ik er iets van zeg wordt hij boos en slaat hij de deur dicht.',
    'mijn zoon slaat zijn ontbijt over en is moe op school',
    'Mijn hond is dood en nu kom ik nooit meer buiten',
    'ik schrik me dood van die rekeningen',
    'Ik ben leerkracht en wil een training over het herkennen van kindermishandeling',
    'Ik wil leren reanimeren, voor als iemand een hartaanval krijgt',
    'mijn vader is na zijn hartaanval niet meer de oude, hij durft niet meer te fietsen',
    'Mijn moeder vergeet haar pillen, wie kan haar helpen?',
    'Mijn man heeft 20 tabletten per week nodig, kan de apotheek die bezorgen?',
    'onze kat is al twee dagen zoek, wie heeft hem gezien?',
    'Mijn moeder (84) heeft alzheimer en weet soms niet waar ze is, dan wordt ze onrustig',
    'er komt rook uit de schoorsteen van de buren, mag dat zomaar?',
    'de gemeente spreekt met dubbele tong over de huurtoeslag',
    'ik spring even binnen bij de inloop',
    'Mijn man kan alleen sla en een eitje maken, is er een kookcursus?',
    'de kinderen van boven springen de hele dag op het balkon',
    'mijn zoontje heeft een blauw oog opgelopen met voetbal',
    'Wie kan mij leren hoe ik 112 moet bellen met mijn nieuwe telefoon?',
    'ik kom niet goed overeind uit mijn stoel en zoek stoelyoga',
    'er ligt veel rommel op de grond en ik kan niet bukken',
    'ik ben het leven in deze flat beu, ik wil verhuizen',
    'Ik kan niet meer lopen zonder rollator, wie doet boodschappen?',
    'ik wil niet meer naar die koffieochtend, daar is het te druk',
    'Mijn man slaat elke week een potje biljart, is er een club?',
    'Ik ben gevallen met de fiets en heb veel pijn in mijn knie',
    'ik zie het niet zitten om alleen naar de taalles te gaan',
    'ik ben mijn man kwijtgeraakt aan kanker en ben nu heel eenzaam',
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
    const m = analyse("Overdag werk ik, maar 's avonds kan ik.").moments;
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
