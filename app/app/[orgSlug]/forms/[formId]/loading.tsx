import { Skeleton } from '@/components/ui/skeleton';

export default function FormLoading() {
  return (
    <div className="mx-auto grid max-w-4xl gap-4" aria-busy="true" aria-label="Loading the form">
      <Skeleton className="h-4 w-16" />
      <div className="flex items-start justify-between">
        <div className="grid gap-2">
          <Skeleton className="h-8 w-56" />
          <Skeleton className="h-4 w-40" />
        </div>
        <Skeleton className="h-9 w-40" />
      </div>
      <div className="grid grid-cols-2 gap-3 sm:grid-cols-4">
        {Array.from({ length: 4 }, (_, stat) => (
          <Skeleton key={stat} className="h-20" />
        ))}
      </div>
      <Skeleton className="h-9 w-72" />
      <Skeleton className="h-64" />
    </div>
  );
}
