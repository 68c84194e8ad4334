import { and, eq } from 'drizzle-orm';
import { leadImports } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import type { Ctx } from '@/lib/ctx';
import { AppError } from '@/lib/errors';
import { listCustomFields } from '../custom-fields';
import { getImport } from './imports';
import { startImportSchema, validateMapping, type StartImportInput } from './mapping';

/**
 * Saves the mapping, dedupe mode and batch tags of an uploaded import and marks it running. The caller
 * then starts a worker (runImport); until one claims it, the import simply waits with no heartbeat.
 */
export async function startImport(ctx: Ctx, input: StartImportInput) {
  // The import first: an unknown (or malformed) id is a 404 whatever the body says.
  const current = await getImport(ctx.db, { orgId: ctx.org.id, importId: String(input.importId) });
  const { importId, mapping, dedupe, tags } = startImportSchema.parse(input);
  if (current.status !== 'uploaded') throw new AppError('conflict', 'This import has been started already.');
  const resolved = validateMapping(mapping, current.columns, await listCustomFields(ctx.db, { orgId: ctx.org.id }));
  const [started] = await ctx.db
    .update(leadImports)
    .set({ status: 'running', mapping: resolved, dedupe, tags: [...new Set(tags)], heartbeatAt: null })
    // Only from 'uploaded': two clicks on Start cannot start it twice or change a running import's mapping.
    .where(and(eq(leadImports.id, importId), eq(leadImports.orgId, ctx.org.id), eq(leadImports.status, 'uploaded')))
    .returning({ id: leadImports.id });
  if (!started) throw new AppError('conflict', 'This import has been started already.');
  await recordAudit(ctx.db, {
    orgId: ctx.org.id,
    actorType: ctx.actor,
    actorUserId: ctx.user?.id ?? null,
    actorApiKeyId: ctx.apiKey?.id ?? null,
    action: 'leads.import_started',
    targetType: 'lead_import',
    targetId: importId,
    metadata: { fileName: current.fileName, rows: current.totalRows, dedupe, tags },
    requestId: ctx.requestId ?? null,
  });
  return getImport(ctx.db, { orgId: ctx.org.id, importId });
}
