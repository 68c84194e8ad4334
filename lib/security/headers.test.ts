import { describe, expect, it } from 'vitest';
import { buildContentSecurityPolicy, buildSecurityHeaders, createNonce, cspModeFor, EMBEDDABLE_PATHS, isHttpsRequest } from './headers';

const base = { pathname: '/app/acme', nonce: 'abc123', nodeEnv: 'production', isHttps: true };

function directive(csp: string, name: string) {
  return csp.split('; ').find((d) => d.startsWith(`${name} `));
}

describe('buildSecurityHeaders', () => {
  it('puts the request nonce in script-src and refuses framing', () => {
    const headers = buildSecurityHeaders(base);
    const csp = headers['Content-Security-Policy']!;
    expect(directive(csp, 'script-src')).toBe("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(directive(csp, 'frame-ancestors')).toBe("frame-ancestors 'none'");
    expect(directive(csp, 'object-src')).toBe("object-src 'none'");
    expect(headers['X-Frame-Options']).toBe('DENY');
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    expect(headers['Referrer-Policy']).toBe('strict-origin-when-cross-origin');
    expect(headers['Permissions-Policy']).toBe('camera=(), microphone=(), geolocation=()');
  });

  it('adds unsafe-eval in development only', () => {
    const dev = buildSecurityHeaders({ ...base, nodeEnv: 'development' })['Content-Security-Policy']!;
    expect(directive(dev, 'script-src')).toContain("'unsafe-eval'");
    expect(buildSecurityHeaders(base)['Content-Security-Policy']).not.toContain('unsafe-eval');
  });

  it('lets embeddable paths be framed by any site', () => {
    expect(EMBEDDABLE_PATHS).toContain('/f/');
    const headers = buildSecurityHeaders({ ...base, pathname: '/f/contact-us' });
    expect(directive(headers['Content-Security-Policy']!, 'frame-ancestors')).toBe('frame-ancestors *');
    expect(headers).not.toHaveProperty('X-Frame-Options');
    // A path that merely starts with "f" is not embeddable.
    expect(buildSecurityHeaders({ ...base, pathname: '/features' })['X-Frame-Options']).toBe('DENY');
  });

  it('sends HSTS only in production over https', () => {
    expect(buildSecurityHeaders(base)['Strict-Transport-Security']).toBe('max-age=63072000; includeSubDomains');
    expect(buildSecurityHeaders({ ...base, isHttps: false })).not.toHaveProperty('Strict-Transport-Security');
    expect(buildSecurityHeaders({ ...base, nodeEnv: 'development' })).not.toHaveProperty('Strict-Transport-Security');
    expect(buildSecurityHeaders({ ...base, nodeEnv: 'test' })).not.toHaveProperty('Strict-Transport-Security');
  });

  it('omits the CSP on route handlers (non-HTML responses)', () => {
    const headers = buildSecurityHeaders({ ...base, pathname: '/api/health', nonce: undefined });
    expect(headers).not.toHaveProperty('Content-Security-Policy');
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
  });

  it('gives static marketing pages a nonce-free policy that still refuses other origins and framing', () => {
    const csp = buildSecurityHeaders({ ...base, pathname: '/blog/hello', nonce: undefined })['Content-Security-Policy']!;
    expect(directive(csp, 'script-src')).toBe("script-src 'self' 'unsafe-inline'");
    expect(directive(csp, 'frame-ancestors')).toBe("frame-ancestors 'none'");
    expect(directive(csp, 'object-src')).toBe("object-src 'none'");
    expect(csp).not.toContain('nonce-');
  });
});

describe('cspModeFor', () => {
  it('nonces the per-request routes, leaves JSON routes alone and treats the rest as static', () => {
    for (const path of ['/app', '/app/acme/leads', '/admin/blog', '/sign-in', '/invite/abc', '/docs/api', '/f/123']) {
      expect(cspModeFor(path), path).toBe('nonce');
    }
    for (const path of ['/', '/pricing', '/blog/x', '/contact', '/apple', '/features', '/fun', '/sitemap.xml']) {
      expect(cspModeFor(path), path).toBe('static');
    }
    expect(cspModeFor('/api')).toBe('none');
    expect(cspModeFor('/api/v1/leads')).toBe('none');
  });
});

describe('buildContentSecurityPolicy', () => {
  it('lists the agreed directives', () => {
    expect(buildContentSecurityPolicy({ nonce: 'n', isDev: false, embeddable: false })).toBe(
      "default-src 'self'; script-src 'self' 'nonce-n' 'strict-dynamic'; style-src 'self' 'unsafe-inline'; " +
        "img-src 'self' data: blob: https:; font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; " +
        "form-action 'self'; base-uri 'self'; object-src 'none'",
    );
  });
});

describe('isHttpsRequest', () => {
  it('trusts the first x-forwarded-proto hop over the URL', () => {
    expect(isHttpsRequest('http:', 'https')).toBe(true);
    expect(isHttpsRequest('http:', 'https, http')).toBe(true);
    expect(isHttpsRequest('https:', 'http')).toBe(false);
    expect(isHttpsRequest('https:', null)).toBe(true);
    expect(isHttpsRequest('http:', null)).toBe(false);
  });
});

describe('createNonce', () => {
  it('is fresh base64 each time', () => {
    const a = createNonce();
    expect(a).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(createNonce()).not.toBe(a);
  });
});
