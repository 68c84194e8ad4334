import { z } from 'zod';
import { AppError } from '@/lib/errors';
import { isBuiltInField, type ImportCustomField, type ImportField } from './fields';

const tag = z.string().trim().min(1, 'A tag cannot be empty.').max(50, 'A tag has at most 50 characters.');

export const IMPORT_DEDUPE_MODES = ['skip', 'update'] as const;
export type ImportDedupe = (typeof IMPORT_DEDUPE_MODES)[number];

/** What the mapping step sends: CSV column → field ('' or a missing column means "do not import"). */
export const startImportSchema = z.object({
  importId: z.uuid(),
  mapping: z.record(z.string().max(200), z.string().max(80)),
  dedupe: z.enum(IMPORT_DEDUPE_MODES).default('skip'),
  tags: z.array(tag).max(10, 'Add at most 10 tags to a batch.').default([]),
});
export type StartImportInput = z.input<typeof startImportSchema>;

/** The mapping with "do not import" entries removed. */
export type ResolvedMapping = Record<string, ImportField>;

function mappingError(message: string, column?: string): AppError {
  return new AppError('bad_request', message, { details: { field: column ? `mapping.${column}` : 'mapping' } });
}

/**
 * Checks a mapping against the file's columns and the workspace's fields: every column exists, every
 * field is known and used once, and the name is mapped (one Name column, or First name and/or Last name).
 * Pure, so the form and the worker agree on what is valid.
 */
export function validateMapping(mapping: Record<string, string>, columns: string[], customFields: ImportCustomField[]): ResolvedMapping {
  const resolved: ResolvedMapping = {};
  const usedBy = new Map<string, string>();
  const customKeys = new Set(customFields.map((field) => field.key));
  for (const [column, field] of Object.entries(mapping)) {
    if (!field) continue;
    if (!columns.includes(column)) throw mappingError(`The file has no column "${column}".`, column);
    const known = isBuiltInField(field) || (field.startsWith('custom:') && customKeys.has(field.slice('custom:'.length)));
    if (!known) throw mappingError(`"${field}" is not a field leads can be imported into.`, column);
    const other = usedBy.get(field);
    if (other !== undefined) throw mappingError(`Columns "${other}" and "${column}" are both mapped to the same field; map each field once.`, column);
    usedBy.set(field, column);
    resolved[column] = field as ImportField;
  }
  const fields = new Set(Object.values(resolved));
  if (fields.has('name') && (fields.has('firstName') || fields.has('lastName'))) {
    throw mappingError('Map either a Name column or First name / Last name columns, not both.');
  }
  if (!fields.has('name') && !fields.has('firstName') && !fields.has('lastName')) {
    throw mappingError('Map a column to Name (or to First name / Last name): every lead needs a name.');
  }
  return resolved;
}
