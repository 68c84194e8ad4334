import { describe, expect, it } from 'vitest';
import { DEFAULT_REDIRECT, firstParam, safeRedirect, withCallbackUrl } from './safe-redirect';

describe('safeRedirect', () => {
  it('keeps same-origin relative paths with their query and hash', () => {
    expect(safeRedirect('/app/acme-demo/leads')).toBe('/app/acme-demo/leads');
    expect(safeRedirect('/invite/abc_DEF-123?x=1#top')).toBe('/invite/abc_DEF-123?x=1#top');
    expect(safeRedirect('/')).toBe('/');
  });

  it('falls back to /app when nothing usable is given', () => {
    expect(DEFAULT_REDIRECT).toBe('/app');
    expect(safeRedirect(undefined)).toBe('/app');
    expect(safeRedirect(null)).toBe('/app');
    expect(safeRedirect('')).toBe('/app');
    expect(safeRedirect(42)).toBe('/app');
    expect(safeRedirect('/'.padEnd(3000, 'a'))).toBe('/app');
  });

  it('uses the fallback given by the caller', () => {
    expect(safeRedirect('https://evil.example', '/sign-in')).toBe('/sign-in');
  });

  it.each([
    'https://evil.example/app',
    'http:/evil.example',
    '//evil.example',
    '///evil.example',
    '/\\evil.example',
    '\\\\evil.example',
    '/\t/evil.example',
    '/\n/evil.example',
    'javascript:alert(1)',
    'app/leads',
    ' /app',
  ])('refuses %j', (target) => {
    expect(safeRedirect(target)).toBe('/app');
  });

  it('normalises dot segments without leaving the origin', () => {
    expect(safeRedirect('/app/../../evil')).toBe('/evil');
    expect(safeRedirect('/app/./account')).toBe('/app/account');
  });
});

describe('withCallbackUrl', () => {
  it('adds a safe callback with readable slashes and escapes the rest', () => {
    expect(withCallbackUrl('/sign-in', '/invite/abc')).toBe('/sign-in?callbackUrl=/invite/abc');
    expect(withCallbackUrl('/sign-up', '/app/x?tab=a&b=c')).toBe('/sign-up?callbackUrl=/app/x%3Ftab%3Da%26b%3Dc');
  });

  it('drops a missing or unsafe callback', () => {
    expect(withCallbackUrl('/sign-in', undefined)).toBe('/sign-in');
    expect(withCallbackUrl('/sign-in', '//evil.example')).toBe('/sign-in');
  });
});

describe('firstParam', () => {
  it('takes the first of repeated params', () => {
    expect(firstParam(['/a', '/b'])).toBe('/a');
    expect(firstParam('/a')).toBe('/a');
    expect(firstParam(undefined)).toBeUndefined();
  });
});
