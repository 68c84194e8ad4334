/**
 * Security headers for every response, built without any Next.js import so they can be unit-tested and
 * reused. proxy.ts is the only caller: it makes a nonce per request and applies what this module returns.
 */

/**
 * Paths whose pages other sites may embed in an iframe (the hosted lead form). They get
 * `frame-ancestors *` and no X-Frame-Options; everything else refuses to be framed.
 */
export const EMBEDDABLE_PATHS = ['/f/'] as const;

export type SecurityHeaderOptions = {
  pathname: string;
  /** The request's CSP nonce; when absent (non-HTML responses) no Content-Security-Policy is set. */
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

export function buildContentSecurityPolicy({ nonce, isDev, embeddable }: { nonce: string; isDev: boolean; embeddable: boolean }): string {
  // 'strict-dynamic' lets the nonced Next.js bootstrap load its chunks; 'self' remains as a fallback for
  // browsers without CSP3. React's development tooling evaluates code, hence 'unsafe-eval' in dev only.
  const scriptSrc = ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(isDev ? ["'unsafe-eval'"] : [])];
  const directives = [
    "default-src 'self'",
    `script-src ${scriptSrc.join(' ')}`,
    // Inline styles stay allowed: Radix and next-themes set style attributes that cannot carry a nonce.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
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
  if (nonce) {
    headers['Content-Security-Policy'] = buildContentSecurityPolicy({ nonce, isDev: nodeEnv === 'development', embeddable });
  }
  // HSTS over plain http is ignored by browsers at best and, on a local install, pins localhost to https
  // at worst; it is only sent by production deployments reached over TLS.
  if (nodeEnv === 'production' && isHttps) {
    headers['Strict-Transport-Security'] = 'max-age=63072000; includeSubDomains';
  }
  return headers;
}
