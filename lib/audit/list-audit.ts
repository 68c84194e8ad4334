import { and, desc, eq, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '@/db';
import { auditLogs, users } from '@/db/schema';
import { cursorTime, decodeCursor, olderThan, toPage } from '@/lib/pagination';

export const listAuditSchema = z.object({
  cursor: z.string().optional(),
  action: z.string().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});
export type ListAuditInput = z.infer<typeof listAuditSchema>;

/**
 * Audit rows newest first with keyset pagination. `orgId` undefined lists every workspace's rows and is
 * for the staff portal only; workspace pages always pass their org id.
 */
export async function listAudit(db: Db, { orgId, ...input }: ListAuditInput & { orgId: string | undefined }) {
  const filters: (SQL | undefined)[] = [];
  if (orgId !== undefined) filters.push(eq(auditLogs.orgId, orgId));
  if (input.action) filters.push(eq(auditLogs.action, input.action));
  if (input.cursor) filters.push(olderThan(decodeCursor(input.cursor), auditLogs.createdAt, auditLogs.id));
  const rows = await db
    .select({ log: auditLogs, actorEmail: users.email, cursorAt: cursorTime(auditLogs.createdAt) })
    .from(auditLogs)
    .leftJoin(users, eq(users.id, auditLogs.actorUserId))
    .where(and(...filters))
    .orderBy(desc(auditLogs.createdAt), desc(auditLogs.id))
    .limit(input.limit + 1);
  return toPage(
    rows.map((row) => ({ ...row.log, actorEmail: row.actorEmail, cursorAt: row.cursorAt })),
    input.limit,
  );
}
