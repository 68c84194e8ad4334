import type { Executor } from '@/db';
import { auditLogs } from '@/db/schema';
import { log } from '@/lib/log';

export type AuditEntry = {
  orgId?: string | null;
  actorType: 'user' | 'api_key' | 'system' | 'staff' | 'anonymous';
  actorUserId?: string | null;
  actorApiKeyId?: string | null;
  action: string;
  targetType?: string;
  targetId?: string;
  metadata?: Record<string, unknown>;
  ip?: string | null;
  userAgent?: string | null;
  requestId?: string | null;
};

/**
 * Appends one audit row. Pass the transaction when the audited change runs in one, so the change and its
 * record commit together.
 */
export async function recordAudit(db: Executor, entry: AuditEntry) {
  await db.insert(auditLogs).values({ ...entry, metadata: entry.metadata ?? {} });
  log.info({ audit: entry.action, orgId: entry.orgId, actor: entry.actorUserId ?? entry.actorApiKeyId }, 'audit');
}
