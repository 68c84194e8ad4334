import type { AiProviderKind } from '@/db/schema/values';
import type { Ctx } from '@/lib/ctx';
import { roleCan, type Permission } from '@/lib/orgs/permissions';

/** What every assistant tool works with: the caller's workspace ctx, the thread, and the model writing. */
export type ToolRuntime = {
  ctx: Ctx;
  threadId: string;
  provider: AiProviderKind;
  /** Whether the caller holds a permission; defaults to the caller's role. */
  can: (permission: Permission) => boolean;
};

export function createToolRuntime(ctx: Ctx, { threadId, provider }: { threadId: string; provider: AiProviderKind }): ToolRuntime {
  return { ctx, threadId, provider, can: (permission) => roleCan(ctx.role, permission) };
}

export function leadUrl(orgSlug: string, leadId: string) {
  return `/app/${orgSlug}/leads/${leadId}`;
}

export function daysBetween(from: Date, to: Date) {
  return Math.max(0, Math.floor((to.getTime() - from.getTime()) / 86_400_000));
}

/** Long texts (notes, emails on a timeline) cut to a size a model can read many of. */
export function clip(text: string | null | undefined, max = 240) {
  if (!text) return null;
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
