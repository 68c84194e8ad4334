import type { Metadata } from 'next';
import { AuditLogTable, type AuditPage } from '@/components/settings/audit-log-table';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { listAudit, listAuditSchema } from '@/lib/audit/list-audit';
import { requireOrgCtx } from '@/lib/server/require-org-ctx';

export const metadata: Metadata = { title: 'Audit log' };

export default async function AuditLogPage({ params }: { params: Promise<{ orgSlug: string }> }) {
  const { orgSlug } = await params;
  const { ctx } = await requireOrgCtx(orgSlug, { permission: 'audit.read', callbackUrl: `/app/${orgSlug}/settings/audit-log` });
  const page = await listAudit(ctx.db, { orgId: ctx.org.id, ...listAuditSchema.parse({}) });
  // The same shape the route handler's JSON has, so later pages and this one render alike.
  const initialPage: AuditPage = {
    nextCursor: page.nextCursor,
    items: page.items.map((item) => ({
      id: item.id,
      createdAt: item.createdAt.toISOString(),
      actorType: item.actorType,
      actorEmail: item.actorEmail,
      action: item.action,
      targetType: item.targetType,
      targetId: item.targetId,
      metadata: item.metadata,
    })),
  };

  return (
    <Card>
      <CardHeader>
        <CardTitle>
          <h2>Audit log</h2>
        </CardTitle>
        <CardDescription>Who changed what in this workspace, newest first. Times are in UTC.</CardDescription>
      </CardHeader>
      <CardContent>
        <AuditLogTable orgId={ctx.org.id} orgSlug={ctx.org.slug} initialPage={initialPage} />
      </CardContent>
    </Card>
  );
}
