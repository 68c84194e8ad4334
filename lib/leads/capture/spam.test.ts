import { describe, expect, it } from 'vitest';
import { judgeSubmission } from './spam';

const now = new Date('2025-05-01T12:00:00Z');
const ago = (ms: number) => now.getTime() - ms;

describe('judgeSubmission', () => {
  it.each([
    ['a filled honeypot', { honeypot: 'https://spam.example', startedAt: ago(10_000) }, { spam: true, reason: 'honeypot' }],
    ['a whitespace honeypot with a good time', { honeypot: '   ', startedAt: ago(10_000) }, { spam: false }],
    ['a fill under 2.5 seconds', { startedAt: ago(2_499) }, { spam: true, reason: 'too_fast' }],
    ['a fill of exactly 2.5 seconds', { startedAt: ago(2_500) }, { spam: false }],
    ['a start more than a minute in the future', { startedAt: ago(-60_001) }, { spam: true, reason: 'bad_timestamp' }],
    ['a start a little in the future (clock drift)', { startedAt: ago(-30_000) }, { spam: false }],
    ['an unreadable start', { startedAt: Number.NaN }, { spam: true, reason: 'bad_timestamp' }],
    ['a zero start', { startedAt: 0 }, { spam: true, reason: 'bad_timestamp' }],
    ['no start from an integration', { startedAt: null }, { spam: false }],
    ['no start where our form always sends one', { startedAt: undefined, requireStarted: true }, { spam: true, reason: 'bad_timestamp' }],
    ['a form left open for a day', { startedAt: ago(24 * 3600_000) }, { spam: false }],
  ])('judges %s', (_name, input, verdict) => {
    expect(judgeSubmission({ ...input, now })).toEqual(verdict);
  });

  it('checks the honeypot before the timing', () => {
    expect(judgeSubmission({ honeypot: 'x', startedAt: ago(100), now })).toEqual({ spam: true, reason: 'honeypot' });
  });
});
