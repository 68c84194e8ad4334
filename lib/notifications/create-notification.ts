import type { Executor } from '@/db';
import { notifications, type NotificationType } from '@/db/schema';

export type NewNotification = {
  orgId: string;
  userId: string;
  type: NotificationType;
  title: string;
  body?: string | null;
  href?: string | null;
  /** Unique per recipient: the same key twice (a retried job, a replayed event) stores one notification. */
  dedupeKey: string;
};

/** Stores an in-app notification once per dedupe key; returns its id, or null when it already existed. */
export async function createNotification(db: Executor, input: NewNotification): Promise<string | null> {
  const [row] = await db
    .insert(notifications)
    .values({ ...input, title: input.title.slice(0, 200), body: input.body?.slice(0, 1_000) ?? null })
    .onConflictDoNothing({ target: [notifications.userId, notifications.dedupeKey] })
    .returning({ id: notifications.id });
  return row?.id ?? null;
}
