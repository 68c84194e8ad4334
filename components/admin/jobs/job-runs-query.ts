/** The TanStack Query key prefix of the staff job runs list; a retry invalidates every filter's pages. */
export const JOB_RUNS_QUERY_KEY = ['admin', 'jobs', 'runs'] as const;

type FailedListQuery = {
  isFetchNextPageError: boolean;
  fetchNextPage: () => Promise<unknown>;
  refetch: () => Promise<unknown>;
};

/**
 * "Try again" after the list failed to load: a failed "Load more" asks for that page again; any other failure
 * (the refetch after a retry was queued) reloads the list, since there may be no next page to fetch.
 */
export function loadAgain(query: FailedListQuery): Promise<unknown> {
  return query.isFetchNextPageError ? query.fetchNextPage() : query.refetch();
}
