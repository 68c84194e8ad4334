import { AppError } from '@/lib/errors';
import { readJsonBody } from '@/lib/http/json-body';
import type { StartImportInput } from '@/lib/leads/import/mapping';
import { startImport } from '@/lib/leads/import/start-import';
import { kickImportWorker } from '@/lib/server/kick-import-worker';
import { withOrg } from '@/lib/server/with-org';

// POST /api/orgs/{orgSlug}/imports/{importId}/start - save the column mapping, dedupe mode and batch tags ({ mapping, dedupe, tags }) and start importing
export const POST = withOrg<{ orgSlug: string; importId: string }>(
  async ({ request, ctx, params }) => {
    const body = await readJsonBody(request);
    if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new AppError('bad_request', 'Send a JSON object with mapping, dedupe and tags.');
    // startImport validates the body with startImportSchema.
    const started = await startImport(ctx, { ...body, importId: params.importId } as StartImportInput);
    kickImportWorker(ctx.db, started.id);
    return Response.json({ import: started }, { status: 202 });
  },
  { permission: 'leads.write' },
);
