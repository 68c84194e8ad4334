import { Skeleton } from '@/components/ui/skeleton';

export default function AiSettingsLoading() {
  return (
    <div className="grid gap-6" aria-busy="true" aria-label="Loading">
      <Skeleton className="h-64" />
      <Skeleton className="h-72" />
    </div>
  );
}
