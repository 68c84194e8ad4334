import { and, eq, isNull, lt, or, sql } from 'drizzle-orm';
import type { Db } from '@/db';
import { leadImports, type ImportRowError } from '@/db/schema';
import { isAppError } from '@/lib/errors';
import { log } from '@/lib/log';
import { listCustomFields } from '../custom-fields';
import type { CreateLeadInput } from '../schemas';
import { scoreHalfLifeOf } from '../rescore';
import { csvRecords } from './csv';
import { IMPORT_HEARTBEAT_STALE_MS } from './imports';
import type { ResolvedMapping } from './mapping';
import { compileRowPlan, rowToLead, type RowPlan } from './validate-row';
import { writeLeadBatch } from './write-batch';

export const IMPORT_BATCH_SIZE = 500;
/** Errors kept in full on the import; errorCount counts every failed row. */
export const MAX_STORED_ERRORS = 1000;

export type RunImportOutcome = 'not_claimed' | 'completed' | 'failed' | 'paused' | 'lost';

/** Another worker moved the import on (this one stalled past the lease): stop without writing. */
class LostClaimError extends Error {}

type Claimed = { id: string; orgId: string; columns: string[]; mapping: Record<string, string>; dedupe: 'skip' | 'update'; tags: string[]; processedRows: number };

/**
 * Takes the import only if it is running and no live worker holds it. One UPDATE … RETURNING: of two
 * workers racing, the second re-reads the row after the first committed, sees a fresh heartbeat, and
 * gets nothing.
 */
async function claimImport(db: Db, importId: string): Promise<Claimed | undefined> {
  const [claimed] = await db
    .update(leadImports)
    .set({ heartbeatAt: sql`now()`, startedAt: sql`coalesce(${leadImports.startedAt}, now())` })
    .where(
      and(
        eq(leadImports.id, importId),
        eq(leadImports.status, 'running'),
        or(isNull(leadImports.heartbeatAt), lt(leadImports.heartbeatAt, sql`now() - make_interval(secs => ${IMPORT_HEARTBEAT_STALE_MS / 1000})`)),
      ),
    )
    .returning({
      id: leadImports.id, orgId: leadImports.orgId, columns: leadImports.columns, mapping: leadImports.mapping,
      dedupe: leadImports.dedupe, tags: leadImports.tags, processedRows: leadImports.processedRows,
    });
  return claimed;
}

type Batch = { inputs: CreateLeadInput[]; errors: ImportRowError[]; errorRows: number; size: number };

function validateBatch(records: { row: number; record: string[] }[], plan: RowPlan): Batch {
  const batch: Batch = { inputs: [], errors: [], errorRows: 0, size: records.length };
  for (const { row, record } of records) {
    const result = rowToLead(record, row, plan);
    if (result.ok) batch.inputs.push(result.input);
    else {
      batch.errorRows += 1;
      batch.errors.push(...result.errors);
    }
  }
  return batch;
}

/**
 * One batch in one transaction: the leads, the counters and the heartbeat commit together, so after a
 * crash processedRows says exactly which rows are in. The import row is locked and its counter checked
 * first, so a worker that lost its claim cannot write a batch twice.
 */
async function commitBatch(db: Db, claimed: Claimed, batch: Batch, processedBefore: number, halfLifeDays: number) {
  await db.transaction(async (tx) => {
    const [current] = await tx
      .select({ status: leadImports.status, processedRows: leadImports.processedRows, stored: sql<number>`jsonb_array_length(${leadImports.errors})` })
      .from(leadImports)
      .where(eq(leadImports.id, claimed.id))
      .for('update');
    if (!current || current.status !== 'running' || current.processedRows !== processedBefore) throw new LostClaimError();
    const counts = await writeLeadBatch(tx, { orgId: claimed.orgId, inputs: batch.inputs, dedupe: claimed.dedupe, now: new Date(), halfLifeDays });
    const kept = batch.errors.slice(0, Math.max(0, MAX_STORED_ERRORS - Number(current.stored)));
    await tx
      .update(leadImports)
      .set({
        processedRows: sql`${leadImports.processedRows} + ${batch.size}`,
        createdCount: sql`${leadImports.createdCount} + ${counts.created}`,
        updatedCount: sql`${leadImports.updatedCount} + ${counts.updated}`,
        skippedCount: sql`${leadImports.skippedCount} + ${counts.skipped}`,
        errorCount: sql`${leadImports.errorCount} + ${batch.errorRows}`,
        errors: kept.length ? sql`${leadImports.errors} || ${JSON.stringify(kept)}::jsonb` : undefined,
        heartbeatAt: sql`now()`,
      })
      .where(eq(leadImports.id, claimed.id));
  });
}

/**
 * The import worker. Claims the import, streams its stored file through csv-parse from the first row
 * not yet processed, validates and writes batches of `batchSize` rows, and marks it completed. Safe to
 * call any number of times from anywhere: only one caller gets the claim, and a crashed run is resumed by
 * the next call once its heartbeat is stale. `budgetMs` makes it hand the import back after a batch when
 * time is up (for hosts that cap how long work may run after a response); the next call continues.
 */
export async function runImport(db: Db, { importId, batchSize = IMPORT_BATCH_SIZE, budgetMs }: { importId: string; batchSize?: number; budgetMs?: number }): Promise<{ outcome: RunImportOutcome }> {
  const claimed = await claimImport(db, importId);
  if (!claimed) return { outcome: 'not_claimed' };
  const startedAt = Date.now();
  let processed = claimed.processedRows;
  try {
    const [stored] = await db.select({ file: leadImports.file }).from(leadImports).where(eq(leadImports.id, importId));
    const plan = compileRowPlan({ columns: claimed.columns, mapping: claimed.mapping as ResolvedMapping, customFields: await listCustomFields(db, { orgId: claimed.orgId }), batchTags: claimed.tags });
    const halfLifeDays = await scoreHalfLifeOf(db, claimed.orgId);
    let pending: { row: number; record: string[] }[] = [];
    let index = -1;
    const flush = async () => {
      await commitBatch(db, claimed, validateBatch(pending, plan), processed, halfLifeDays);
      processed += pending.length;
      pending = [];
    };
    // Rows are skipped by record count rather than csv-parse's from_line: a quoted cell may span lines.
    for await (const record of csvRecords(stored!.file)) {
      index += 1;
      if (index === 0 || index <= processed) continue;
      // Spreadsheet numbering: the header is row 1, so data record n is row n + 1.
      pending.push({ row: index + 1, record });
      if (pending.length < batchSize) continue;
      await flush();
      if (budgetMs !== undefined && Date.now() - startedAt >= budgetMs) {
        await db.update(leadImports).set({ heartbeatAt: null }).where(and(eq(leadImports.id, importId), eq(leadImports.processedRows, processed)));
        return { outcome: 'paused' };
      }
    }
    if (pending.length > 0) await flush();
    const [done] = await db
      .update(leadImports)
      // The bytes have served their purpose; a finished import keeps its counters and errors, not 50 MB.
      .set({ status: 'completed', finishedAt: sql`now()`, heartbeatAt: null, file: Buffer.alloc(0) })
      .where(and(eq(leadImports.id, importId), eq(leadImports.status, 'running'), eq(leadImports.processedRows, processed)))
      .returning({ id: leadImports.id });
    return { outcome: done ? 'completed' : 'lost' };
  } catch (error) {
    if (error instanceof LostClaimError) return { outcome: 'lost' };
    log.error({ err: error, importId, processedRows: processed }, 'lead import failed');
    const where = `The import stopped after ${processed.toLocaleString('en')} rows`;
    await db
      .update(leadImports)
      .set({
        status: 'failed',
        failure: `${isAppError(error) ? `${where}: ${error.message}` : `${where} because of an unexpected error.`} The leads imported before that were kept.`,
        finishedAt: sql`now()`,
        heartbeatAt: null,
      })
      .where(and(eq(leadImports.id, importId), eq(leadImports.status, 'running')));
    return { outcome: 'failed' };
  }
}
