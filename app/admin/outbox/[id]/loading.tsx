import { Skeleton } from '@/components/ui/skeleton';

export default function AdminOutboxMessageLoading() {
  return (
    <div aria-busy="true" aria-label="Loading">
      <Skeleton className="mb-4 h-8 w-24" />
      <Skeleton className="mb-4 h-8 w-2/3" />
      <Skeleton className="mb-6 h-44 w-full rounded-lg" />
      <Skeleton className="mb-2 h-9 w-48" />
      <Skeleton className="h-[50vh] w-full rounded-lg" />
    </div>
  );
}
