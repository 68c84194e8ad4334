import { and, desc, eq, lt, or, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '@/db';
import { auditLogs, users } from '@/db/schema';
import { decodeCursor, encodeCursor } from '@/lib/pagination';

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
  const cursor = input.cursor ? decodeCursor(input.cursor) : null;
  if (cursor) {
    filters.push(
      or(lt(auditLogs.createdAt, cursor.createdAt), and(eq(auditLogs.createdAt, cursor.createdAt), lt(auditLogs.id, cursor.id))),
    );
  }
  const rows = await db
    .select({ log: auditLogs, actorEmail: users.email })
    .from(auditLogs)
    .leftJoin(users, eq(users.id, auditLogs.actorUserId))
    .where(and(...filters))
    .orderBy(desc(auditLogs.createdAt), desc(auditLogs.id))
    .limit(input.limit + 1);
  const page = rows.slice(0, input.limit);
  const last = page.at(-1);
  return {
    items: page.map((row) => ({ ...row.log, actorEmail: row.actorEmail })),
    nextCursor: rows.length > input.limit && last ? encodeCursor(last.log) : null,
  };
}
