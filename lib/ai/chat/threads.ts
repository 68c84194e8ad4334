import { and, desc, eq, sql } from 'drizzle-orm';
import { aiThreads } from '@/db/schema';
import type { Ctx } from '@/lib/ctx';
import { AppError } from '@/lib/errors';
import { cursorTime, decodeCursor, olderThan, toPage } from '@/lib/pagination';
import { loadThreadMessages } from './persist-messages';
import { reconcileToolParts } from './reconcile-tool-parts';
import { THREAD_PAGE_SIZE, type RenameThreadInput } from './thread-schemas';
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

const summaryColumns = { id: aiThreads.id, title: aiThreads.title, createdAt: aiThreads.createdAt, updatedAt: aiThreads.updatedAt };

/** The caller's threads in this workspace, most recently active first. */
export async function listThreads(ctx: Ctx, { limit = THREAD_PAGE_SIZE }: { limit?: number } = {}) {
  return (await listThreadsPage(ctx, { limit })).items;
}

/** One page of the caller's threads, most recently active first, keyset-paginated on (updated_at, id). */
export async function listThreadsPage(ctx: Ctx, { cursor, limit = THREAD_PAGE_SIZE }: { cursor?: string; limit?: number } = {}) {
  const after = cursor ? decodeCursor(cursor) : null;
  const rows = await ctx.db
    .select({ ...summaryColumns, cursorAt: cursorTime(aiThreads.updatedAt) })
    .from(aiThreads)
    .where(and(eq(aiThreads.orgId, ctx.org.id), eq(aiThreads.userId, requireUserId(ctx)), after ? olderThan(after, aiThreads.updatedAt, aiThreads.id) : undefined))
    .orderBy(desc(aiThreads.updatedAt), desc(aiThreads.id))
    .limit(limit + 1);
  return toPage(rows, limit);
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

/** A thread's messages in order, as the chat UI and the model read them (tool calls a crash left half-done settled). */
export async function getThreadMessages(ctx: Ctx, threadId: string): Promise<AssistantUIMessage[]> {
  await getThread(ctx, threadId);
  const stored = await loadThreadMessages(ctx.db, { orgId: ctx.org.id, threadId });
  return reconcileToolParts(ctx.db, { orgId: ctx.org.id, messages: stored.map(({ message }) => message) });
}
