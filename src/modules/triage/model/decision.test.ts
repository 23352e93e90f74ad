// The learned model inside the rules: danger is a safety net, a professional-only theme is never collective or
// informal alone, and every route comes with reasons in Dutch and in English.
import { describe, expect, it } from 'vitest';
import { conceptsIn } from './concepts.js';
import { decideWithModel } from './decision.js';
import { raisesSpoed, readText } from './model.js';
import { baseModel } from './store.js';

const model = baseModel()!;
const decideText = (text: string) => decideWithModel(model, readText(text));

describe('the safety net', () => {
  it('raises spoed when the model reaches its threshold, or when the danger words fire', () => {
    expect(raisesSpoed(0.2, false, 0.2)).toBe(true);
    expect(raisesSpoed(0.19, false, 0.2)).toBe(false);
    expect(raisesSpoed(0.01, true, 0.2)).toBe(true);
  });

  it('finds danger told without the obvious words', () => {
    for (const text of [
      'Kan iemand mijn kat nemen? Ik heb al mijn spullen weggegeven en ik heb hem straks niet meer nodig.',
      'De buurvrouw doet al drie dagen niet open, de krant ligt nog op de mat en haar gordijnen zijn dicht.',
      'Mijn vader praat ineens heel raar en zijn mond hangt scheef. Hij wil niet dat ik iemand bel.',
    ])
      expect(decideText(text).route).toBe('spoed');
  });

  it('does not raise spoed on danger words used harmlessly', () => {
    for (const text of [
      'Ik ga dood van verveling sinds mijn pensioen. Is er een klaverjasclub in de buurt?',
      'Mijn rookmelder piept, de batterij is op. Wie kan hem vervangen? Ik kom niet meer op een trap.',
    ])
      expect(decideText(text).route).not.toBe('spoed');
  });
});

describe('the rules of TAXONOMY.md hold', () => {
  it('never sends a professional-only theme to collective or informal help alone', () => {
    const d = decideText('Ik heb schulden bij drie incassobureaus. Is er een koffieochtend waar ik mensen zie?');
    expect(['professioneel', 'spoed']).toContain(d.route);
  });
});

describe('reasons', () => {
  it('says why in Dutch and in English, line for line, and names the model version', () => {
    const d = decideText('Ik zoek iemand die mij helpt met mijn belastingaangifte, ik snap de brieven niet.');
    expect(d.uitleg.length).toBe(d.uitlegEn.length);
    expect(d.uitleg.join(' ')).toMatch(/wijst op/);
    expect(d.uitlegEn.join(' ')).toMatch(/points to/);
    expect(d.uitleg.at(-1)).toBe('Dit is een voorstel: een teamlid beslist.');
    expect(d.model).toBe(model.version);
  });

  it('shows each danger signal once', () => {
    const d = decideText('Hij slaat mij. Hij slaat mij weer, nu, en ik durf niet naar huis.');
    expect(new Set(d.signalen).size).toBe(d.signalen.length);
  });
});

describe('danger concepts', () => {
  it('sees a hazard, now, a vulnerable person and nobody helping as concepts', () => {
    expect([...conceptsIn(['mijn', 'baby', 'ademt', 'raar', 'nu'])].sort()).toEqual(['kwetsbaar', 'lichaam', 'nu']);
    expect(conceptsIn(['niemand', 'doet', 'niet', 'open']).has('niemand')).toBe(true);
  });
});
