import { headers } from 'next/headers';
import { env } from '@/lib/env';
import { AppError } from '@/lib/errors';

// Under SKIP_ENV_VALIDATION env values arrive unparsed (a string, or undefined): read them as the schema would.
function hopsFrom(value: unknown): number {
  const hops = typeof value === 'number' ? value : Number.parseInt(String(value), 10);
  return Number.isInteger(hops) && hops >= 0 && hops <= 10 ? hops : 1;
}

/**
 * The client's IP for rate limits and audit rows; "unknown" when there is none (rate limits still apply).
 * Each proxy appends the address it saw to X-Forwarded-For and keeps what came before, including anything the
 * client sent itself, so only the last `trustedHops` entries are trustworthy: the client is the entry that
 * many from the right. Fewer entries than hops means the request passed fewer proxies than configured: the
 * left-most entry is then the best guess. 0 hops: no proxy, X-Forwarded-For is ignored.
 */
export function clientIp(source: Headers, trustedHops: number = env.TRUSTED_PROXY_HOPS): string {
  const hops = hopsFrom(trustedHops);
  const entries = (source.get('x-forwarded-for') ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  const forwarded = hops > 0 && entries.length > 0 ? entries[Math.max(entries.length - hops, 0)] : undefined;
  return forwarded || source.get('x-real-ip')?.trim() || 'unknown';
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
