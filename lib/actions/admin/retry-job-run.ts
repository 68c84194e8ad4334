'use server';

import { revalidatePath } from 'next/cache';
import { retryJobRun, retryJobRunSchema } from '@/lib/jobs/retry-run';
import { staffAction } from '@/lib/server/safe-action';
import { staffActorFor } from './staff-actor';

export const retryJobRunAction = staffAction
  .metadata({ name: 'retry-job-run' })
  .inputSchema(retryJobRunSchema)
  .action(async ({ ctx, parsedInput }) => {
    const retry = await retryJobRun(ctx.db, parsedInput.runId, await staffActorFor(ctx.user.id));
    revalidatePath('/admin/jobs');
    revalidatePath(`/admin/jobs/${parsedInput.runId}`);
    return { id: retry.id };
  });
