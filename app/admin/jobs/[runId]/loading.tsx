import { Skeleton } from '@/components/ui/skeleton';

export default function AdminJobRunLoading() {
  return (
    <div aria-busy="true" aria-label="Loading the job run">
      <Skeleton className="mb-4 h-8 w-24" />
      <Skeleton className="mb-4 h-8 w-64" />
      <Skeleton className="mb-6 h-64 w-full rounded-lg" />
      <Skeleton className="h-40 w-full rounded-lg" />
    </div>
  );
}
