import { stringify } from 'csv-stringify/sync';
import type { Ctx } from '@/lib/ctx';
import { createImport, getImport } from '@/lib/leads/import/imports';
import { runImport } from '@/lib/leads/import/run-import';
import { startImport } from '@/lib/leads/import/start-import';

export function csvOf(rows: (string | number)[][]): Buffer {
  return Buffer.from(stringify(rows));
}

/** Uploads, starts (with the suggested mapping unless given) and runs an import to its end. */
export async function importCsv(
  ctx: Ctx,
  file: Buffer,
  options: { mapping?: Record<string, string>; dedupe?: 'skip' | 'update'; tags?: string[]; batchSize?: number } = {},
) {
  const { import: uploaded, preview } = await createImport(ctx, { fileName: 'leads.csv', file });
  await startImport(ctx, { importId: uploaded.id, mapping: options.mapping ?? preview.suggestedMapping, dedupe: options.dedupe ?? 'skip', tags: options.tags ?? [] });
  const { outcome } = await runImport(ctx.db, { importId: uploaded.id, batchSize: options.batchSize });
  return { outcome, result: await getImport(ctx.db, { orgId: ctx.org.id, importId: uploaded.id }) };
}
