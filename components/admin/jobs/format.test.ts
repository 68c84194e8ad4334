import { describe, expect, it } from 'vitest';
import { describePeriod, firstLine, formatRunDuration, runDuration } from './format';

describe('job formatting', () => {
  it('puts cron periods in words', () => {
    expect(describePeriod(60_000)).toBe('every minute');
    expect(describePeriod(5 * 60_000)).toBe('every 5 minutes');
    expect(describePeriod(3_600_000)).toBe('every hour');
    expect(describePeriod(3 * 86_400_000)).toBe('every 3 days');
    expect(describePeriod(90 * 60_000)).toBe('every 90 minutes');
  });

  it('formats durations and first lines', () => {
    expect(formatRunDuration(85)).toBe('85 ms');
    expect(formatRunDuration(3_420)).toBe('3.4 s');
    expect(formatRunDuration(125_000)).toBe('2 min 5 s');
    expect(formatRunDuration(3_780_000)).toBe('1 h 3 min');
    expect(runDuration('2026-03-04T10:00:00Z', null)).toBeNull();
    expect(runDuration('2026-03-04T10:00:00Z', '2026-03-04T10:00:01.5Z')).toBe('1.5 s');
    expect(firstLine('Boom\n    at handler (x.ts:1)')).toBe('Boom');
  });
});
