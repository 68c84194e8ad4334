import type { NextRequest } from 'next/server';
import { requestOrigin } from '@/lib/server/request-meta';
import { handlers } from './auth';

/**
 * Auth.js compares callback URLs with the origin of the request it is handed. Route handlers get a URL that
 * Next normalises (127.0.0.1 becomes localhost), while server actions and emailed links use the Host header,
 * so a link sent from http://127.0.0.1:3000 would fail its origin check. Rebuild the request on the public
 * origin (the Host / X-Forwarded-* headers) as a plain Request, which keeps the host as given.
 */
function onPublicOrigin(request: NextRequest): NextRequest {
  // With AUTH_URL set, next-auth moves the request onto that origin itself (and needs the NextRequest).
  if (process.env.AUTH_URL) return request;
  const url = new URL(request.nextUrl.pathname + request.nextUrl.search, requestOrigin(request.headers));
  const hasBody = request.method !== 'GET' && request.method !== 'HEAD';
  const init: RequestInit & { duplex?: 'half' } = { method: request.method, headers: request.headers };
  if (hasBody) Object.assign(init, { body: request.body, duplex: 'half' });
  // Auth.js reads only the standard Request API; the cast satisfies next-auth's handler signature.
  return new Request(url, init) as NextRequest;
}

export const GET = (request: NextRequest) => handlers.GET(onPublicOrigin(request));
export const POST = (request: NextRequest) => handlers.POST(onPublicOrigin(request));
