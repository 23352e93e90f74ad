import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { needKeys } from '../../kernel/taxonomy/needs.js';
import { lexiconSize } from './lexicon.js';
import { buildCandidateIndex, triage, vogRule } from './engine.js';
import { ownSentences } from '../../../test/fixtures/own-sentences.js';
import type { ActivityCandidate, Candidate, Moment, VolunteerCandidate } from './types.js';

const here = { lat: 52.09, lon: 5.1 };
const near = (dLat: number) => ({ lat: 52.09 + dLat, lon: 5.1 });
const allWeek: Moment[] = (['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo'] as const).flatMap((day) =>
  (['ochtend', 'middag', 'avond'] as const).map((part) => ({ day, part })),
);

const activity = (id: string, needKeys: string[], extra: Partial<ActivityCandidate> = {}): ActivityCandidate => ({
  type: 'activiteit',
  id,
  soort: 'activiteit',
  name: id,
  description: '',
  needKeys,
  professional: false,
  point: near(0.002),
  schedule: { frequentie: 'wekelijks', dagen: ['di'], start: '10:00', eind: '12:00' },
  exceptions: [],
  targetGroup: 'iedereen',
  languages: ['nl'],
  wheelchairAccessible: true,
  isFree: true,
  current: true,
  ...extra,
});
const volunteer = (id: string, offers: string[], extra: Partial<VolunteerCandidate> = {}): VolunteerCandidate => ({
  type: 'vrijwilliger',
  id,
  firstName: id,
  point: near(0.003),
  offers,
  roles: [],
  availability: allWeek,
  radiusKm: 3,
  maxMatches: 2,
  activeMatches: 0,
  vogValid: true,
  languages: ['nl'],
  description: '',
  ...extra,
});

const neighbourhood: Candidate[] = [
  activity('koffie', ['ontmoeting'], { name: 'Koffieochtend', description: 'Elke week koffie en een praatje.' }),
  activity('taalcafe', ['taal', 'ontmoeting']),
  activity('huiswerkklas', ['huiswerk'], { targetGroup: 'kinderen groep 5 t/m 8' }),
  activity('schuldhulp', ['schulden', 'geldzaken'], {
    soort: 'dienst',
    professional: true,
    schedule: { frequentie: 'op_afspraak' },
  }),
  activity('veiligthuis', ['veiligheid'], {
    soort: 'dienst',
    professional: true,
    schedule: { frequentie: 'op_afspraak' },
  }),
  activity('ggz', ['psychisch', 'verslaving'], {
    soort: 'dienst',
    professional: true,
    schedule: { frequentie: 'op_afspraak' },
  }),
  activity('oud', ['ontmoeting'], { current: false }),
  activity('trap', ['ontmoeting', 'bewegen'], { wheelchairAccessible: false }),
  volunteer('oppas-vog', ['kinderopvang', 'huiswerk']),
  volunteer('oppas-zonder-vog', ['kinderopvang', 'huiswerk'], { vogValid: false }),
  volunteer('vol', ['boodschappen', 'kinderopvang'], { activeMatches: 2, maxMatches: 2 }),
  volunteer('boodschapper', ['boodschappen']),
  volunteer('klusser-zonder-vog', ['klussen', 'tuin'], { vogValid: false }),
  volunteer('turks', ['maatje', 'ontmoeting'], { languages: ['nl', 'tr'] }),
  volunteer('papiaments', ['maatje', 'ontmoeting'], { languages: ['nl', 'pap'] }),
  volunteer('maatje', ['maatje', 'ontmoeting']),
];
const index = buildCandidateIndex(neighbourhood);
const ask = (tekst: string) => triage({ id: 't', tekst, point: here }, index);

describe('routes', () => {
  it.each([
    ['Is er ergens een koffieochtend in de buurt?', 'collectief'],
    ['Wie kan er 1x per week boodschappen voor mij doen? Ik kom de deur niet meer uit.', 'informeel'],
    ['Mijn man slaat mij.', 'spoed'],
    ['Ik wil niet meer leven.', 'spoed'],
  ])('%s → %s', (tekst, route) => expect(ask(tekst).route).toBe(route));

  it('routes debts with a bailiff at the door to a professional, or to spoed when the model is in doubt', () => {
    // The spoed threshold is chosen for 98 % recall: a bailiff "coming" is doubt, and doubt means spoed.
    expect(['professioneel', 'spoed']).toContain(ask('Ik heb schulden en de deurwaarder komt.').route);
    expect(ask('Ik heb schulden bij het incassobureau en kom niet rond. Wie kijkt mee?').route).toBe('professioneel');
  });

  it('never routes a professional-only theme collectief or informeel', () => {
    for (const tekst of [
      'Mijn zoon gokt en drinkt te veel, kan iemand met hem koffie drinken?',
      'Ik ben zo somber, is er een koffieochtend?',
    ])
      expect(['professioneel', 'spoed']).toContain(ask(tekst).route);
  });

  it('explains the route in plain Dutch and names danger signals', () => {
    const a = ask('Hij slaat mij en ik durf niet naar huis.');
    expect(a.uitleg.join(' ')).toContain('0800-2000');
    expect(a.signalen.length).toBeGreaterThan(0);
  });

  it('explains the route in English too, line for line, also with the fixed rules alone', () => {
    for (const tekst of [
      'Hij slaat mij en ik durf niet naar huis.',
      'Is er ergens een koffieochtend in de buurt?',
      'Wie kan er 1x per week boodschappen voor mij doen? Ik kom de deur niet meer uit.',
      'Ik heb schulden bij het incassobureau en kom niet rond.',
    ]) {
      const rules = triage({ id: 't', tekst, point: here }, index, { model: false });
      expect(rules.uitlegEn.length, tekst).toBe(rules.uitleg.length);
      expect(rules.uitlegEn.at(-1)).toBe('This is a suggestion: a team member decides.');
      // English lines, not the Dutch ones copied: none of the Dutch openings remain.
      expect(rules.uitlegEn.join(' ')).not.toMatch(/\b(Spoed|Professioneel|Collectief|Informeel|Herkend):/);
    }
    const danger = triage({ id: 't', tekst: 'Hij slaat mij.', point: here }, index, { model: false });
    expect(danger.uitlegEn[0]).toMatch(/^Urgent: signs of acute danger \(violence or threat\)/);
  });
});

describe('hard rules', () => {
  it('suggests only volunteers with a VOG for childcare and homework', () => {
    const a = ask('Wie kan op woensdagmiddag op mijn zoontje van 6 passen? Een oppas zou fijn zijn.');
    expect(a.behoeften).toContain('kinderopvang');
    const ids = a.suggesties.map((s) => s.id);
    expect(ids).toContain('oppas-vog');
    expect(ids).not.toContain('oppas-zonder-vog');
  });
  it('asks a VOG when a young child is named, whatever need was read', () => {
    // "someone to look after my son (4)" read as language help must still ask a VOG of one helper.
    expect(vogRule(['taal'], 'informeel', false, [4]).required).toBe(true);
    expect(vogRule(['taal'], 'collectief', false, [4]).required).toBe(false);
    expect(vogRule(['administratie'], 'informeel', false, [45]).required).toBe(false);
  });
  it('asks a VOG for one-to-one help inside the home of a vulnerable adult', () => {
    const a = ask('Mijn moeder (88) met dementie heeft een lamp die kapot is, wie kan langskomen?');
    expect(a.suggesties.map((s) => s.id)).not.toContain('klusser-zonder-vog');
  });
  it('never suggests a volunteer at capacity, or an activity that is not current', () => {
    const ids = ask('Wie kan boodschappen voor mij doen? Ik ben eenzaam.').suggesties.map((s) => s.id);
    expect(ids).not.toContain('vol');
    expect(ids).not.toContain('oud');
  });
  it('suggests no volunteer at all when there is danger', () => {
    const a = ask('Mijn vriend slaat mij, ik ben eenzaam en zoek een maatje.');
    expect(a.route).toBe('spoed');
    expect(a.suggesties.every((s) => s.soort !== 'vrijwilliger')).toBe(true);
    expect(a.suggesties[0]?.id).toBe('veiligthuis');
  });
  it('puts a professional service first for a professional theme', () => {
    expect(ask('Ik heb een aanmaning van het incassobureau en kan de huur niet betalen.').suggesties[0]?.id).toBe(
      'schuldhulp',
    );
  });
  it('prefers a volunteer who speaks the language asked for', () => {
    const a = ask('Mijn moeder spreekt alleen Turks en zit de hele dag alleen. Is er iemand die op bezoek wil komen?');
    expect(a.suggesties[0]?.id).toBe('turks');
    expect(a.suggesties[0]?.redenen).toContain('spreekt Turks');
  });
  it('compares three-letter codes as well: Papiaments (pap)', () => {
    const a = ask('Mijn vader spreekt alleen Papiaments en is veel alleen. Is er iemand die op bezoek wil komen?');
    expect(a.suggesties[0]?.id).toBe('papiaments');
    expect(a.suggesties[0]?.redenen).toContain('spreekt Papiaments');
    expect(a.suggesties[0]?.redenenEn).toContain('speaks Papiamento');
  });
  it('moves activities without access down for someone with a rollator', () => {
    const ids = ask('Ik loop met de rollator en zoek gezelligheid, is er een koffieochtend?').suggesties.map(
      (s) => s.id,
    );
    expect(ids.indexOf('koffie')).toBeLessThan(ids.indexOf('trap') === -1 ? 99 : ids.indexOf('trap'));
  });
  it('gives reasons for every suggestion, and scores in [0, 1] best first', () => {
    for (const tekst of ['koffieochtend', 'boodschappen', 'huiswerk voor mijn zoon in groep 6', 'schulden'])
      for (const [i, s] of ask(tekst).suggesties.entries()) {
        expect(s.redenen.length).toBeGreaterThan(0);
        expect(s.score).toBeGreaterThanOrEqual(0);
        expect(s.score).toBeLessThanOrEqual(1);
        if (i > 0) expect(s.score).toBeLessThanOrEqual(ask(tekst).suggesties[i - 1]!.score);
      }
  });
  it('is deterministic and takes the array as well as the index', () => {
    const r = { id: 'x', tekst: 'Ik zoek een maatje om mee te wandelen', point: here };
    expect(triage(r, neighbourhood)).toEqual(triage(r, index));
  });
});

describe('properties', () => {
  const words = fc.constantFrom(
    'boodschappen',
    'koffie',
    'tuin',
    'huiswerk',
    'eenzaam',
    'oppas',
    'schulden',
    'computer',
    'ik',
    'wil',
    'graag',
    'hulp',
    'woensdag',
    'niet',
    'geen',
    'iemand',
  );
  const text = fc.array(words, { minLength: 0, maxLength: 25 }).map((w) => w.join(' '));
  const dangerSentence = fc.constantFrom(
    'Ik wil niet meer leven.',
    'Mijn man slaat mij.',
    'Mijn buurman heeft pijn op de borst.',
    'Het kind is alleen thuis gelaten en heeft honger.',
  );

  it('adding a danger sentence to any request makes the route spoed', () => {
    fc.assert(
      fc.property(
        text,
        dangerSentence,
        fc.boolean(),
        (t, d, before) => ask(before ? `${d} ${t}` : `${t}. ${d}`).route === 'spoed',
      ),
    );
  });
  it('a volunteer at capacity is never suggested, every suggestion has a reason', () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 1, max: 4 }), (t, max) => {
        const full = volunteer('full', [...needKeys], { maxMatches: max, activeMatches: max });
        const a = triage({ id: 'p', tekst: t, point: here }, [...neighbourhood, full]);
        return a.suggesties.every((s) => s.id !== 'full' && s.redenen.length > 0 && s.score >= 0 && s.score <= 1);
      }),
    );
  });
  it('childcare or homework never brings a volunteer without a VOG', () => {
    fc.assert(
      fc.property(text, fc.constantFrom('oppas', 'huiswerk', 'kinderopvang', 'bijles'), (t, w) => {
        const a = ask(`${t} ${w}`);
        if (!a.behoeften.some((k) => k === 'kinderopvang' || k === 'huiswerk')) return true;
        return !a.suggesties.some((s) => s.id === 'oppas-zonder-vog' || s.id === 'klusser-zonder-vog');
      }),
    );
  });
});

describe('own sentences: another neighbourhood, other writers', () => {
  it.each(ownSentences.map((c) => [c.tekst, c.route, c.needs] as const))('%s', (tekst, route, needs) => {
    // Another neighbourhood: the text alone decides, not what exists in the test neighbourhood.
    const a = triage({ id: 'own', tekst }, []);
    expect(a.route).toBe(route);
    for (const k of needs) expect(a.behoeften).toContain(k);
  });
  it('has at least 40 sentences', () => expect(ownSentences.length).toBeGreaterThanOrEqual(40));
});

describe('lexicon', () => {
  it('covers every need key richly', () => {
    for (const k of needKeys) expect(lexiconSize[k]).toBeGreaterThanOrEqual(15);
  });
});

describe('mobility', () => {
  const moving = buildCandidateIndex([
    activity('wandelgroep', ['bewegen', 'ontmoeting'], {
      name: 'Wandelgroep Rondje Park',
      description: 'Een uur rustig wandelen, rollator geen probleem.',
    }),
    activity('stoelyoga', ['bewegen'], { name: 'Stoelyoga', description: 'Yoga op een stoel, op je eigen tempo.' }),
  ]);

  it('puts a walking group below seated exercise for someone who cannot walk or stand long', () => {
    const answer = triage(
      {
        id: 'm',
        tekst: 'Mijn vader wil graag bewegen, maar dan zittend: lang staan of lopen houdt hij niet vol.',
        point: here,
      },
      moving,
    );
    const ids = answer.suggesties.map((s) => s.id);
    expect(ids).toContain('stoelyoga');
    expect(ids.indexOf('stoelyoga')).toBeLessThan(
      ids.indexOf('wandelgroep') === -1 ? Infinity : ids.indexOf('wandelgroep'),
    );
    const walking = answer.suggesties.find((s) => s.id === 'wandelgroep');
    if (walking) expect(walking.redenen).toContain('is vooral lopen, en lang lopen of staan lukt de vrager niet');
  });

  it('keeps a walking group for someone who likes to walk', () => {
    const answer = triage(
      { id: 'w', tekst: 'Ik wandel graag en zoek mensen om samen mee te wandelen.', point: here },
      moving,
    );
    expect(answer.suggesties[0]?.id).toBe('wandelgroep');
  });
});
