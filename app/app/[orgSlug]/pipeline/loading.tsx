import { Skeleton } from '@/components/ui/skeleton';

export default function PipelineLoading() {
  return (
    <div className="grid gap-4" aria-busy="true" aria-label="Loading">
      <div className="flex items-end justify-between">
        <div className="grid gap-2">
          <Skeleton className="h-8 w-40" />
          <Skeleton className="h-4 w-56" />
        </div>
        <Skeleton className="h-9 w-40" />
      </div>
      <Skeleton className="h-9 w-full max-w-xl" />
      <div className="flex gap-3 overflow-hidden">
        {Array.from({ length: 5 }, (_, column) => (
          <div key={column} className="grid w-72 shrink-0 content-start gap-2 rounded-lg border p-2">
            <Skeleton className="h-5 w-32" />
            <Skeleton className="mb-2 h-3 w-20" />
            {Array.from({ length: 4 - (column % 3) }, (_, card) => (
              <Skeleton key={card} className="h-16" />
            ))}
          </div>
        ))}
      </div>
    </div>
  );
}
