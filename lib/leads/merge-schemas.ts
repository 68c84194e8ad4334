import { z } from 'zod';

/** Fields a merge can take from either lead; tags and custom fields are combined, the timeline moves over. */
export const MERGE_FIELDS = ['name', 'email', 'company', 'phone', 'title', 'source', 'stageId', 'ownerId', 'priority', 'valueCents', 'currency'] as const;
export type MergeField = (typeof MERGE_FIELDS)[number];

export const mergeLeadsSchema = z
  .object({
    primaryId: z.uuid(),
    secondaryId: z.uuid(),
    // For each field, which lead's value to keep; fields left out keep the primary's.
    pick: z.partialRecord(z.enum(MERGE_FIELDS), z.enum(['primary', 'secondary'])).default({}),
  })
  .refine((v) => v.primaryId !== v.secondaryId, { message: 'Choose two different leads.', path: ['secondaryId'] });
export type MergeLeadsInput = z.input<typeof mergeLeadsSchema>;
