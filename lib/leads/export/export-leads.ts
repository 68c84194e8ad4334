import { stringify } from 'csv-stringify/sync';
import { inArray } from 'drizzle-orm';
import type { Executor } from '@/db';
import { users, type Lead } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import type { Ctx } from '@/lib/ctx';
import { AppError } from '@/lib/errors';
import { COLUMN_LABELS, LEAD_LIST_COLUMNS, type LeadListColumn } from '../columns';
import { listCustomFields } from '../custom-fields';
import { listLeads } from '../queries';
import { listStages } from '../stages';
import type { ExportLeadsQuery } from './export-schemas';

const PAGE_SIZE = 1000;

/**
 * CSV formula injection: a cell starting with = + - @ (or a tab / carriage return) is run as a formula
 * by Excel, LibreOffice and Google Sheets when the file is opened, and lead fields are typed by anyone
 * who fills a form. A leading single quote makes the spreadsheet show the text as text. The importer
 * strips that quote again (lib/leads/import/validate-row.ts cleanCell), so exports re-import unchanged.
 */
export function guardFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

type ExportColumn = { header: string; cell: (lead: Lead, names: NameMaps) => string | number };
type NameMaps = { stages: Map<string, string>; owners: Map<string, string> };

const iso = (date: Date | null) => (date ? date.toISOString() : '');

// Headers are the list's labels (Name, Email, Company, …): the importer's suggested mapping knows them.
const LIST_COLUMNS: Record<LeadListColumn, ExportColumn['cell']> = {
  name: (lead) => lead.name,
  email: (lead) => lead.email ?? '',
  company: (lead) => lead.company ?? '',
  phone: (lead) => lead.phone ?? '',
  title: (lead) => lead.title ?? '',
  stage: (lead, names) => (lead.stageId ? (names.stages.get(lead.stageId) ?? '') : ''),
  owner: (lead, names) => (lead.ownerId ? (names.owners.get(lead.ownerId) ?? '') : ''),
  source: (lead) => lead.source ?? '',
  tags: (lead) => lead.tags.join(', '),
  score: (lead) => lead.score,
  // In currency units, as the importer reads a Value column.
  value: (lead) => (lead.valueCents === null ? '' : (lead.valueCents / 100).toFixed(2)),
  createdAt: (lead) => iso(lead.createdAt),
  lastActivityAt: (lead) => iso(lead.lastActivityAt),
};

async function resolveColumns(db: Executor, orgId: string, requested: string[] | undefined): Promise<ExportColumn[]> {
  const customFields = await listCustomFields(db, { orgId });
  const custom = (key: string, label: string): ExportColumn => ({
    header: label,
    cell: (lead) => {
      const value = lead.customFields[key];
      return value === undefined || value === null ? '' : String(value);
    },
  });
  if (!requested) {
    return [
      ...LEAD_LIST_COLUMNS.map((column) => ({ header: COLUMN_LABELS[column], cell: LIST_COLUMNS[column] })),
      ...customFields.map((field) => custom(field.key, field.label)),
    ];
  }
  return requested.map((column) => {
    if (column.startsWith('custom:')) {
      const field = customFields.find((candidate) => `custom:${candidate.key}` === column);
      if (!field) throw new AppError('bad_request', `"${column}" is not a custom field of this workspace.`, { details: { field: 'columns' } });
      return custom(field.key, field.label);
    }
    return { header: COLUMN_LABELS[column as LeadListColumn], cell: LIST_COLUMNS[column as LeadListColumn] };
  });
}

async function addOwnerNames(db: Executor, owners: Map<string, string>, page: Lead[]) {
  const missing = [...new Set(page.map((lead) => lead.ownerId).filter((id): id is string => !!id && !owners.has(id)))];
  if (missing.length === 0) return;
  const rows = await db.select({ id: users.id, name: users.name, email: users.email }).from(users).where(inArray(users.id, missing));
  for (const row of rows) owners.set(row.id, row.name ?? row.email);
}

function toCsv(rows: (string | number)[][]): string {
  return stringify(rows.map((row) => row.map((cell) => (typeof cell === 'string' ? guardFormula(cell) : cell))));
}

/**
 * The leads matching a filter as a CSV stream: a header row, then pages of 1,000 read by keyset as the
 * client consumes them, so memory stays flat whatever the workspace's size. Columns are checked before
 * the stream starts, so a bad request is still answered with an error status.
 */
export async function exportLeadsCsv(ctx: Ctx, { columns: requested, sort, ...filter }: ExportLeadsQuery): Promise<ReadableStream<Uint8Array>> {
  const orgId = ctx.org.id;
  const columns = await resolveColumns(ctx.db, orgId, requested);
  const names: NameMaps = { stages: new Map((await listStages(ctx.db, { orgId })).map((stage) => [stage.id, stage.name])), owners: new Map() };
  await recordAudit(ctx.db, {
    orgId,
    actorType: ctx.actor,
    actorUserId: ctx.user?.id ?? null,
    actorApiKeyId: ctx.apiKey?.id ?? null,
    action: 'leads.exported',
    targetType: 'lead',
    metadata: { filter, sort, columns: columns.map((column) => column.header) },
    requestId: ctx.requestId ?? null,
  });

  const encoder = new TextEncoder();
  let cursor: string | undefined;
  let started = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      // A byte-order mark so Excel opens the file as UTF-8; the importer skips it (csv-parse bom: true).
      const head = started ? '' : `\uFEFF${toCsv([columns.map((column) => column.header)])}`;
      started = true;
      const page = await listLeads(ctx.db, { orgId, ...filter, sort, cursor, limit: PAGE_SIZE });
      await addOwnerNames(ctx.db, names.owners, page.items);
      controller.enqueue(encoder.encode(head + toCsv(page.items.map((lead) => columns.map((column) => column.cell(lead, names))))));
      if (page.nextCursor) cursor = page.nextCursor;
      else controller.close();
    },
  });
}
