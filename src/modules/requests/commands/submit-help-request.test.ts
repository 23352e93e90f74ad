// The asker's own "there is danger now" makes the stored triage spoed, with their answer as the first reason.
import { describe, expect, it } from 'vitest';
import type { TriageAnswer } from '../../triage/index.js';
import { ASKER_SAYS_DANGER, withAskersDanger } from './submit-help-request.js';

const calm: TriageAnswer = {
  id: 'HV-TEST1',
  route: 'informeel',
  behoeften: ['boodschappen'],
  suggesties: [
    { id: 'v1', soort: 'vrijwilliger', score: 0.8, redenen: ['woont dichtbij'] },
    { id: 'a1', soort: 'dienst', score: 0.6, redenen: ['boodschappendienst'] },
  ],
  uitleg: ['Route informeel: een buur kan helpen.'],
  uitlegEn: ['Route informal: a neighbour can help.'],
  signalen: [],
  model: 'test',
};

describe('withAskersDanger', () => {
  it('makes the route spoed and puts the asker’s answer first, keeping triage’s own reasons', () => {
    const urgent = withAskersDanger(calm);
    expect(urgent.route).toBe('spoed');
    expect(urgent.uitleg).toEqual([ASKER_SAYS_DANGER, 'Route informeel: een buur kan helpen.']);
    expect(urgent.signalen).toEqual(['"ja" op "Is er nu gevaar?"']);
    expect(urgent.behoeften).toEqual(['boodschappen']);
    // The English explanation stays line for line with the Dutch one.
    expect(urgent.uitlegEn).toEqual([
      'The asker said there is danger right now.',
      'Route informal: a neighbour can help.',
    ]);
    expect(withAskersDanger({ ...calm, uitlegEn: [] }).uitlegEn).toEqual([]);
  });

  it('drops volunteers from the suggestions: a spoed request never goes to a volunteer', () => {
    expect(withAskersDanger(calm).suggesties.map((s) => s.id)).toEqual(['a1']);
  });

  it('adds the answer to a story that was spoed already', () => {
    const spoed = withAskersDanger({ ...calm, route: 'spoed', signalen: ['zelfmoord'] });
    expect(spoed.route).toBe('spoed');
    expect(spoed.signalen).toEqual(['"ja" op "Is er nu gevaar?"', 'zelfmoord']);
  });
});
