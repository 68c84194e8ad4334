import type { Ctx } from '@/lib/ctx';

/** Who a timeline entry or task is attributed to: the signed-in user, an API key, or the system. */
export function actorOf(ctx: Pick<Ctx, 'actor' | 'user'>) {
  return { actorType: ctx.actor, actorUserId: ctx.user?.id ?? null } as const;
}
