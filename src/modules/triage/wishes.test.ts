// A wish about the helper ("een vrouw die Turks spreekt"): what a volunteer declares comes first, then their own
// description, then only a hint from the first name; a volunteer known to be otherwise is never proposed.
import { describe, expect, it } from 'vitest';
import { analyse } from './analyse.js';
import { volunteerGender } from './candidate-index.js';
import { genderOfFirstName } from './lexicon.js';
import { buildCandidateIndex, triage } from './engine.js';
import type { Moment, VolunteerCandidate } from './types.js';

const allWeek: Moment[] = (['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo'] as const).flatMap((day) =>
  (['ochtend', 'middag', 'avond'] as const).map((part) => ({ day, part })),
);
const volunteer = (id: string, firstName: string, extra: Partial<VolunteerCandidate> = {}): VolunteerCandidate => ({
  type: 'vrijwilliger',
  id,
  firstName,
  point: { lat: 52.091, lon: 5.1 },
  offers: ['maatje'],
  roles: ['maatje'],
  availability: allWeek,
  radiusKm: 3,
  maxMatches: 2,
  activeMatches: 0,
  vogValid: true,
  languages: ['nl'],
  description: '',
  ...extra,
});

describe('reading a wish about the helper', () => {
  it.each([
    ['Mijn moeder wil graag dat er een vrouw komt voor een kop thee.', 'v'],
    ['Graag een vrouwelijke vrijwilliger, ik voel me niet op mijn gemak bij mannen.', 'v'],
    ['Ze wil liever geen man over de vloer.', 'v'],
    ['Mijn vader zou het fijn vinden als een man hem helpt met douchen en aankleden, liever een man.', 'm'],
    ['Zoekt een mannelijke buddy om mee te gaan sporten.', 'm'],
  ])('%s → %s', (tekst, gender) => expect(analyse(tekst).helperGender).toBe(gender));

  it.each([
    'Ik ben een vrouw die graag wil leren fietsen.',
    'Het maakt niet uit of het een man of een vrouw is.',
    'Mijn man die ziek is kan niet meer lopen.',
    'Sinds mijn vrouw is overleden zit ik veel alleen.',
    'Ik zoek iemand die een kastje kan ophangen.',
  ])('no wish in: %s', (tekst) => expect(analyse(tekst).helperGender).toBeUndefined());
});

describe('what is known of a volunteer', () => {
  it('takes what they declared over their description and their name', () => {
    expect(volunteerGender(volunteer('a', 'Jan', { gender: 'v' }))).toEqual({ value: 'v', source: 'zelf' });
    expect(volunteerGender(volunteer('b', 'Jan', { gender: 'x' }))).toEqual({ value: 'x', source: 'zelf' });
    expect(volunteerGender(volunteer('c', 'Kim', { description: 'Moeder van twee, ik werk parttime.' }))).toEqual({
      value: 'v',
      source: 'omschrijving',
    });
    expect(volunteerGender(volunteer('d', 'Yusuf'))).toEqual({ value: 'm', source: 'voornaam' });
    expect(volunteerGender(volunteer('e', 'Robin'))).toBeUndefined();
  });

  it('reads first names without accents and with Turkish and Polish letters', () => {
    expect(genderOfFirstName('Ayşe')).toBe('v');
    expect(genderOfFirstName('ayse')).toBe('v');
    expect(genderOfFirstName('Łukasz')).toBe('m');
    expect(genderOfFirstName('Sam')).toBeUndefined();
  });
});

describe('triage with a wish for a woman', () => {
  const index = buildCandidateIndex([
    volunteer('zelf-vrouw', 'Kim', { gender: 'v' }),
    volunteer('zelf-man', 'Anna', { gender: 'm' }),
    volunteer('naam-vrouw', 'Fatima'),
    volunteer('naam-man', 'Yusuf'),
    volunteer('omschrijving-man', 'Robin', { description: 'Weduwnaar, ik drink graag koffie met iemand.' }),
    volunteer('onbekend', 'Sam'),
    volunteer('anders', 'Alex', { gender: 'x' }),
  ]);
  const answer = triage(
    {
      id: 't',
      tekst: 'Mijn moeder is eenzaam. Ze wil graag dat er een vrouw komt om mee te praten, 1x per week bij haar thuis.',
      point: { lat: 52.09, lon: 5.1 },
    },
    index,
  );
  const ids = answer.suggesties.map((s) => s.id);
  const reasons = (id: string) => answer.suggesties.find((s) => s.id === id)?.redenen ?? [];

  it('never proposes someone known or named as a man', () => {
    expect(ids).not.toContain('zelf-man');
    expect(ids).not.toContain('naam-man');
    expect(ids).not.toContain('omschrijving-man');
  });

  it('puts a declared woman first, then a name hint, then the unknown, each with its reason', () => {
    expect(ids[0]).toBe('zelf-vrouw');
    expect(reasons('zelf-vrouw')).toContain('is een vrouw, zoals de vrager wil');
    expect(ids.indexOf('naam-vrouw')).toBeLessThan(ids.indexOf('onbekend'));
    expect(reasons('naam-vrouw')).toContain('is volgens de voornaam een vrouw, zoals de vrager wil (vraag het na)');
    expect(reasons('onbekend')).toContain('niet bekend of Sam een vrouw is; de vrager wil een vrouw (vraag het na)');
  });

  it('does not guess past someone who chose "anders / zeg ik liever niet"', () => {
    expect(ids).toContain('anders');
    expect(reasons('anders')).toContain('niet bekend of Alex een vrouw is; de vrager wil een vrouw (vraag het na)');
  });

  it('changes nothing without a wish', () => {
    const plain = triage(
      {
        id: 'p',
        tekst: 'Mijn moeder is eenzaam en zou graag iemand hebben om mee te praten, 1x per week bij haar thuis.',
        point: { lat: 52.09, lon: 5.1 },
      },
      index,
    );
    expect(plain.suggesties.map((s) => s.id)).toContain('naam-man');
    expect(plain.suggesties.flatMap((s) => s.redenen).join(' ')).not.toMatch(/vrouw|man,/);
  });
});

describe('limits in a description', () => {
  it('are what the helper will not do, not what the one who is helped does not understand', async () => {
    const { limitsOf } = await import('./candidate-index.js');
    expect(limitsOf('Ik help met DigiD en brieven die je niet snapt.').size).toBe(0);
    expect(limitsOf('Ik help graag, als u het niet alleen kunt.').size).toBe(0);
    expect([...limitsOf('Ik klus graag, maar niet op hoogte.').values()]).toContain(
      'Ik klus graag, maar niet op hoogte.',
    );
  });
});
