import { headers } from 'next/headers';
import { AppError } from '@/lib/errors';

/** The client's IP as the first proxy hop reports it; "unknown" when there is none (rate limits still apply). */
export function clientIp(source: Headers): string {
  const forwarded = source.get('x-forwarded-for')?.split(',')[0]?.trim();
  return forwarded || source.get('x-real-ip') || 'unknown';
}

/** The origin this request was addressed to, from the Host / X-Forwarded-* headers (what Auth.js uses too). */
export function requestOrigin(source: Headers): string {
  const host = source.get('x-forwarded-host') ?? source.get('host') ?? 'localhost:3000';
  const proto = source.get('x-forwarded-proto') ?? (host.startsWith('localhost') || host.startsWith('127.') ? 'http' : 'https');
  return `${proto}://${host}`;
}

/**
 * The origin for links in emails. Headers are attacker-controlled, so a link built from them could send a
 * victim's reset or sign-in token to another host: production uses APP_URL only (npm start sets a default);
 * development falls back to the request's own origin for convenience.
 */
export function emailLinkBaseUrl(source: Headers): string {
  if (process.env.APP_URL) return process.env.APP_URL.replace(/\/$/, '');
  if (process.env.NODE_ENV !== 'production') return requestOrigin(source);
  throw new AppError('unavailable', 'Email links are unavailable: the server has no APP_URL configured.');
}

/** Request details for audit rows and emailed links, read from the current request. */
export async function getRequestMeta() {
  const source = await headers();
  return {
    // A getter: only actions that send links need it, so a missing APP_URL fails just those.
    get baseUrl() {
      return emailLinkBaseUrl(source);
    },
    ip: clientIp(source),
    userAgent: source.get('user-agent'),
    requestId: source.get('x-request-id'),
  };
}
