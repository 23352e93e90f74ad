// Which suggestions the asker may choose on their status page: activities only, the best three, never on spoed.
import { describe, expect, it } from 'vitest';
import type { Suggestion, TriageAnswer } from '../triage/index.js';
import { activityIdeas } from './suggestions.js';

const s = (id: string, soort: string): Suggestion => ({ id, soort, score: 0.5, redenen: [] });
const triage = (suggesties: Suggestion[]): TriageAnswer => ({
  id: 'HV-TEST1',
  route: 'collectief',
  behoeften: ['ontmoeting'],
  suggesties,
  uitleg: [],
  uitlegEn: [],
  signalen: [],
  model: 'test',
});

describe('activityIdeas', () => {
  it('takes the first three of the neighbourhood’s offer, in triage’s order, and skips volunteers', () => {
    const answer = triage([
      s('v1', 'vrijwilliger'),
      s('a1', 'activiteit'),
      s('a2', 'voorziening'),
      s('v2', 'vrijwilliger'),
      s('a3', 'initiatief'),
      s('a4', 'dienst'),
    ]);
    expect(activityIdeas({ route: 'collectief', triage: answer })).toEqual(['a1', 'a2', 'a3']);
  });

  it('offers a service too, and fewer than three when there are fewer', () => {
    expect(activityIdeas({ route: 'informeel', triage: triage([s('d1', 'dienst'), s('v1', 'vrijwilliger')]) })).toEqual(
      ['d1'],
    );
  });

  it('offers nothing on spoed, whatever triage suggested: the team and the emergency numbers come first', () => {
    expect(activityIdeas({ route: 'spoed', triage: triage([s('a1', 'activiteit')]) })).toEqual([]);
  });
});
