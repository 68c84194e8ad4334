import { Skeleton } from '@/components/ui/skeleton';

export default function AssistantLoading() {
  return (
    <div className="grid gap-4" aria-busy="true" aria-label="Loading the assistant">
      <div className="grid gap-2">
        <Skeleton className="h-8 w-40" />
        <Skeleton className="h-4 w-96 max-w-full" />
      </div>
      <div className="grid gap-4 rounded-lg border border-dashed p-6 sm:p-10">
        <Skeleton className="mx-auto size-8 rounded-full" />
        <Skeleton className="mx-auto h-5 w-56" />
        <Skeleton className="mx-auto h-4 w-80 max-w-full" />
        <div className="mx-auto grid w-full max-w-lg gap-2 sm:grid-cols-2">
          {Array.from({ length: 4 }, (_, index) => (
            <Skeleton key={index} className="h-11" />
          ))}
        </div>
      </div>
      <Skeleton className="h-16 rounded-xl" />
    </div>
  );
}
