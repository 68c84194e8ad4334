import { describe, expect, it } from 'vitest';
import { isHttpUrl, parseHttpUrl } from './urls';

describe('isHttpUrl', () => {
  it.each([
    ['https://example.test/thanks', true],
    ['http://example.test', true],
    ['  https://example.test/padded  ', true],
    ['javascript:alert(1)', false],
    ['data:text/html,hi', false],
    ['ftp://example.test', false],
    ['/thanks', false],
    ['//example.test/thanks', false],
    ['https://', false],
    ['', false],
    [null, false],
    [42, false],
  ])('judges %j as %s', (value, expected) => {
    expect(isHttpUrl(value)).toBe(expected);
  });

  it('parses to a URL the caller can read', () => {
    expect(parseHttpUrl(' https://Example.test/a?b=1 ')?.href).toBe('https://example.test/a?b=1');
    expect(parseHttpUrl('mailto:a@b.test')).toBeNull();
  });
});
