// POST /api/session/password - sign in with email and password
import { CredentialsSignin } from 'next-auth';
import { signIn } from '@/app/(auth)/auth';
import { PasswordSignInError } from '@/app/(auth)/providers';
import { safeRedirect } from '@/lib/auth/safe-redirect';
import { passwordSignInSchema, SIGN_IN_MESSAGES } from '@/lib/auth/sign-in-schemas';
import { AppError } from '@/lib/errors';
import { problemResponse } from '@/lib/http/problem';
import { getRequestId } from '@/lib/http/route';

type SignInFailure = { code: string; retryAfterSeconds?: number };

/**
 * Finds why Auth.js refused the credentials. Our provider throws PasswordSignInError, which Auth.js
 * re-throws as is; older or wrapped paths put the original in `cause` (or `cause.err`), so look there too.
 * Anything else (a database failure, say) is not a sign-in failure and returns null.
 */
function signInFailure(error: unknown, depth = 0): SignInFailure | null {
  if (!error || typeof error !== 'object' || depth > 3) return null;
  const candidate = error as { code?: unknown; type?: unknown; retryAfterSeconds?: unknown; cause?: unknown };
  // `type` covers a second copy of the class (a separately bundled @auth/core), where instanceof fails.
  if (error instanceof CredentialsSignin || candidate.type === 'CredentialsSignin') {
    const code = typeof candidate.code === 'string' ? candidate.code : 'invalid';
    const retry = error instanceof PasswordSignInError ? error.retryAfterSeconds : candidate.retryAfterSeconds;
    return { code, retryAfterSeconds: typeof retry === 'number' ? retry : undefined };
  }
  const cause = candidate.cause as { err?: unknown } | undefined;
  return signInFailure(cause?.err ?? cause, depth + 1);
}

function minutesText(seconds: number) {
  const minutes = Math.max(1, Math.ceil(seconds / 60));
  return minutes === 1 ? '1 minute' : `${minutes} minutes`;
}

function failureResponse(failure: SignInFailure, requestId: string): Response {
  if (failure.code === 'unverified') {
    return problemResponse(new AppError('forbidden', SIGN_IN_MESSAGES.unverified), requestId);
  }
  if (failure.code === 'rate_limited') {
    const seconds = Math.max(1, Math.ceil(failure.retryAfterSeconds ?? 60));
    const error = new AppError('rate_limited', `Too many sign-in attempts. Try again in ${minutesText(seconds)}.`);
    return problemResponse(error, requestId, { 'retry-after': String(seconds) });
  }
  return problemResponse(new AppError('unauthorized', SIGN_IN_MESSAGES.invalid), requestId);
}

/**
 * Credential failures throw, but a broken configuration makes Auth.js answer with its error page (or its own
 * endpoint) instead of the target; that must not be reported as a successful sign-in.
 */
function isSuccessUrl(landedOn: string, redirectTo: string): boolean {
  const url = new URL(landedOn, 'http://beacon.invalid');
  if (url.pathname.startsWith('/api/auth')) return false;
  return !url.searchParams.has('error') || new URL(redirectTo, 'http://beacon.invalid').searchParams.has('error');
}

/** The host the browser talked to; behind a proxy that is the forwarded host, not the internal one. */
function requestHost(request: Request): string | null {
  return request.headers.get('x-forwarded-host')?.split(',')[0]?.trim() || request.headers.get('host');
}

// Cross-site form posts must not sign a visitor into someone else's account (login CSRF): the browser's
// Origin has to name this host. Auth.js's own CSRF token is skipped by its server-side signIn().
function isSameOrigin(request: Request): boolean {
  const origin = request.headers.get('origin');
  const host = requestHost(request);
  if (!origin || !host) return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

export async function POST(request: Request) {
  const requestId = getRequestId(request);
  try {
    if (!isSameOrigin(request)) {
      return problemResponse(new AppError('forbidden', 'This request must come from the Beacon sign-in page.'), requestId);
    }
    const body: unknown = await request.json().catch(() => {
      throw new AppError('bad_request', 'Send a JSON body with email and password.');
    });
    const input = passwordSignInSchema.parse(body);
    const redirectTo = safeRedirect(input.callbackUrl);
    let landedOn: string;
    try {
      landedOn = await signIn('password', { email: input.email, password: input.password, redirectTo, redirect: false });
    } catch (error) {
      const failure = signInFailure(error);
      if (!failure) throw error;
      return failureResponse(failure, requestId);
    }
    if (!isSuccessUrl(landedOn, redirectTo)) throw new AppError('unavailable', 'Sign-in is not available right now. Try again later.');
    return Response.json({ redirectTo }, { headers: { 'x-request-id': requestId } });
  } catch (error) {
    return problemResponse(error, requestId);
  }
}
