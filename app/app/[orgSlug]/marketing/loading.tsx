import { Skeleton } from '@/components/ui/skeleton';

export default function MarketingStrategyLoading() {
  return (
    <div className="grid gap-6 md:grid-cols-[1fr_16rem]" aria-busy="true" aria-label="Loading the strategy">
      <div className="grid content-start gap-4">
        <div className="flex justify-between">
          <Skeleton className="h-7 w-48" />
          <Skeleton className="h-9 w-56" />
        </div>
        <Skeleton className="h-16 w-full" />
        <div className="grid gap-3 sm:grid-cols-2">
          <Skeleton className="h-24" />
          <Skeleton className="h-24" />
        </div>
        <Skeleton className="h-32 w-full" />
      </div>
      <div className="grid content-start gap-2">
        {Array.from({ length: 3 }, (_, index) => (
          <Skeleton key={index} className="h-12" />
        ))}
      </div>
    </div>
  );
}
