import { Skeleton } from '@/components/ui/skeleton';

/** The jobs page's outline while it loads: header, cron cards, filters and table rows. */
export default function AdminJobsLoading() {
  return (
    <div aria-busy="true" aria-label="Loading jobs">
      <Skeleton className="mb-2 h-8 w-32" />
      <Skeleton className="mb-6 h-4 w-96 max-w-full" />
      <div className="mb-8 grid gap-4 sm:grid-cols-2 xl:grid-cols-3">
        {Array.from({ length: 3 }, (_, card) => (
          <Skeleton key={card} className="h-36 rounded-xl" />
        ))}
      </div>
      <Skeleton className="mb-4 h-9 w-full" />
      <div className="space-y-3 rounded-lg border p-4">
        {Array.from({ length: 8 }, (_, row) => (
          <div key={row} className="flex gap-4">
            {Array.from({ length: 7 }, (_, column) => (
              <Skeleton key={column} className="h-5 flex-1" />
            ))}
          </div>
        ))}
      </div>
    </div>
  );
}
