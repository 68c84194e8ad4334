import { Skeleton } from '@/components/ui/skeleton';

export default function FormsLoading() {
  return (
    <div className="mx-auto grid max-w-6xl gap-4" aria-busy="true" aria-label="Loading forms">
      <div className="flex items-end justify-between">
        <div className="grid gap-2">
          <Skeleton className="h-8 w-28" />
          <Skeleton className="h-4 w-96 max-w-full" />
        </div>
        <Skeleton className="h-9 w-28" />
      </div>
      <div className="overflow-hidden rounded-lg border">
        <Skeleton className="h-10 rounded-none" />
        {Array.from({ length: 4 }, (_, row) => (
          <div key={row} className="flex items-center gap-4 border-t px-3 py-3">
            <Skeleton className="h-4 w-48" />
            <Skeleton className="h-5 w-14" />
            <Skeleton className="ml-auto h-4 w-64" />
          </div>
        ))}
      </div>
    </div>
  );
}
