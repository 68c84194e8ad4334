import { createSafeActionClient } from 'next-safe-action';
import { z } from 'zod';
import { getDb } from '@/db';
import { AppError, isAppError } from '@/lib/errors';
import { log } from '@/lib/log';
import { PERMISSION_NAMES } from '@/lib/orgs/permissions';
import { getSessionUser } from './session';
import { resolveOrgCtx } from './org-context';

/**
 * The only way to build a server action. Each action states its name (for logs) and, for org actions, the
 * permission it needs. Only AppError messages reach the client; anything else is logged and generic.
 */
export const actionClient = createSafeActionClient({
  defineMetadataSchema: () => z.object({ name: z.string(), permission: z.enum(PERMISSION_NAMES as [string, ...string[]]).optional() }),
  defaultValidationErrorsShape: 'flattened',
  handleServerError(error, { metadata }) {
    if (isAppError(error) && error.status < 500) return error.message;
    log.error({ err: error, action: metadata?.name }, 'server action failed');
    return isAppError(error) ? error.message : 'Something went wrong. Please try again.';
  },
});

/** Needs a signed-in user. */
export const userAction = actionClient.use(async ({ next }) => {
  const user = await getSessionUser();
  if (!user) throw new AppError('unauthorized', 'Your session has ended. Sign in again.');
  return next({ ctx: { db: getDb(), user } });
});

const orgSlugInput = z.object({ orgSlug: z.string().min(1).max(64) });

/**
 * Needs a member of the workspace named by the action's `orgSlug` input, holding the action's permission.
 * The ctx it hands on is the tenant ctx every domain function takes.
 */
export const orgAction = userAction.use(async ({ next, ctx, clientInput, metadata }) => {
  const parsed = orgSlugInput.safeParse(clientInput);
  if (!parsed.success) throw new AppError('not_found', 'Workspace not found.');
  const permission = metadata.permission as Parameters<typeof resolveOrgCtx>[2];
  const orgCtx = await resolveOrgCtx(ctx.user, parsed.data.orgSlug, permission);
  return next({ ctx: orgCtx });
});

/** Needs a staff user (users.is_staff); every staff action is audited by the action itself. */
export const staffAction = userAction.use(async ({ next, ctx }) => {
  if (!ctx.user.isStaff) throw new AppError('not_found', 'Not found.');
  return next({ ctx });
});
