import { Skeleton } from '@/components/ui/skeleton';

/** The editor's outline while it loads: title fields, the publishing panel, the markdown area. */
export function PostEditorSkeleton({ label }: { label: string }) {
  return (
    <div aria-busy="true" aria-label={label} className="grid gap-6">
      <Skeleton className="h-8 w-48" />
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <div className="grid content-start gap-4">
          <Skeleton className="h-16 w-full" />
          <Skeleton className="h-16 w-full" />
          <Skeleton className="h-24 w-full" />
        </div>
        <Skeleton className="h-72 w-full" />
      </div>
      <Skeleton className="h-[28rem] w-full" />
    </div>
  );
}
