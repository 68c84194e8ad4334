import { count, gte } from 'drizzle-orm';
import type { Db } from '@/db';
import { auditLogs, emailMessages, orgMembers, orgs, users } from '@/db/schema';

export type StaffStats = {
  users: number;
  workspaces: number;
  members: number;
  outboxEmails: number;
  auditLast24h: number;
};

const DAY_MS = 24 * 60 * 60 * 1000;

/** Install-wide totals for the staff overview; cross-tenant by design, so it lives in lib/admin. */
export async function getStaffStats(db: Db, now: Date = new Date()): Promise<StaffStats> {
  const since = new Date(now.getTime() - DAY_MS);
  const [[userRow], [orgRow], [memberRow], [emailRow], [auditRow]] = await Promise.all([
    db.select({ value: count() }).from(users),
    db.select({ value: count() }).from(orgs),
    db.select({ value: count() }).from(orgMembers),
    db.select({ value: count() }).from(emailMessages),
    db.select({ value: count() }).from(auditLogs).where(gte(auditLogs.createdAt, since)),
  ]);
  return {
    users: userRow?.value ?? 0,
    workspaces: orgRow?.value ?? 0,
    members: memberRow?.value ?? 0,
    outboxEmails: emailRow?.value ?? 0,
    auditLast24h: auditRow?.value ?? 0,
  };
}
