import { and, asc, eq, gt, inArray, lt, max, ne, sql } from 'drizzle-orm';
import type { Executor } from '@/db';
import { aiMessages, aiThreads } from '@/db/schema';
import { AppError } from '@/lib/errors';
import type { AssistantUIMessage } from './ui-message';

type ThreadRef = { orgId: string; threadId: string };
export type StoredMessage = { message: AssistantUIMessage; position: number };

/**
 * Serialises the writes of turns on one thread (two tabs, a retry while an answer streams): held until the
 * transaction ends, so a turn reads, changes and stores the history without another turn in between.
 */
export async function lockThread(tx: Executor, threadId: string) {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`ai-thread:${threadId}`}, 0))`);
}

/** A thread's stored messages with their positions, in order (no ownership check: callers have done it). */
export async function loadThreadMessages(db: Executor, { orgId, threadId }: ThreadRef): Promise<StoredMessage[]> {
  const rows = await db
    .select({ id: aiMessages.id, role: aiMessages.role, parts: aiMessages.parts, metadata: aiMessages.metadata, position: aiMessages.position })
    .from(aiMessages)
    .where(and(eq(aiMessages.threadId, threadId), eq(aiMessages.orgId, orgId)))
    .orderBy(asc(aiMessages.position));
  return rows.map((row) => ({
    position: row.position,
    message: {
      id: row.id,
      role: row.role as AssistantUIMessage['role'],
      parts: row.parts as AssistantUIMessage['parts'],
      ...(row.metadata ? { metadata: row.metadata as AssistantUIMessage['metadata'] } : {}),
    },
  }));
}

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

function rowOf({ orgId, threadId }: ThreadRef, message: AssistantUIMessage, position: number) {
  return {
    id: message.id,
    threadId,
    orgId,
    role: message.role,
    parts: message.parts as unknown[],
    metadata: (message.metadata ?? null) as Record<string, unknown> | null,
    position,
  };
}

async function touchThread(db: Executor, { orgId, threadId }: ThreadRef, title?: string) {
  await db
    .update(aiThreads)
    .set({ updatedAt: sql`now()`, ...(title ? { title } : {}) })
    .where(and(eq(aiThreads.id, threadId), eq(aiThreads.orgId, orgId)));
}

/**
 * Upserts the given messages by id: stored ones keep their position, new ones go after the last stored
 * message in the given order. Nothing else in the thread changes.
 */
export async function saveThreadMessages(db: Executor, { orgId, threadId, messages, title }: ThreadRef & { messages: AssistantUIMessage[]; title?: string }) {
  const ref = { orgId, threadId };
  if (messages.length > 0) {
    const ids = messages.map((message) => message.id);
    const inThread = and(eq(aiMessages.threadId, threadId), eq(aiMessages.orgId, orgId));
    const existing = await db.select({ id: aiMessages.id, position: aiMessages.position }).from(aiMessages).where(and(inThread, inArray(aiMessages.id, ids)));
    const [end] = await db.select({ last: max(aiMessages.position) }).from(aiMessages).where(inThread);
    const positions = new Map(existing.map((row) => [row.id, row.position]));
    let next = (end?.last ?? -1) + 1;
    const rows = messages.map((message) => rowOf(ref, message, positions.get(message.id) ?? next++));
    await db
      .insert(aiMessages)
      .values(rows)
      .onConflictDoUpdate({
        target: aiMessages.id,
        set: { parts: sql`excluded.parts`, metadata: sql`excluded.metadata` },
        // An id of another thread is never overwritten (assertMessageIdsFree refuses it beforehand).
        setWhere: and(eq(aiMessages.threadId, threadId), eq(aiMessages.orgId, orgId)),
      });
  }
  await touchThread(db, ref, title);
}

/**
 * Stores a turn's input under the thread lock. `messages` is `stored` with a tail dropped (a regenerated
 * answer, the messages after an edited question), a message changed (approval answers) or one appended:
 * the dropped ones are deleted by id, the new and changed ones upserted, the rest left alone.
 */
export async function saveTurnInput(db: Executor, { orgId, threadId, stored, messages, title }: ThreadRef & { stored: StoredMessage[]; messages: AssistantUIMessage[]; title?: string }) {
  const kept = new Set(messages.map((message) => message.id));
  const dropped = stored.filter(({ message }) => !kept.has(message.id)).map(({ message }) => message.id);
  if (dropped.length > 0) {
    await db.delete(aiMessages).where(and(eq(aiMessages.threadId, threadId), eq(aiMessages.orgId, orgId), inArray(aiMessages.id, dropped)));
  }
  const before = new Map(stored.map(({ message }) => [message.id, JSON.stringify(message)]));
  const changed = messages.filter((message) => before.get(message.id) !== JSON.stringify(message));
  await saveThreadMessages(db, { orgId, threadId, messages: changed, title });
}

/**
 * Stores a turn's answer under the thread lock: in place when the message exists (an approval's answer
 * continues the message that asked), else right after the message it answers, moving any later ones (a
 * turn started meanwhile in another tab) down one place. Returns false, storing nothing, when the message
 * it answers was removed meanwhile (an edit or regenerate elsewhere dropped this branch).
 */
export async function saveTurnAnswer(db: Executor, { orgId, threadId, answers, message }: ThreadRef & { answers: string; message: AssistantUIMessage }) {
  const inThread = and(eq(aiMessages.threadId, threadId), eq(aiMessages.orgId, orgId));
  const [self] = await db.select({ position: aiMessages.position }).from(aiMessages).where(and(inThread, eq(aiMessages.id, message.id)));
  if (self) {
    await db.update(aiMessages).set({ parts: message.parts as unknown[], metadata: (message.metadata ?? null) as Record<string, unknown> | null }).where(and(inThread, eq(aiMessages.id, message.id)));
    await touchThread(db, { orgId, threadId });
    return true;
  }
  const [anchor] = await db.select({ position: aiMessages.position }).from(aiMessages).where(and(inThread, eq(aiMessages.id, answers)));
  if (!anchor) return false;
  // Two steps through negative positions, so no row ever collides with another on (thread, position).
  await db.update(aiMessages).set({ position: sql`-(${aiMessages.position} + 1)` }).where(and(inThread, gt(aiMessages.position, anchor.position)));
  await db.update(aiMessages).set({ position: sql`-${aiMessages.position}` }).where(and(inThread, lt(aiMessages.position, 0)));
  await db.insert(aiMessages).values(rowOf({ orgId, threadId }, message, anchor.position + 1));
  await touchThread(db, { orgId, threadId });
  return true;
}
