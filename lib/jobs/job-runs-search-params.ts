import { z } from 'zod';
import { JOB_RUN_STATUSES, JOB_RUN_TRIGGERS } from '@/db/schema/values';

// The first value of a repeated param, trimmed; empty counts as absent.
const first = (value: unknown) => {
  const single = (Array.isArray(value) ? value[0] : value) as unknown;
  return typeof single === 'string' && single.trim() ? single.trim() : undefined;
};

/**
 * The /admin/jobs filters as they arrive in the URL (`?job=&status=&trigger=&org=`). A hand-edited value
 * that is not valid is dropped (`.catch`) rather than failing the page: the list then shows unfiltered.
 */
export const jobRunsSearchParamsSchema = z.object({
  jobId: z.preprocess(first, z.string().max(100).optional()).catch(undefined),
  status: z.preprocess(first, z.enum(JOB_RUN_STATUSES).optional()).catch(undefined),
  trigger: z.preprocess(first, z.enum(JOB_RUN_TRIGGERS).optional()).catch(undefined),
  org: z.preprocess(first, z.string().max(100).optional()).catch(undefined),
});
export type JobRunsFilters = z.infer<typeof jobRunsSearchParamsSchema>;

export function parseJobRunsSearchParams(params: Record<string, string | string[] | undefined>): JobRunsFilters {
  return jobRunsSearchParamsSchema.parse({ jobId: params.job, status: params.status, trigger: params.trigger, org: params.org });
}

