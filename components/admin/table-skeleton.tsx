import { Skeleton } from '@/components/ui/skeleton';

/** Placeholder for a staff list while its page loads: a header, a filter bar and table rows. */
export function TableSkeleton({ rows = 8, columns = 5 }: { rows?: number; columns?: number }) {
  return (
    <div aria-busy="true" aria-label="Loading">
      <Skeleton className="mb-2 h-8 w-48" />
      <Skeleton className="mb-6 h-4 w-80" />
      <Skeleton className="mb-4 h-9 w-full max-w-md" />
      <div className="space-y-3 rounded-lg border p-4">
        {Array.from({ length: rows }, (_, row) => (
          <div key={row} className="flex gap-4">
            {Array.from({ length: columns }, (_, column) => (
              <Skeleton key={column} className="h-5 flex-1" />
            ))}
          </div>
        ))}
      </div>
    </div>
  );
}
