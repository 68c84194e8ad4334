import { Skeleton } from '@/components/ui/skeleton';

export default function OrgLoading() {
  return (
    <div className="mx-auto grid max-w-4xl gap-6" aria-busy="true" aria-label="Loading">
      <Skeleton className="h-8 w-64" />
      <div className="grid gap-4 sm:grid-cols-2">
        <Skeleton className="h-24" />
        <Skeleton className="h-24" />
      </div>
      <Skeleton className="h-40" />
    </div>
  );
}
