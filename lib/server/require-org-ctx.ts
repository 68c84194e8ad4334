import { forbidden, notFound, redirect } from 'next/navigation';
import { cache } from 'react';
import type { CtxUser } from '@/lib/ctx';
import { isAppError } from '@/lib/errors';
import type { Permission } from '@/lib/orgs/permissions';
import { resolveOrgCtx } from './org-context';
import { getSessionUser } from './session';

export function signInUrl(callbackUrl: string): string {
  // Slashes stay readable (`callbackUrl=/app/acme`); everything else that could break the query is escaped.
  return `/sign-in?callbackUrl=${encodeURIComponent(callbackUrl).replace(/%2F/g, '/')}`;
}

// Layouts and pages of one request render in parallel and each must guard itself; caching the lookup
// per request keeps that to one membership query per (slug, permission).
// (getSessionUser is itself cached, so the user object is the same one on every call.)
const orgCtxFor = cache((user: CtxUser, slug: string, permission: Permission | undefined) => resolveOrgCtx(user, slug, permission));

/**
 * The page/layout side of the tenant guard: signed out → sign-in (back to `callbackUrl` afterwards),
 * not a member → 404, below `permission` → 403. Returns the signed-in user and the tenant ctx.
 */
export async function requireOrgCtx(slug: string, { permission, callbackUrl }: { permission?: Permission; callbackUrl?: string } = {}) {
  const user = await getSessionUser();
  if (!user) redirect(signInUrl(callbackUrl ?? `/app/${slug}`));
  try {
    return { user, ctx: await orgCtxFor(user, slug, permission) };
  } catch (error) {
    if (isAppError(error) && error.code === 'not_found') notFound();
    if (isAppError(error) && error.code === 'forbidden') forbidden();
    throw error;
  }
}
