import { asc, desc, inArray } from 'drizzle-orm';
import type { Db } from '@/db';
import { auditLogs, orgs } from '@/db/schema';
import { listAudit, listAuditSchema } from '@/lib/audit/list-audit';
import { recordStaffView, type StaffViewer } from './staff-view';

export const listAllAuditSchema = listAuditSchema;

/**
 * Every workspace's audit rows, newest first, for the staff portal. This is the one caller of
 * `listAudit` without an org id; the read itself is audited before any row is returned.
 */
export async function listAllAudit(db: Db, viewer: StaffViewer, input: { cursor?: string; action?: string; limit?: number }) {
  const parsed = listAllAuditSchema.parse(input);
  await recordStaffView(db, viewer, {
    action: 'staff.viewed_audit',
    metadata: { filter: parsed.action ?? null, paged: Boolean(parsed.cursor) },
  });
  const page = await listAudit(db, { ...parsed, orgId: undefined });

  const orgIds = [...new Set(page.items.map((item) => item.orgId).filter((id): id is string => id !== null))];
  const names = orgIds.length
    ? await db.select({ id: orgs.id, name: orgs.name }).from(orgs).where(inArray(orgs.id, orgIds))
    : [];
  const nameById = new Map(names.map((org) => [org.id, org.name]));
  return {
    items: page.items.map((item) => ({ ...item, orgName: item.orgId ? (nameById.get(item.orgId) ?? null) : null })),
    nextCursor: page.nextCursor,
  };
}

/**
 * Action names seen in the most recent rows, offered as suggestions for the action filter. Scanning a
 * recent window through the created_at index keeps this cheap on a large log; rare old actions can still
 * be typed in.
 */
export async function listAuditActionNames(db: Db, { window = 5000, limit = 200 } = {}): Promise<string[]> {
  const recent = db.select({ action: auditLogs.action }).from(auditLogs).orderBy(desc(auditLogs.createdAt)).limit(window).as('recent');
  const rows = await db.selectDistinct({ action: recent.action }).from(recent).orderBy(asc(recent.action)).limit(limit);
  return rows.map((row) => row.action);
}
