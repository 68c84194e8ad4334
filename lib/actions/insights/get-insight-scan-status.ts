'use server';

import { z } from 'zod';
import { getInsightScanStatus } from '@/lib/insights/queries';
import { orgAction } from '@/lib/server/safe-action';

// Read-only: polled after "Scan now" until the scan's last run passes the request time.
export const getInsightScanStatusAction = orgAction
  .metadata({ name: 'get-insight-scan-status', permission: 'insights.read' })
  .inputSchema(z.object({ orgSlug: z.string() }))
  .action(async ({ ctx }) => {
    const scan = await getInsightScanStatus(ctx);
    return {
      nextRunAt: scan?.nextRunAt.toISOString() ?? null,
      lastRunAt: scan?.lastRunAt?.toISOString() ?? null,
      lastFindings: scan?.lastFindings ?? null,
    };
  });
