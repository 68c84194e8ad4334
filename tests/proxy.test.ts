import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import { proxy } from '@/proxy';

function call(url: string, headers: Record<string, string> = {}) {
  return proxy(new NextRequest(url, { headers }));
}

describe('proxy', () => {
  it('sends a per-request nonce CSP to Next (request headers) and to the browser', () => {
    const first = call('http://beacon.test/sign-in');
    const csp = first.headers.get('content-security-policy')!;
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
    expect(nonce).toBeTruthy();
    expect(first.headers.get('x-middleware-request-content-security-policy')).toBe(csp);
    expect(first.headers.get('x-middleware-request-x-nonce')).toBe(nonce);
    expect(first.headers.get('x-frame-options')).toBe('DENY');
    expect(first.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(call('http://beacon.test/sign-in').headers.get('content-security-policy')).not.toBe(csp);
  });

  it('gives static marketing pages a nonce-free CSP and tells Next no nonce', () => {
    const response = call('http://beacon.test/pricing');
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self' 'unsafe-inline'");
    expect(response.headers.get('x-middleware-request-x-nonce')).toBeNull();
    expect(response.headers.get('x-middleware-request-content-security-policy')).toBeNull();
  });

  it('keeps a sane caller request id and gives API routes no CSP', () => {
    const response = call('http://beacon.test/api/health', { 'x-request-id': 'abc-12345678' });
    expect(response.headers.get('x-request-id')).toBe('abc-12345678');
    expect(response.headers.get('content-security-policy')).toBeNull();
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('redirects /app and /admin to sign-in without a session cookie, and only then', () => {
    const redirect = call('http://beacon.test/app/acme/leads?stage=won');
    expect(redirect.status).toBe(307);
    expect(redirect.headers.get('location')).toBe('http://beacon.test/sign-in?callbackUrl=/app/acme/leads%3Fstage%3Dwon');
    expect(call('http://beacon.test/admin').headers.get('location')).toBe('http://beacon.test/sign-in?callbackUrl=/admin');

    const signedIn = call('http://beacon.test/admin', { cookie: 'authjs.session-token=x' });
    expect(signedIn.headers.get('location')).toBeNull();
    expect(signedIn.headers.get('x-middleware-next')).toBe('1');
    expect(call('http://beacon.test/').headers.get('location')).toBeNull();
  });

  it('lets embeddable paths be framed', () => {
    const response = call('http://beacon.test/f/contact');
    expect(response.headers.get('content-security-policy')).toContain('frame-ancestors *');
    expect(response.headers.get('x-frame-options')).toBeNull();
  });
});
