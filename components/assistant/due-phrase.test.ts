import { describe, expect, it } from 'vitest';
import { duePhrase } from './due-phrase';

const now = new Date('2026-03-10T15:00:00Z'); // Tuesday 10 March 2026

describe('duePhrase', () => {
  it('names near days and weekdays, then dates', () => {
    expect(duePhrase(new Date('2026-03-10T22:00:00Z'), now, 'UTC')).toBe('today');
    expect(duePhrase(new Date('2026-03-11T09:00:00Z'), now, 'UTC')).toBe('tomorrow');
    expect(duePhrase(new Date('2026-03-09T09:00:00Z'), now, 'UTC')).toBe('yesterday');
    expect(duePhrase(new Date('2026-03-13T09:00:00Z'), now, 'UTC')).toBe('on Friday');
    expect(duePhrase(new Date('2026-03-24T09:00:00Z'), now, 'UTC')).toBe('on 24 March');
    expect(duePhrase(new Date('2026-02-01T09:00:00Z'), now, 'UTC')).toBe('on 1 February');
    expect(duePhrase(new Date('2027-01-05T09:00:00Z'), now, 'UTC')).toBe('on 5 January 2027');
  });

  it('counts calendar days where the reader is', () => {
    const due = new Date('2026-03-11T03:00:00Z');
    expect(duePhrase(due, now, 'UTC')).toBe('tomorrow');
    // In New York it is still the evening of the 10th.
    expect(duePhrase(due, now, 'America/New_York')).toBe('today');
    // In Tokyo "now" is already the 11th, and so is the due time.
    expect(duePhrase(due, now, 'Asia/Tokyo')).toBe('today');
  });
});
