import { Skeleton } from '@/components/ui/skeleton';

export default function AssistantThreadLoading() {
  return (
    <div className="grid gap-4" aria-busy="true" aria-label="Loading the chat">
      <Skeleton className="h-7 w-64 max-w-full" />
      <div className="grid gap-5">
        <Skeleton className="ml-auto h-10 w-2/3 rounded-2xl" />
        <div className="grid gap-2">
          <Skeleton className="h-4 w-20" />
          <Skeleton className="h-24 w-full rounded-2xl sm:w-5/6" />
        </div>
        <Skeleton className="ml-auto h-10 w-1/2 rounded-2xl" />
      </div>
      <Skeleton className="h-16 rounded-xl" />
    </div>
  );
}
