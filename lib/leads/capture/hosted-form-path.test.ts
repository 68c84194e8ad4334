import { describe, expect, it } from 'vitest';
import { hostedFormPath, readPlainPostError } from './hosted-form-path';

describe('hostedFormPath', () => {
  it('builds the relative page path with only the flags asked for', () => {
    expect(hostedFormPath('f-1')).toBe('/f/f-1');
    expect(hostedFormPath('f-1', { submitted: true })).toBe('/f/f-1?submitted=1');
    expect(hostedFormPath('f-1', { submitted: true, embed: true })).toBe('/f/f-1?submitted=1&embed=1');
    expect(hostedFormPath('f-1', { error: 'rate_limited', embed: true })).toBe('/f/f-1?error=rate_limited&embed=1');
    expect(hostedFormPath('a/b?c', { error: 'invalid' })).toBe('/f/a%2Fb%3Fc?error=invalid');
  });
});

describe('readPlainPostError', () => {
  it('accepts only the errors the endpoint sends', () => {
    expect(readPlainPostError('invalid')).toBe('invalid');
    expect(readPlainPostError('rate_limited')).toBe('rate_limited');
    for (const value of [undefined, '', 'INVALID', 'not_found', ['invalid'], 1]) expect(readPlainPostError(value)).toBeNull();
  });
});
