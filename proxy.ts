import { NextResponse, type NextRequest } from 'next/server';
import { buildSecurityHeaders, createNonce, cspModeFor, isHttpsRequest } from '@/lib/security/headers';
import { hasSessionCookie, requiresSession, signInPath } from '@/lib/security/sign-in-gate';

const REQUEST_ID_HEADER = 'x-request-id';
const REQUEST_ID_PATTERN = /^[A-Za-z0-9._-]{8,128}$/;

// Optimistic only: this file never touches the database. It gives every request an id that logs,
// error responses and the response header share (a caller-supplied id is kept only if it looks sane),
// sets the security headers, and sends visitors without a session cookie from /app and /admin to sign-in.
export function proxy(request: NextRequest) {
  const incoming = request.headers.get(REQUEST_ID_HEADER);
  const requestId = incoming && REQUEST_ID_PATTERN.test(incoming) ? incoming : crypto.randomUUID();
  const { pathname, search } = request.nextUrl;

  // Only per-request pages get a nonce; route handlers get no CSP and static pages a nonce-free one.
  const nonce = cspModeFor(pathname) === 'nonce' ? createNonce() : undefined;
  const security = buildSecurityHeaders({
    pathname,
    nonce,
    nodeEnv: process.env.NODE_ENV,
    isHttps: isHttpsRequest(request.nextUrl.protocol, request.headers.get('x-forwarded-proto')),
  });

  let response: NextResponse;
  if (requiresSession(pathname) && !hasSessionCookie(request.cookies.getAll().map((cookie) => cookie.name))) {
    response = NextResponse.redirect(new URL(signInPath(`${pathname}${search}`), request.url));
  } else {
    const headers = new Headers(request.headers);
    headers.set(REQUEST_ID_HEADER, requestId);
    if (nonce) {
      // Next.js reads the nonce out of the request's Content-Security-Policy header and puts it on its own
      // scripts; x-nonce is for our components that render inline scripts (next-themes).
      headers.set('x-nonce', nonce);
      headers.set('Content-Security-Policy', security['Content-Security-Policy']!);
    }
    response = NextResponse.next({ request: { headers } });
  }

  response.headers.set(REQUEST_ID_HEADER, requestId);
  for (const [name, value] of Object.entries(security)) response.headers.set(name, value);
  return response;
}

export const config = {
  matcher: ['/((?!_next/static|_next/image|favicon.ico|icon.svg|robots.txt).*)'],
};
