import type { Executor } from '@/db';
import { recordAudit } from '@/lib/audit/record-audit';

/** The staff member reading cross-tenant data, with the request details their audit row carries. */
export type StaffViewer = {
  userId: string;
  ip?: string | null;
  userAgent?: string | null;
  requestId?: string | null;
};

export type StaffViewAction = 'staff.viewed_audit' | 'staff.viewed_outbox' | 'staff.viewed_email';

/**
 * One audit row per staff read of another tenant's data. Kept light on purpose: no workspace (the read
 * spans all of them) and only the filters used, so the trail says who looked at what without copying it.
 */
export async function recordStaffView(
  db: Executor,
  viewer: StaffViewer,
  view: { action: StaffViewAction; targetType?: string; targetId?: string; metadata?: Record<string, unknown> },
) {
  await recordAudit(db, {
    orgId: null,
    actorType: 'staff',
    actorUserId: viewer.userId,
    action: view.action,
    targetType: view.targetType,
    targetId: view.targetId,
    metadata: view.metadata,
    ip: viewer.ip,
    userAgent: viewer.userAgent,
    requestId: viewer.requestId,
  });
}
