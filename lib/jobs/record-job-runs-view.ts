import type { Executor } from '@/db';
import type { StaffViewer } from '@/lib/admin/staff-view';
import { recordAudit } from '@/lib/audit/record-audit';
import type { ListJobRunsInput } from './list-runs';

/**
 * Job runs carry every workspace's payloads and errors, so a staff read of them is audited like the outbox:
 * one row per page of the list (with its filters) and one per run opened.
 */
export async function recordJobRunsView(db: Executor, viewer: StaffViewer, view: { filters: ListJobRunsInput } | { runId: string; orgId: string | null }) {
  const common = { actorType: 'staff' as const, actorUserId: viewer.userId, ip: viewer.ip, userAgent: viewer.userAgent, requestId: viewer.requestId };
  if ('runId' in view) {
    await recordAudit(db, { ...common, orgId: null, action: 'staff.viewed_job_run', targetType: 'job_run', targetId: view.runId, metadata: { orgId: view.orgId } });
    return;
  }
  const { jobId, status, trigger, org, cursor } = view.filters;
  await recordAudit(db, {
    ...common,
    orgId: null,
    action: 'staff.viewed_job_runs',
    metadata: { jobId: jobId ?? null, status: status ?? null, trigger: trigger ?? null, org: org ?? null, paged: Boolean(cursor) },
  });
}
