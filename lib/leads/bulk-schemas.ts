import { z } from 'zod';
import { leadFilterSchema } from './schemas';

// Either the rows someone ticked, or "every lead matching this filter" (the filter of the list they see).
export const leadSelectionSchema = z.union([
  z.object({ ids: z.array(z.uuid()).min(1, 'Select at least one lead.').max(1000) }),
  z.object({ filter: leadFilterSchema }),
]);
export type LeadSelection = z.infer<typeof leadSelectionSchema>;

export const bulkOperationSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('assign'), ownerId: z.uuid().nullable() }),
  z.object({ type: z.literal('stage'), stageId: z.uuid().nullable() }),
  z.object({ type: z.literal('add_tag'), tag: z.string().trim().min(1).max(50) }),
  z.object({ type: z.literal('remove_tag'), tag: z.string().trim().min(1).max(50) }),
  z.object({ type: z.literal('delete') }),
]);
export type BulkOperation = z.infer<typeof bulkOperationSchema>;

export const bulkUpdateLeadsSchema = z.object({ selection: leadSelectionSchema, operation: bulkOperationSchema });
