import { desc, eq, ilike, and, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '@/db';
import { emailMessages } from '@/db/schema';
import { containsPattern } from '@/lib/db-utils/like';
import { AppError } from '@/lib/errors';
import { cursorTime, decodeCursor, olderThan, toPage } from '@/lib/pagination';
import { recordStaffView, type StaffViewer } from './staff-view';

export const listOutboxSchema = z.object({
  cursor: z.string().optional(),
  to: z.string().trim().max(320).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});
export type ListOutboxInput = z.input<typeof listOutboxSchema>;

/**
 * Emails Beacon stored or sent, newest first, keyset-paginated. `to` matches any part of the recipient,
 * case-insensitively, so staff can type a name or a domain. Bodies are left out of the list.
 */
export async function listOutbox(db: Db, viewer: StaffViewer, input: ListOutboxInput) {
  const { cursor, to, limit } = listOutboxSchema.parse(input);
  await recordStaffView(db, viewer, { action: 'staff.viewed_outbox', metadata: { to: to ?? null } });
  const filters: (SQL | undefined)[] = [];
  if (to) filters.push(ilike(emailMessages.toAddress, containsPattern(to)));
  if (cursor) filters.push(olderThan(decodeCursor(cursor), emailMessages.createdAt, emailMessages.id));
  const rows = await db
    .select({
      id: emailMessages.id,
      createdAt: emailMessages.createdAt,
      toAddress: emailMessages.toAddress,
      subject: emailMessages.subject,
      tag: emailMessages.tag,
      status: emailMessages.status,
      provider: emailMessages.provider,
      cursorAt: cursorTime(emailMessages.createdAt),
    })
    .from(emailMessages)
    .where(and(...filters))
    .orderBy(desc(emailMessages.createdAt), desc(emailMessages.id))
    .limit(limit + 1);
  return toPage(rows, limit);
}

/** One stored email, bodies included. Reading it is audited: it may hold another tenant's data or links. */
export async function getOutboxMessage(db: Db, viewer: StaffViewer, id: string) {
  if (!z.uuid().safeParse(id).success) throw new AppError('not_found', 'Email not found.');
  const [message] = await db.select().from(emailMessages).where(eq(emailMessages.id, id));
  if (!message) throw new AppError('not_found', 'Email not found.');
  await recordStaffView(db, viewer, {
    action: 'staff.viewed_email',
    targetType: 'email_message',
    targetId: message.id,
    metadata: { tag: message.tag },
  });
  return message;
}
