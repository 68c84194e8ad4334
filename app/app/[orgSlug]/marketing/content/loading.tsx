import { Skeleton } from '@/components/ui/skeleton';

export default function MarketingContentLoading() {
  return (
    <div className="grid gap-6" aria-busy="true" aria-label="Loading posts">
      <div className="grid gap-4 rounded-lg border p-6">
        <Skeleton className="h-6 w-32" />
        <div className="grid gap-4 sm:grid-cols-2">
          <Skeleton className="h-9" />
          <Skeleton className="h-9" />
          <Skeleton className="h-9" />
        </div>
        <Skeleton className="h-9 w-28" />
      </div>
      {Array.from({ length: 3 }, (_, index) => (
        <div key={index} className="grid gap-3 rounded-lg border p-4">
          <Skeleton className="h-5 w-48" />
          <Skeleton className="h-4 w-full" />
          <Skeleton className="h-4 w-2/3" />
        </div>
      ))}
    </div>
  );
}
