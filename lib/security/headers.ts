/**
 * Security headers for every response, built without any Next.js import so they can be unit-tested and
 * reused. proxy.ts is the only caller: it makes a nonce per request and applies what this module returns.
 */

/**
 * Paths whose pages other sites may embed in an iframe (the hosted lead form). They get
 * `frame-ancestors *` and no X-Frame-Options; everything else refuses to be framed.
 */
export const EMBEDDABLE_PATHS = ['/f/'] as const;

/**
 * Paths rendered per request, whose pages carry a per-request nonce on every script. Everything else that
 * serves HTML is the marketing site: static or ISR pages whose HTML is built once, so no nonce can be in it.
 */
export const NONCE_CSP_PATHS = ['/app', '/admin', '/sign-in', '/sign-up', '/verify', '/reset', '/invite', '/docs', '/f'] as const;

/** Which Content-Security-Policy a path gets: none for JSON routes, a nonce policy, or the static one. */
export type CspMode = 'none' | 'nonce' | 'static';

export function cspModeFor(pathname: string): CspMode {
  if (pathname === '/api' || pathname.startsWith('/api/')) return 'none';
  return NONCE_CSP_PATHS.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`)) ? 'nonce' : 'static';
}

export type SecurityHeaderOptions = {
  pathname: string;
  /** The request's CSP nonce, for paths whose mode is 'nonce'. */
  nonce?: string;
  nodeEnv: string | undefined;
  isHttps: boolean;
};

export function isEmbeddablePath(pathname: string): boolean {
  return EMBEDDABLE_PATHS.some((prefix) => pathname.startsWith(prefix));
}

/** 128 random bits, base64: unguessable and unique per request, as a nonce must be. */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

/** A request is https when the URL says so or, behind a TLS-terminating proxy, x-forwarded-proto does. */
export function isHttpsRequest(urlProtocol: string, forwardedProto: string | null): boolean {
  const firstHop = forwardedProto?.split(',')[0]?.trim().toLowerCase();
  return firstHop ? firstHop === 'https' : urlProtocol === 'https:';
}

/**
 * With a nonce: 'strict-dynamic' lets the nonced Next.js bootstrap load its chunks; 'self' remains as a
 * fallback for browsers without CSP3. Without one (static marketing pages): Next.js inlines its page data in
 * scripts that a prebuilt page cannot nonce, so inline scripts are allowed there. Those pages read no session
 * and render only sanitised markdown, never raw input, which is what keeps that trade-off safe.
 * React's development tooling evaluates code, hence 'unsafe-eval' in dev only.
 */
export function buildContentSecurityPolicy({ nonce, isDev, embeddable }: { nonce?: string; isDev: boolean; embeddable: boolean }): string {
  const scriptSrc = nonce ? ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'"] : ["'self'", "'unsafe-inline'"];
  if (isDev) scriptSrc.push("'unsafe-eval'");
  const directives = [
    "default-src 'self'",
    `script-src ${scriptSrc.join(' ')}`,
    // Inline styles stay allowed: Radix and next-themes set style attributes that cannot carry a nonce.
    "style-src 'self' 'unsafe-inline'",
    // Blog posts and covers may show images hosted elsewhere over https.
    "img-src 'self' data: blob: https:",
    "font-src 'self' data:",
    "connect-src 'self'",
    `frame-ancestors ${embeddable ? '*' : "'none'"}`,
    "form-action 'self'",
    "base-uri 'self'",
    "object-src 'none'",
  ];
  return directives.join('; ');
}

/** Every security header for one response, keyed by header name. */
export function buildSecurityHeaders({ pathname, nonce, nodeEnv, isHttps }: SecurityHeaderOptions): Record<string, string> {
  const embeddable = isEmbeddablePath(pathname);
  const headers: Record<string, string> = {
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
  };
  if (!embeddable) headers['X-Frame-Options'] = 'DENY';
  const mode = cspModeFor(pathname);
  if (mode !== 'none') {
    headers['Content-Security-Policy'] = buildContentSecurityPolicy({
      nonce: mode === 'nonce' ? nonce : undefined,
      isDev: nodeEnv === 'development',
      embeddable,
    });
  }
  // HSTS over plain http is ignored by browsers at best and, on a local install, pins localhost to https
  // at worst; it is only sent by production deployments reached over TLS.
  if (nodeEnv === 'production' && isHttps) {
    headers['Strict-Transport-Security'] = 'max-age=63072000; includeSubDomains';
  }
  return headers;
}
