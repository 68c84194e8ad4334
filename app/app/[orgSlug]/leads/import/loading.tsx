import { Skeleton } from '@/components/ui/skeleton';

// The import page's frame while it loads: header, steps, the drop zone and the recent imports.
export default function ImportLeadsLoading() {
  return (
    <div className="mx-auto grid max-w-5xl gap-6" aria-busy="true" aria-label="Loading the import page">
      <div className="grid gap-2">
        <Skeleton className="h-4 w-16" />
        <Skeleton className="h-8 w-80" />
        <Skeleton className="h-4 w-96" />
      </div>
      <Skeleton className="h-6 w-96" />
      <Skeleton className="h-44" />
      <Skeleton className="h-6 w-40" />
      <Skeleton className="h-32" />
    </div>
  );
}
