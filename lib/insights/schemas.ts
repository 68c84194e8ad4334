import { z } from 'zod';
import type { InsightStatus } from '@/db/schema/values';

/** The statuses the insights page has a tab for. `expired` (superseded by a newer scan) is never listed. */
export const INSIGHT_TAB_STATUSES = ['open', 'acted', 'dismissed'] as const satisfies readonly InsightStatus[];
export type InsightTabStatus = (typeof INSIGHT_TAB_STATUSES)[number];

export const insightStatusSchema = z.enum(INSIGHT_TAB_STATUSES);

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
