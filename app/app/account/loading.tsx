import { Skeleton } from '@/components/ui/skeleton';

export default function AccountLoading() {
  return (
    <div className="grid gap-6" aria-busy="true" aria-label="Loading your account">
      <Skeleton className="h-8 w-48" />
      {[0, 1, 2, 3].map((card) => (
        <Skeleton key={card} className="h-40 w-full rounded-xl" />
      ))}
    </div>
  );
}
