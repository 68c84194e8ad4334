'use server';

import { z } from 'zod';
import { listInsightCards } from '@/lib/insights/insight-cards';
import { listInsightsQuerySchema } from '@/lib/insights/schemas';
import { orgAction } from '@/lib/server/safe-action';

// Read-only: the insights page's "Load more" (and its refresh after a decision) fetches cards through this.
export const listInsightsAction = orgAction
  .metadata({ name: 'list-insights', permission: 'insights.read' })
  .inputSchema(listInsightsQuerySchema.extend({ orgSlug: z.string() }))
  .action(async ({ ctx, parsedInput: { orgSlug: _orgSlug, ...query } }) => listInsightCards(ctx, query));
