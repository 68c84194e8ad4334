import { headers } from 'next/headers';

/** The client's IP as the first proxy hop reports it; "unknown" when there is none (rate limits still apply). */
export function clientIp(source: Headers): string {
  const forwarded = source.get('x-forwarded-for')?.split(',')[0]?.trim();
  return forwarded || source.get('x-real-ip') || 'unknown';
}

/** The public origin links in emails should use: APP_URL when set, else the request's own origin. */
export function baseUrlFrom(source: Headers): string {
  if (process.env.APP_URL) return process.env.APP_URL.replace(/\/$/, '');
  const host = source.get('x-forwarded-host') ?? source.get('host') ?? 'localhost:3000';
  const proto = source.get('x-forwarded-proto') ?? (host.startsWith('localhost') || host.startsWith('127.') ? 'http' : 'https');
  return `${proto}://${host}`;
}

/** Request details for audit rows and emailed links, read from the current request. */
export async function getRequestMeta() {
  const source = await headers();
  return {
    baseUrl: baseUrlFrom(source),
    ip: clientIp(source),
    userAgent: source.get('user-agent'),
    requestId: source.get('x-request-id'),
  };
}
