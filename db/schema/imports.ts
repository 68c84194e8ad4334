import { customType, index, integer, jsonb, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { orgs } from './orgs';
import { users } from './users';

const bytea = customType<{ data: Buffer }>({ dataType: () => 'bytea' });

export const IMPORT_STATUSES = ['uploaded', 'running', 'completed', 'failed'] as const;
export const importStatusEnum = pgEnum('lead_import_status', IMPORT_STATUSES);

export type ImportRowError = { row: number; column: string; message: string };
export type ImportMapping = Record<string, string>;

/**
 * A CSV import. The file is kept in the row so any app instance can resume it: progress counters say how
 * many data rows are done, and a worker holds the import only while its heartbeat is fresh.
 */
export const leadImports = pgTable(
  'lead_imports',
  {
    id: uuid().primaryKey().defaultRandom(),
    orgId: uuid().notNull().references(() => orgs.id, { onDelete: 'cascade' }),
    createdById: uuid().references(() => users.id, { onDelete: 'set null' }),
    fileName: text().notNull(),
    file: bytea().notNull(),
    columns: text().array().notNull(),
    status: importStatusEnum().notNull().default('uploaded'),
    // CSV column → lead field.
    mapping: jsonb().$type<ImportMapping>().notNull().default({}),
    dedupe: text({ enum: ['skip', 'update'] }).notNull().default('skip'),
    tags: text().array().notNull().default([]),
    totalRows: integer().notNull().default(0),
    processedRows: integer().notNull().default(0),
    createdCount: integer().notNull().default(0),
    updatedCount: integer().notNull().default(0),
    skippedCount: integer().notNull().default(0),
    errorCount: integer().notNull().default(0),
    // The first errors in full (row, column, message); errorCount has them all.
    errors: jsonb().$type<ImportRowError[]>().notNull().default([]),
    failure: text(),
    heartbeatAt: timestamp({ withTimezone: true, mode: 'date' }),
    startedAt: timestamp({ withTimezone: true, mode: 'date' }),
    finishedAt: timestamp({ withTimezone: true, mode: 'date' }),
    createdAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [index().on(t.orgId, t.createdAt)],
);

export type LeadImport = typeof leadImports.$inferSelect;
