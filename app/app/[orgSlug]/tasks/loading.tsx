import { Skeleton } from '@/components/ui/skeleton';

export default function TasksLoading() {
  return (
    <div className="mx-auto grid max-w-4xl gap-4" aria-busy="true" aria-label="Loading">
      <div className="flex items-end justify-between">
        <div className="grid gap-2">
          <Skeleton className="h-8 w-32" />
          <Skeleton className="h-4 w-64" />
        </div>
        <Skeleton className="h-9 w-28" />
      </div>
      <Skeleton className="h-9 w-56" />
      {Array.from({ length: 3 }, (_, group) => (
        <div key={group} className="grid gap-2">
          <Skeleton className="h-4 w-24" />
          {Array.from({ length: 3 - group }, (_, row) => (
            <Skeleton key={row} className="h-14" />
          ))}
        </div>
      ))}
    </div>
  );
}
