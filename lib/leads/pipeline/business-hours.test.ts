import { describe, expect, it } from 'vitest';
import { addBusinessHours } from './business-hours';

const UTC_WEEK = { timeZone: 'UTC', startHour: 9, endHour: 17, workDays: [1, 2, 3, 4, 5] };
const NEW_YORK = { ...UTC_WEEK, timeZone: 'America/New_York' };
const iso = (date: Date) => date.toISOString();

describe('addBusinessHours', () => {
  it('adds inside the working day', () => {
    // Wednesday 2024-06-12.
    expect(iso(addBusinessHours(new Date('2024-06-12T10:15:00Z'), 1, UTC_WEEK))).toBe('2024-06-12T11:15:00.000Z');
    expect(iso(addBusinessHours(new Date('2024-06-12T16:00:00Z'), 1, UTC_WEEK))).toBe('2024-06-12T17:00:00.000Z');
  });

  it('carries what is left at closing time over the weekend', () => {
    // Friday 16:30 + 1h → Monday 09:30.
    expect(iso(addBusinessHours(new Date('2024-06-14T16:30:00Z'), 1, UTC_WEEK))).toBe('2024-06-17T09:30:00.000Z');
  });

  it('starts counting on Monday morning for a lead that arrives at the weekend', () => {
    expect(iso(addBusinessHours(new Date('2024-06-15T13:00:00Z'), 1, UTC_WEEK))).toBe('2024-06-17T10:00:00.000Z');
    expect(iso(addBusinessHours(new Date('2024-06-16T23:59:00Z'), 1, UTC_WEEK))).toBe('2024-06-17T10:00:00.000Z');
  });

  it('waits for opening time before and after hours', () => {
    expect(iso(addBusinessHours(new Date('2024-06-12T07:00:00Z'), 1, UTC_WEEK))).toBe('2024-06-12T10:00:00.000Z');
    expect(iso(addBusinessHours(new Date('2024-06-12T18:00:00Z'), 1, UTC_WEEK))).toBe('2024-06-13T10:00:00.000Z');
  });

  it('spans several days', () => {
    // Wednesday 15:00 + 10h: 2h on Wednesday, 8h Thursday → Thursday 17:00.
    expect(iso(addBusinessHours(new Date('2024-06-12T15:00:00Z'), 10, UTC_WEEK))).toBe('2024-06-13T17:00:00.000Z');
    // Thursday 15:00 + 11h: 2h Thursday, 8h Friday, 1h Monday → Monday 10:00.
    expect(iso(addBusinessHours(new Date('2024-06-13T15:00:00Z'), 11, UTC_WEEK))).toBe('2024-06-17T10:00:00.000Z');
  });

  it('keeps the working day in local time across a DST change', () => {
    // New York springs forward on Sunday 2024-03-10. Friday 16:30 EST (21:30Z) + 1h → Monday 09:30 EDT (13:30Z).
    expect(iso(addBusinessHours(new Date('2024-03-08T21:30:00Z'), 1, NEW_YORK))).toBe('2024-03-11T13:30:00.000Z');
    // And falls back on Sunday 2024-11-03: Friday 16:30 EDT (20:30Z) + 1h → Monday 09:30 EST (14:30Z).
    expect(iso(addBusinessHours(new Date('2024-11-01T20:30:00Z'), 1, NEW_YORK))).toBe('2024-11-04T14:30:00.000Z');
  });

  it('reads the weekday in the workspace zone, not in UTC', () => {
    // Saturday 01:00 UTC is still Friday 21:00 in New York: after hours, so Monday 10:00 EDT.
    expect(iso(addBusinessHours(new Date('2024-06-15T01:00:00Z'), 1, NEW_YORK))).toBe('2024-06-17T14:00:00.000Z');
    // Monday 03:00 in Tokyo is Sunday 18:00 UTC: a work day there, so 10:00 JST Monday.
    expect(iso(addBusinessHours(new Date('2024-06-16T18:00:00Z'), 1, { ...UTC_WEEK, timeZone: 'Asia/Tokyo' }))).toBe('2024-06-17T01:00:00.000Z');
  });

  it('honours custom work days and a day that runs until midnight', () => {
    const weekendShop = { timeZone: 'UTC', startHour: 12, endHour: 24, workDays: [6, 7] };
    // Friday → Saturday 13:00.
    expect(iso(addBusinessHours(new Date('2024-06-14T12:00:00Z'), 1, weekendShop))).toBe('2024-06-15T13:00:00.000Z');
    // Saturday 23:30 + 1h → Sunday 12:30.
    expect(iso(addBusinessHours(new Date('2024-06-15T23:30:00Z'), 1, weekendShop))).toBe('2024-06-16T12:30:00.000Z');
  });

  it('refuses settings that have no working time', () => {
    expect(() => addBusinessHours(new Date(), 1, { ...UTC_WEEK, workDays: [] })).toThrow(RangeError);
    expect(() => addBusinessHours(new Date(), 1, { ...UTC_WEEK, startHour: 17, endHour: 9 })).toThrow(RangeError);
  });
});
