/** The TanStack Query key prefix of the staff job runs list; a retry invalidates every filter's pages. */
export const JOB_RUNS_QUERY_KEY = ['admin', 'jobs', 'runs'] as const;
