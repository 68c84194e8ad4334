import { Skeleton } from '@/components/ui/skeleton';

export default function InsightSettingsLoading() {
  return (
    <div className="mx-auto grid max-w-3xl gap-4" aria-busy="true" aria-label="Loading insight rules">
      <Skeleton className="h-4 w-20" />
      <div className="grid gap-2">
        <Skeleton className="h-8 w-44" />
        <Skeleton className="h-4 w-full max-w-xl" />
      </div>
      {Array.from({ length: 5 }, (_, index) => (
        <Skeleton key={index} className="h-36" />
      ))}
    </div>
  );
}
