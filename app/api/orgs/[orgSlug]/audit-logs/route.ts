import { listAudit, listAuditSchema } from '@/lib/audit/list-audit';
import { withOrg } from '@/lib/server/with-org';

// GET /api/orgs/{orgSlug}/audit-logs - the workspace's audit log, newest first
export const GET = withOrg<{ orgSlug: string }>(
  async ({ ctx, searchParams }) =>
    Response.json(await listAudit(ctx.db, { orgId: ctx.org.id, ...listAuditSchema.parse(Object.fromEntries(searchParams)) })),
  { permission: 'audit.read' },
);
