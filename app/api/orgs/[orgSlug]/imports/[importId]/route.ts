import { getImportStatus } from '@/lib/leads/import/imports';
import { kickImportWorker } from '@/lib/server/kick-import-worker';
import { withOrg } from '@/lib/server/with-org';

// GET /api/orgs/{orgSlug}/imports/{importId} - an import's status and counters (polled by the progress bar); restarts a stalled worker
export const GET = withOrg<{ orgSlug: string; importId: string }>(
  async ({ ctx, params }) => {
    const status = await getImportStatus(ctx.db, { orgId: ctx.org.id, importId: params.importId, now: ctx.now });
    // The resume: the import should be running but no worker's heartbeat is fresh (crash, deploy, timeout).
    if (status.needsWorker) kickImportWorker(ctx.db, status.import.id);
    return Response.json({ import: status.import, preview: status.preview }, { headers: { 'cache-control': 'no-store' } });
  },
  { permission: 'leads.read' },
);
