import { z } from 'zod';
import { LEAD_LIST_COLUMNS } from '../columns';
import { LEAD_SORTS } from '../lead-sort';
import { leadFilterSchema } from '../schemas';

const exportColumn = z.union([
  z.enum(LEAD_LIST_COLUMNS),
  z.string().regex(/^custom:[a-z][a-z0-9_]{0,39}$/, { error: (issue) => `"${String(issue.input)}" is not a lead column.` }),
]);

/**
 * The export's query: the list's filter and sort, plus `columns` (comma-separated list columns and
 * `custom:<key>` fields). Without `columns` the export has every list column and every custom field.
 */
export const exportLeadsQuerySchema = leadFilterSchema.extend({
  sort: z.enum(LEAD_SORTS).default('created_desc'),
  columns: z
    .string()
    .optional()
    .transform((value) => (value ? [...new Set(value.split(',').map((item) => item.trim()).filter(Boolean))] : undefined))
    .pipe(z.array(exportColumn).min(1, 'Choose at least one column.').max(100).optional()),
});
export type ExportLeadsQuery = z.infer<typeof exportLeadsQuerySchema>;
