import { Skeleton } from '@/components/ui/skeleton';

export default function NewFormLoading() {
  return (
    <div className="mx-auto grid max-w-3xl gap-4" aria-busy="true" aria-label="Loading the form editor">
      <Skeleton className="h-4 w-16" />
      <Skeleton className="h-8 w-40" />
      {Array.from({ length: 3 }, (_, card) => (
        <Skeleton key={card} className="h-56" />
      ))}
    </div>
  );
}
