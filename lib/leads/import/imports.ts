import { and, desc, eq, getTableColumns, isNull, lt, or, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Executor } from '@/db';
import { leadImports, type LeadImport } from '@/db/schema';
import type { Ctx } from '@/lib/ctx';
import { AppError } from '@/lib/errors';
import { listCustomFields } from '../custom-fields';
import { inspectCsv, previewCsv } from './csv';
import { importFieldOptions, suggestMapping } from './fields';

/** A worker whose heartbeat is older than this is presumed dead; another may take the import over. */
export const IMPORT_HEARTBEAT_STALE_MS = 30_000;
/** How many errors the status answer carries; the errors CSV has every stored one. */
const ERRORS_IN_STATUS = 100;
const PREVIEW_HEAD_BYTES = 256 * 1024;

export type ImportSummary = Omit<LeadImport, 'file'>;

// Every column but the file bytes, which can be 50 MB.
const { file: _file, ...summaryColumns } = getTableColumns(leadImports);

const importIdSchema = z.uuid();

async function mappingHelp(db: Executor, orgId: string, columns: string[]) {
  const customFields = await listCustomFields(db, { orgId });
  return { suggestedMapping: suggestMapping(columns, customFields), fields: importFieldOptions(customFields) };
}

/**
 * Stores an uploaded CSV (the bytes go into the row, so any instance can run or resume it) after reading
 * it once: header, number of data rows, first rows. Returns what the mapping step needs.
 */
export async function createImport(ctx: Ctx, { fileName, file }: { fileName: string; file: Buffer }) {
  const { columns, totalRows, preview } = await inspectCsv(file);
  const [created] = await ctx.db
    .insert(leadImports)
    .values({ orgId: ctx.org.id, createdById: ctx.user?.id ?? null, fileName: fileName.trim().slice(0, 200) || 'import.csv', file, columns, totalRows })
    .returning(summaryColumns);
  return { import: created!, preview: { rows: preview, ...(await mappingHelp(ctx.db, ctx.org.id, columns)) } };
}

export async function getImport(db: Executor, { orgId, importId }: { orgId: string; importId: string }): Promise<ImportSummary> {
  // A malformed id cannot name an import: answer like any unknown id instead of letting Postgres fail.
  if (!importIdSchema.safeParse(importId).success) throw new AppError('not_found', 'Import not found.');
  const [row] = await db.select(summaryColumns).from(leadImports).where(and(eq(leadImports.id, importId), eq(leadImports.orgId, orgId)));
  if (!row) throw new AppError('not_found', 'Import not found.');
  return row;
}

/** The workspace's most recent imports, newest first. */
export async function listImports(db: Executor, { orgId, limit = 10 }: { orgId: string; limit?: number }) {
  const { errors: _errors, mapping: _mapping, columns: _columns, ...listColumns } = summaryColumns;
  return db.select(listColumns).from(leadImports).where(eq(leadImports.orgId, orgId)).orderBy(desc(leadImports.createdAt), desc(leadImports.id)).limit(limit);
}

/** The mapping step's data for an uploaded import: first rows (from the file's head), suggestions, fields. */
export async function getImportPreview(db: Executor, { orgId, importId, columns }: { orgId: string; importId: string; columns: string[] }) {
  const [row] = await db
    .select({ head: sql<Buffer>`substring(${leadImports.file} from 1 for ${PREVIEW_HEAD_BYTES})` })
    .from(leadImports)
    .where(and(eq(leadImports.id, importId), eq(leadImports.orgId, orgId)));
  if (!row) throw new AppError('not_found', 'Import not found.');
  return { rows: await previewCsv(Buffer.from(row.head)), ...(await mappingHelp(db, orgId, columns)) };
}

/** True when the import should be running but no live worker holds it (crashed, or never kicked). */
export function needsWorker(summary: Pick<ImportSummary, 'status' | 'heartbeatAt'>, now = new Date()) {
  return summary.status === 'running' && (!summary.heartbeatAt || now.getTime() - summary.heartbeatAt.getTime() > IMPORT_HEARTBEAT_STALE_MS);
}

/**
 * What the progress poll returns: counters always, the first errors once the import is over, the preview
 * while it waits for a mapping. `needsWorker` tells the adapter to start a worker again (the resume).
 */
export async function getImportStatus(db: Executor, { orgId, importId, now = new Date() }: { orgId: string; importId: string; now?: Date }) {
  const summary = await getImport(db, { orgId, importId });
  const finished = summary.status === 'completed' || summary.status === 'failed';
  return {
    import: { ...summary, errors: finished ? summary.errors.slice(0, ERRORS_IN_STATUS) : [] },
    preview: summary.status === 'uploaded' ? await getImportPreview(db, { orgId, importId, columns: summary.columns }) : null,
    needsWorker: needsWorker(summary, now),
  };
}

/**
 * Imports of any workspace that are running with no live worker (system job only: the worker claims each
 * one atomically, so several instances may call this at once).
 */
export async function listStalledImportIds(db: Executor, now = new Date()) {
  const staleBefore = new Date(now.getTime() - IMPORT_HEARTBEAT_STALE_MS);
  const rows = await db
    .select({ id: leadImports.id })
    .from(leadImports)
    .where(and(eq(leadImports.status, 'running'), or(isNull(leadImports.heartbeatAt), lt(leadImports.heartbeatAt, staleBefore))))
    .limit(20);
  return rows.map((row) => row.id);
}
