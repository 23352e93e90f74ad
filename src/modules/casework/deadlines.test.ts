// The terms of a case: working days skip the weekend, the plan counts weeks, overdue goes on top.
import { describe, expect, it } from 'vitest';
import { parseIso } from '../../kernel/time/index.js';
import { addWorkingDays, byUrgency, deadlineLabel, deadlinesOf, defaultTerms } from './deadlines.js';

describe('working days', () => {
  it.each([
    ['2027-03-01', 3, '2027-03-04'], // Monday → Thursday
    ['2027-03-05', 3, '2027-03-10'], // Friday → Wednesday, over the weekend
    ['2027-03-06', 1, '2027-03-08'], // a request on Saturday: Monday is the first working day
    ['2027-03-04', 5, '2027-03-11'], // a whole week
  ])('%s + %i working days = %s', (from, count, due) => {
    const d = addWorkingDays(parseIso(from), count);
    expect(`${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`).toBe(due);
  });
});

describe('the deadlines of a request', () => {
  // Friday 5 March 2027, noon in Amsterdam: first contact due Wednesday 10 March, plan due Friday 2 April.
  const since = new Date('2027-03-05T11:00:00Z');
  const at = (iso: string) => new Date(`${iso}T10:00:00Z`);
  const base = { since, firstContactAt: null, closed: false, terms: defaultTerms };

  it('is on time up to and including the due day, then late by the days since', () => {
    expect(deadlinesOf({ ...base, now: at('2027-03-10') }).firstContact).toMatchObject({
      state: 'op_tijd',
      daysLeft: 0,
    });
    expect(deadlinesOf({ ...base, now: at('2027-03-12') }).firstContact).toMatchObject({
      state: 'te_laat',
      daysLate: 2,
    });
    expect(deadlinesOf({ ...base, now: at('2027-04-02') }).plan.state).toBe('op_tijd');
    expect(deadlinesOf({ ...base, now: at('2027-04-03') }).plan).toMatchObject({ state: 'te_laat', daysLate: 1 });
  });

  it('is done once first contact is recorded, and both are done when the case is closed', () => {
    const now = at('2027-05-01');
    expect(deadlinesOf({ ...base, firstContactAt: at('2027-03-08'), now }).firstContact.state).toBe('klaar');
    const closed = deadlinesOf({ ...base, closed: true, now });
    expect([closed.firstContact.state, closed.plan.state]).toEqual(['klaar', 'klaar']);
  });

  it('stops the plan clock when the plan is set (vastgesteld), not first contact', () => {
    const now = at('2027-05-01');
    const set = deadlinesOf({ ...base, planSetAt: at('2027-03-20'), now });
    expect([set.firstContact.state, set.plan.state]).toEqual(['te_laat', 'klaar']);
    expect(deadlinesOf({ ...base, planSetAt: null, now }).plan.state).toBe('te_laat');
  });

  it('says it in words, never only by colour', () => {
    const late = deadlinesOf({ ...base, now: at('2027-03-12') }).firstContact;
    expect(deadlineLabel('nl', late)).toBe('te laat sinds 2 dagen');
    expect(deadlineLabel('nl', deadlinesOf({ ...base, now: at('2027-03-09') }).firstContact)).toMatch(
      /^uiterlijk .+ \(nog 1 dag\)$/,
    );
  });

  it('orders overdue on top, the longest overdue first, then what is due soonest', () => {
    const now = at('2027-03-20');
    const item = (name: string, sinceIso: string, firstContact: boolean) => ({
      name,
      deadlines: deadlinesOf({
        ...base,
        since: at(sinceIso),
        firstContactAt: firstContact ? at(sinceIso) : null,
        now,
      }),
    });
    const items = [
      item('nieuw', '2027-03-19', false),
      item('al gebeld', '2027-03-01', true),
      item('lang te laat', '2027-03-01', false),
      item('net te laat', '2027-03-15', false),
    ];
    expect(byUrgency(items).map((i) => i.name)).toEqual(['lang te laat', 'net te laat', 'nieuw', 'al gebeld']);
  });

  it('wants first contact on spoed the same day, and puts spoed without contact above everything', () => {
    const now = at('2027-03-20');
    const spoed = (firstContact: boolean) =>
      deadlinesOf({ ...base, since: at('2027-03-19'), firstContactAt: firstContact ? now : null, now, spoed: true });
    expect(
      deadlinesOf({ ...base, since: at('2027-03-19'), now: at('2027-03-19'), spoed: true }).firstContact,
    ).toMatchObject({ state: 'op_tijd', daysLeft: 0 });
    expect(spoed(false).firstContact).toMatchObject({ state: 'te_laat', daysLate: 1 });
    const items = [
      { name: 'lang te laat', deadlines: deadlinesOf({ ...base, since: at('2027-03-01'), now }) },
      { name: 'spoed gebeld', deadlines: spoed(true) },
      { name: 'spoed', deadlines: spoed(false) },
    ];
    expect(byUrgency(items).map((i) => i.name)).toEqual(['spoed', 'lang te laat', 'spoed gebeld']);
  });
});
