/**
 * The proxy's optimistic sign-in redirect. It looks only at whether an Auth.js session cookie exists; the
 * layouts verify the session for real, so a forged cookie gets past here and no further.
 */

export const SESSION_COOKIE_NAMES = ['authjs.session-token', '__Secure-authjs.session-token'] as const;

const PROTECTED_PREFIXES = ['/app', '/admin'];

export function requiresSession(pathname: string): boolean {
  return PROTECTED_PREFIXES.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`));
}

/**
 * Auth.js splits a large JWT across `<name>.0`, `<name>.1`, …, so a chunked cookie counts as present too.
 */
export function hasSessionCookie(cookieNames: Iterable<string>): boolean {
  for (const name of cookieNames) {
    if (SESSION_COOKIE_NAMES.some((base) => name === base || name.startsWith(`${base}.`))) return true;
  }
  return false;
}

/** `/sign-in?callbackUrl=…`, keeping slashes readable; the callback must be a same-site path. */
export function signInPath(callbackPath: string): string {
  const safe = callbackPath.startsWith('/') && !callbackPath.startsWith('//') ? callbackPath : '/app';
  return `/sign-in?callbackUrl=${encodeURIComponent(safe).replaceAll('%2F', '/')}`;
}
