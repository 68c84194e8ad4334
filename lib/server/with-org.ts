import { getDb } from '@/db';
import { authenticateApiKey } from '@/lib/auth/api-keys';
import type { Ctx } from '@/lib/ctx';
import { AppError } from '@/lib/errors';
import { problemResponse } from '@/lib/http/problem';
import { getRequestId } from '@/lib/http/route';
import type { Permission } from '@/lib/orgs/permissions';
import { consumeLimit, LIMITS, type LimitResult } from '@/lib/rate-limit/limits';
import { resolveOrgCtx } from './org-context';
import { getSessionUser } from './session';

type OrgRouteArgs<P> = { request: Request; ctx: Ctx; params: P; searchParams: URLSearchParams; requestId: string };
type OrgRouteHandler<P> = (args: OrgRouteArgs<P>) => Promise<Response>;

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Cookie-authenticated writes must come from our own pages: compare Origin with the request's host. Every
 * cookie-authenticated route handler that writes calls this (withOrg does it for workspace routes).
 */
export function assertSameOrigin(request: Request) {
  if (SAFE_METHODS.has(request.method)) return;
  const origin = request.headers.get('origin');
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
  let originHost: string | null = null;
  try {
    originHost = origin ? new URL(origin).host : null;
  } catch {
    // "Origin: null" and other unparsable values are refused like a foreign origin.
  }
  if (!originHost || !host || originHost !== host) throw new AppError('forbidden', 'Cross-site request refused.');
}

/** Tells an API client how much of its per-minute allowance is left (the IETF RateLimit header fields). */
function rateLimitHeaders(limit: LimitResult): Record<string, string> {
  return {
    'ratelimit-limit': String(LIMITS['api-key'].points),
    'ratelimit-remaining': String(limit.remaining),
    'ratelimit-reset': String(limit.resetSeconds),
  };
}

function withHeaders(response: Response, headers: Record<string, string>): Response {
  try {
    for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  } catch {
    // Some responses (Response.redirect, a proxied fetch) have immutable headers; they go out without these.
  }
  return response;
}

async function ctxFromApiKey(
  secret: string,
  permission: Permission,
  requestId: string,
  orgSlug: string | undefined,
  onLimit: (limit: LimitResult) => void,
): Promise<Ctx> {
  const db = getDb();
  const found = await authenticateApiKey(db, secret);
  if (!found) throw new AppError('unauthorized', 'The API key is invalid, revoked or expired.');
  onLimit(await consumeLimit(db, 'api-key', found.key.id));
  // A key belongs to one workspace: on a route naming another, that workspace does not exist for it.
  if (orgSlug && orgSlug !== found.org.slug) throw new AppError('not_found', 'Workspace not found.');
  // A key acts with its scopes only, whatever its creator's role.
  if (!found.key.scopes.includes(permission)) throw new AppError('forbidden', `This API key lacks the "${permission}" scope.`);
  const { org } = found;
  return {
    db,
    user: null,
    org: { id: org.id, slug: org.slug, name: org.name, plan: org.plan },
    role: 'member',
    actor: 'api_key',
    apiKey: { id: found.key.id, scopes: found.key.scopes },
    requestId,
    now: new Date(),
  };
}

/**
 * The route-handler side of the tenant guard. `Authorization: Bearer bk_live_…` → the key's workspace and
 * scopes; otherwise the session user, in the workspace named by the `orgSlug` route param.
 */
export function withOrg<P extends Record<string, string> = Record<string, string>>(
  handler: OrgRouteHandler<P>,
  { permission }: { permission: Permission },
) {
  return async (request: Request, context: { params: Promise<P> }) => {
    const requestId = getRequestId(request);
    let limitHeaders: Record<string, string> = {};
    try {
      // Next passes no params at all to routes without dynamic segments (/api/v1/leads).
      const params = ((await (context as Partial<typeof context> | undefined)?.params) ?? {}) as P;
      const authorization = request.headers.get('authorization');
      let ctx: Ctx;
      if (authorization?.startsWith('Bearer ')) {
        const onLimit = (limit: LimitResult) => (limitHeaders = rateLimitHeaders(limit));
        ctx = await ctxFromApiKey(authorization.slice('Bearer '.length).trim(), permission, requestId, params.orgSlug, onLimit);
      } else {
        const user = await getSessionUser();
        if (!user) throw new AppError('unauthorized', 'Sign in or send an API key.');
        assertSameOrigin(request);
        if (!params.orgSlug) throw new AppError('unauthorized', 'This endpoint needs an API key.');
        ctx = { ...(await resolveOrgCtx(user, params.orgSlug, permission)), requestId };
      }
      const response = await handler({ request, ctx, params, searchParams: new URL(request.url).searchParams, requestId });
      return withHeaders(response, limitHeaders);
    } catch (error) {
      const retryAfter = error instanceof AppError ? error.details?.retryAfterSeconds : undefined;
      return problemResponse(error, requestId, { ...limitHeaders, ...(retryAfter ? { 'retry-after': String(retryAfter) } : {}) });
    }
  };
}
