import { and, asc, desc, eq, sql } from 'drizzle-orm';
import { aiMessages, aiThreads } from '@/db/schema';
import type { Ctx } from '@/lib/ctx';
import { AppError } from '@/lib/errors';
import type { RenameThreadInput } from './thread-schemas';
import type { AssistantUIMessage } from './ui-message';

// Threads are private to the member who started them: every query filters by workspace AND user.

function ownThread(ctx: Ctx, threadId: string) {
  return and(eq(aiThreads.id, threadId), eq(aiThreads.orgId, ctx.org.id), eq(aiThreads.userId, requireUserId(ctx)));
}

function requireUserId(ctx: Ctx): string {
  if (!ctx.user) throw new AppError('unauthorized', 'Sign in to use the assistant.');
  return ctx.user.id;
}

export async function createThread(ctx: Ctx, { title }: { title?: string } = {}) {
  const [thread] = await ctx.db
    .insert(aiThreads)
    .values({ orgId: ctx.org.id, userId: requireUserId(ctx), ...(title ? { title } : {}) })
    .returning();
  return thread!;
}

export async function getThread(ctx: Ctx, threadId: string) {
  const [thread] = await ctx.db.select().from(aiThreads).where(ownThread(ctx, threadId));
  if (!thread) throw new AppError('not_found', 'Chat not found.');
  return thread;
}

/** The caller's threads in this workspace, most recently active first. */
export async function listThreads(ctx: Ctx, { limit = 50 }: { limit?: number } = {}) {
  return ctx.db
    .select({ id: aiThreads.id, title: aiThreads.title, createdAt: aiThreads.createdAt, updatedAt: aiThreads.updatedAt })
    .from(aiThreads)
    .where(and(eq(aiThreads.orgId, ctx.org.id), eq(aiThreads.userId, requireUserId(ctx))))
    .orderBy(desc(aiThreads.updatedAt), desc(aiThreads.id))
    .limit(limit);
}
export type ThreadSummary = Awaited<ReturnType<typeof listThreads>>[number];

export async function renameThread(ctx: Ctx, { threadId, title }: RenameThreadInput) {
  const [thread] = await ctx.db.update(aiThreads).set({ title, updatedAt: sql`now()` }).where(ownThread(ctx, threadId)).returning();
  if (!thread) throw new AppError('not_found', 'Chat not found.');
  return thread;
}

/** Deletes a thread and its messages (cascade); recorded tool actions stay, unlinked, for the audit trail. */
export async function deleteThread(ctx: Ctx, { threadId }: { threadId: string }) {
  const [thread] = await ctx.db.delete(aiThreads).where(ownThread(ctx, threadId)).returning({ id: aiThreads.id });
  if (!thread) throw new AppError('not_found', 'Chat not found.');
  return thread;
}

/** A thread's messages in order, as the chat UI and the model read them. */
export async function getThreadMessages(ctx: Ctx, threadId: string): Promise<AssistantUIMessage[]> {
  await getThread(ctx, threadId);
  const rows = await ctx.db
    .select({ id: aiMessages.id, role: aiMessages.role, parts: aiMessages.parts, metadata: aiMessages.metadata })
    .from(aiMessages)
    .where(and(eq(aiMessages.threadId, threadId), eq(aiMessages.orgId, ctx.org.id)))
    .orderBy(asc(aiMessages.position));
  return rows.map((row) => ({
    id: row.id,
    role: row.role as AssistantUIMessage['role'],
    parts: row.parts as AssistantUIMessage['parts'],
    ...(row.metadata ? { metadata: row.metadata as AssistantUIMessage['metadata'] } : {}),
  }));
}
