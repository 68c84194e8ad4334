import { and, eq, inArray, ne, notInArray, sql } from 'drizzle-orm';
import type { Executor } from '@/db';
import { aiMessages, aiThreads } from '@/db/schema';
import { AppError } from '@/lib/errors';
import type { AssistantUIMessage } from './ui-message';

type ThreadRef = { orgId: string; threadId: string };

/**
 * Message ids come from the client (useChat makes them) and are global primary keys: one already used by
 * ANOTHER thread is refused, so nobody can overwrite or hijack a message they do not own.
 */
export async function assertMessageIdsFree(db: Executor, { threadId, ids }: ThreadRef & { ids: string[] }) {
  if (ids.length === 0) return;
  const [clash] = await db
    .select({ id: aiMessages.id })
    .from(aiMessages)
    .where(and(inArray(aiMessages.id, ids), ne(aiMessages.threadId, threadId)))
    .limit(1);
  if (clash) throw new AppError('conflict', 'That message id is already taken. Reload the chat and try again.');
}

/**
 * Stores a thread's messages as the given list, in order: new ones are inserted, changed ones updated, and
 * stored ones missing from the list (a regenerated answer, messages after an edit) deleted.
 */
export async function saveThreadMessages(db: Executor, { orgId, threadId, messages, title }: ThreadRef & { messages: AssistantUIMessage[]; title?: string }) {
  await db.transaction(async (tx) => {
    const ids = messages.map((message) => message.id);
    await tx
      .delete(aiMessages)
      .where(and(eq(aiMessages.threadId, threadId), eq(aiMessages.orgId, orgId), ids.length ? notInArray(aiMessages.id, ids) : undefined));
    // Positions move past the existing range first so reordering never trips the (thread, position) unique index.
    await tx
      .update(aiMessages)
      .set({ position: sql`${aiMessages.position} + 1000000` })
      .where(and(eq(aiMessages.threadId, threadId), eq(aiMessages.orgId, orgId)));
    if (messages.length > 0) {
      await tx
        .insert(aiMessages)
        .values(
          messages.map((message, position) => ({
            id: message.id,
            threadId,
            orgId,
            role: message.role,
            parts: message.parts as unknown[],
            metadata: (message.metadata ?? null) as Record<string, unknown> | null,
            position,
          })),
        )
        .onConflictDoUpdate({
          target: aiMessages.id,
          set: { role: sql`excluded.role`, parts: sql`excluded.parts`, metadata: sql`excluded.metadata`, position: sql`excluded.position` },
          setWhere: and(eq(aiMessages.threadId, threadId), eq(aiMessages.orgId, orgId)),
        });
    }
    await tx
      .update(aiThreads)
      .set({ updatedAt: sql`now()`, ...(title ? { title } : {}) })
      .where(and(eq(aiThreads.id, threadId), eq(aiThreads.orgId, orgId)));
  });
}
