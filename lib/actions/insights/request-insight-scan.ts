'use server';

import { z } from 'zod';
import { requestInsightScan } from '@/lib/insights/request-scan';
import { orgAction } from '@/lib/server/safe-action';

// Nothing to revalidate yet: the scan runs in the background; the page polls the scan status for its end.
export const requestInsightScanAction = orgAction
  .metadata({ name: 'request-insight-scan', permission: 'insights.act' })
  .inputSchema(z.object({ orgSlug: z.string() }))
  .action(async ({ ctx }) => requestInsightScan(ctx));
