import { Skeleton } from '@/components/ui/skeleton';

export default function InsightsLoading() {
  return (
    <div className="mx-auto grid max-w-4xl gap-4" aria-busy="true" aria-label="Loading insights">
      <div className="flex items-end justify-between">
        <div className="grid gap-2">
          <Skeleton className="h-8 w-36" />
          <Skeleton className="h-4 w-80" />
        </div>
        <Skeleton className="h-9 w-28" />
      </div>
      <Skeleton className="h-9 w-72" />
      {Array.from({ length: 3 }, (_, index) => (
        <div key={index} className="grid gap-3 rounded-lg border p-4">
          <div className="flex justify-between">
            <Skeleton className="h-5 w-40" />
            <Skeleton className="h-5 w-28" />
          </div>
          <Skeleton className="h-4 w-3/4" />
          <Skeleton className="h-4 w-1/2" />
          <Skeleton className="ml-auto h-8 w-48" />
        </div>
      ))}
    </div>
  );
}
