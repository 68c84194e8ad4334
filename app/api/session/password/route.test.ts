import { CredentialsSignin } from '@auth/core/errors';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { PasswordSignInError } from '@/app/(auth)/providers';
import { POST } from './route';

// next-auth's ESM entry cannot load outside Next.js (it imports 'next/server' without an extension); its
// CredentialsSignin is @auth/core's class, so the route sees the same class through this stand-in.
vi.mock('next-auth', async () => ({ CredentialsSignin: (await import('@auth/core/errors')).CredentialsSignin }));
const signIn = vi.hoisted(() => vi.fn());
vi.mock('@/app/(auth)/auth', () => ({ signIn }));

function post(body: unknown, headers: Record<string, string> = {}) {
  return POST(
    new Request('http://beacon.test/api/session/password', {
      method: 'POST',
      headers: { 'content-type': 'application/json', host: 'beacon.test', origin: 'http://beacon.test', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    }),
  );
}

const CREDENTIALS = { email: 'Ada@Example.test', password: 'a long enough passphrase' };

beforeEach(() => {
  signIn.mockReset();
  signIn.mockImplementation(async (_provider: string, options: { redirectTo: string }) => `http://beacon.test${options.redirectTo}`);
});

describe('POST /api/session/password', () => {
  it('signs in with the normalised email and answers a same-origin redirect', async () => {
    const response = await post({ ...CREDENTIALS, callbackUrl: '/invite/abc' });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ redirectTo: '/invite/abc' });
    expect(signIn).toHaveBeenCalledWith('password', { email: 'ada@example.test', password: CREDENTIALS.password, redirectTo: '/invite/abc', redirect: false });
  });

  it('ignores an off-site callbackUrl and defaults to /app', async () => {
    expect(await (await post({ ...CREDENTIALS, callbackUrl: '//evil.example/x' })).json()).toEqual({ redirectTo: '/app' });
    expect(await (await post(CREDENTIALS)).json()).toEqual({ redirectTo: '/app' });
  });

  it('refuses a cross-site or origin-less request with 403 before signing in', async () => {
    expect((await post(CREDENTIALS, { origin: 'https://evil.example' })).status).toBe(403);
    const noOrigin = new Request('http://beacon.test/api/session/password', { method: 'POST', headers: { host: 'beacon.test' }, body: JSON.stringify(CREDENTIALS) });
    expect((await POST(noOrigin)).status).toBe(403);
    expect(signIn).not.toHaveBeenCalled();
  });

  it('compares with the forwarded host behind a proxy', async () => {
    const response = await post(CREDENTIALS, { host: 'internal:3000', 'x-forwarded-host': 'crm.example.com', origin: 'https://crm.example.com' });
    expect(response.status).toBe(200);
  });

  it('answers 422 problem+json with field errors for an invalid body', async () => {
    const response = await post({ email: 'not-an-email', password: '' });
    expect(response.status).toBe(422);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    const body = (await response.json()) as { errors: { path: string }[] };
    expect(body.errors.map((error) => error.path).sort()).toEqual(['email', 'password']);
  });

  it('maps a wrong password to 401', async () => {
    signIn.mockRejectedValue(new PasswordSignInError('invalid'));
    const response = await post(CREDENTIALS);
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ detail: 'Email or password is incorrect.' });
  });

  it('maps an unverified email to 403', async () => {
    signIn.mockRejectedValue(new PasswordSignInError('unverified'));
    const response = await post(CREDENTIALS);
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ detail: 'Confirm your email first — we sent you a link.' });
  });

  it('maps a rate limit to 429 with Retry-After and the wait in minutes', async () => {
    signIn.mockRejectedValue(new PasswordSignInError('rate_limited', 14 * 60 + 5));
    const response = await post(CREDENTIALS);
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('845');
    expect(await response.json()).toMatchObject({ detail: 'Too many sign-in attempts. Try again in 15 minutes.' });
  });

  it('finds the code when Auth.js wraps the error in its cause', async () => {
    const wrapped = Object.assign(new Error('CallbackRouteError'), { cause: { err: new PasswordSignInError('unverified') } });
    signIn.mockRejectedValue(wrapped);
    expect((await post(CREDENTIALS)).status).toBe(403);
    const plain = new CredentialsSignin();
    signIn.mockRejectedValue(plain);
    expect((await post(CREDENTIALS)).status).toBe(401);
  });

  it('answers a generic 500 for anything that is not a sign-in failure', async () => {
    signIn.mockRejectedValue(new Error('database is down'));
    const response = await post(CREDENTIALS);
    expect(response.status).toBe(500);
    expect(JSON.stringify(await response.json())).not.toContain('database');
  });

  it('does not report success when Auth.js lands on its error page', async () => {
    signIn.mockResolvedValue('http://beacon.test/sign-in?error=Configuration');
    expect((await post(CREDENTIALS)).status).toBe(503);
  });
});
