import { Skeleton } from '@/components/ui/skeleton';

export default function LeadLoading() {
  return (
    <div className="mx-auto grid max-w-6xl gap-6" aria-busy="true" aria-label="Loading lead">
      <Skeleton className="h-4 w-24" />
      <div className="flex flex-wrap items-center justify-between gap-4">
        <Skeleton className="h-8 w-64" />
        <Skeleton className="h-8 w-48" />
      </div>
      <div className="flex gap-4">
        <Skeleton className="h-8 w-40" />
        <Skeleton className="h-8 w-40" />
      </div>
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,2fr)]">
        <div className="grid content-start gap-6">
          <Skeleton className="h-96" />
          <Skeleton className="h-48" />
        </div>
        <div className="grid content-start gap-6">
          <Skeleton className="h-56" />
          <Skeleton className="h-24" />
          <Skeleton className="h-72" />
        </div>
      </div>
    </div>
  );
}
