import { describe, expect, it } from 'vitest';
import { generateToken, hashToken, safeEqual } from './tokens';

describe('tokens', () => {
  it('generates distinct url-safe tokens of 256 bits', () => {
    const a = generateToken();
    const b = generateToken();
    expect(a).not.toBe(b);
    expect(a).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('hashes deterministically to 64 hex characters and never returns the input', () => {
    expect(hashToken('bk_live_example')).toBe(hashToken('bk_live_example'));
    expect(hashToken('bk_live_example')).toMatch(/^[0-9a-f]{64}$/);
    expect(hashToken('a')).not.toBe(hashToken('b'));
  });

  it('compares in constant time and handles different lengths', () => {
    expect(safeEqual('abc', 'abc')).toBe(true);
    expect(safeEqual('abc', 'abd')).toBe(false);
    expect(safeEqual('abc', 'abcd')).toBe(false);
  });
});
