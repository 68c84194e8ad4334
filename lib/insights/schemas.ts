import { z } from 'zod';
import { INSIGHT_STATUSES } from '@/db/schema/values';

export const insightStatusSchema = z.enum(INSIGHT_STATUSES);

export const INSIGHTS_PAGE_SIZE = 20;

export const listInsightsQuerySchema = z.object({
  status: insightStatusSchema.default('open'),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(INSIGHTS_PAGE_SIZE),
});
export type ListInsightsQuery = z.infer<typeof listInsightsQuerySchema>;
export type ListInsightsInput = z.input<typeof listInsightsQuerySchema>;

/** Accept, dismiss and reopen all name one insight. */
export const insightDecisionSchema = z.object({ insightId: z.uuid({ error: 'Choose an insight.' }) });
export type InsightDecisionInput = z.infer<typeof insightDecisionSchema>;
