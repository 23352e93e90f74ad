import { describe, expect, it } from 'vitest';
import { awaitsAnswer, nextProposalStatuses, proposalTransitionFor, resultStepAllowed } from './states.js';

describe('the steps of a proposal', () => {
  it('answers a proposal only after it was submitted or discussed, and asks for the answer', () => {
    expect(proposalTransitionFor('ingediend', 'beantwoord')?.needs).toBe('antwoord');
    expect(proposalTransitionFor('besproken', 'beantwoord')?.needs).toBe('antwoord');
    expect(proposalTransitionFor('verborgen', 'beantwoord')).toBeUndefined();
    expect(proposalTransitionFor('beantwoord', 'beantwoord')).toBeUndefined();
  });

  it('reopens an answered proposal only with a reason, and never hides an answered one', () => {
    expect(proposalTransitionFor('beantwoord', 'besproken')?.needs).toBe('reden');
    expect(nextProposalStatuses('beantwoord')).toEqual(['besproken']);
  });

  it('waits for an answer while submitted or discussed, not once answered or hidden', () => {
    expect(['ingediend', 'besproken', 'beantwoord', 'verborgen'].map((s) => awaitsAnswer(s as never))).toEqual([
      true,
      true,
      false,
      false,
    ]);
  });

  it('moves a result from planned to done only through under way', () => {
    expect(resultStepAllowed('gepland', 'klaar')).toBe(false);
    expect(resultStepAllowed('gepland', 'bezig')).toBe(true);
    expect(resultStepAllowed('bezig', 'klaar')).toBe(true);
  });
});
