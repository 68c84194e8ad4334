'use server';

import { listJobRuns, listJobRunsSchema, serializeJobRunListItem } from '@/lib/jobs/list-runs';
import { recordJobRunsView } from '@/lib/jobs/record-job-runs-view';
import { staffAction } from '@/lib/server/safe-action';
import { staffActorFor } from './staff-actor';

// Read-only: the jobs page's "Load more" (and its refresh after a retry) asks for pages through this action.
export const listJobRunsAction = staffAction
  .metadata({ name: 'list-job-runs' })
  .inputSchema(listJobRunsSchema)
  .action(async ({ ctx, parsedInput }) => {
    const page = await listJobRuns(ctx.db, parsedInput);
    await recordJobRunsView(ctx.db, await staffActorFor(ctx.user.id), { filters: parsedInput });
    return { items: page.items.map(serializeJobRunListItem), nextCursor: page.nextCursor };
  });
