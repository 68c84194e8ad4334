import { describe, expect, it } from 'vitest';
import { hasSessionCookie, requiresSession, signInPath } from './sign-in-gate';

describe('requiresSession', () => {
  it('covers /app and /admin and nothing that merely shares a prefix', () => {
    expect(requiresSession('/app')).toBe(true);
    expect(requiresSession('/app/acme-demo/leads')).toBe(true);
    expect(requiresSession('/admin')).toBe(true);
    expect(requiresSession('/admin/outbox')).toBe(true);
    expect(requiresSession('/apple')).toBe(false);
    expect(requiresSession('/administrator')).toBe(false);
    expect(requiresSession('/')).toBe(false);
    expect(requiresSession('/sign-in')).toBe(false);
  });
});

describe('hasSessionCookie', () => {
  it('accepts both Auth.js cookie names and chunked cookies', () => {
    expect(hasSessionCookie(['authjs.session-token'])).toBe(true);
    expect(hasSessionCookie(['__Secure-authjs.session-token'])).toBe(true);
    expect(hasSessionCookie(['theme', 'authjs.session-token.0'])).toBe(true);
    expect(hasSessionCookie(['authjs.csrf-token', 'authjs.callback-url'])).toBe(false);
    expect(hasSessionCookie([])).toBe(false);
  });
});

describe('signInPath', () => {
  it('keeps the path and query as the callback', () => {
    expect(signInPath('/admin')).toBe('/sign-in?callbackUrl=/admin');
    expect(signInPath('/app/acme?tab=a&x=1')).toBe('/sign-in?callbackUrl=/app/acme%3Ftab%3Da%26x%3D1');
    expect(new URL(signInPath('/app/acme?tab=a&x=1'), 'http://x').searchParams.get('callbackUrl')).toBe('/app/acme?tab=a&x=1');
  });

  it('refuses callbacks to other sites', () => {
    expect(signInPath('//evil.example/x')).toBe('/sign-in?callbackUrl=/app');
    expect(signInPath('https://evil.example')).toBe('/sign-in?callbackUrl=/app');
  });
});
