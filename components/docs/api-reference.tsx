'use client';

import { useTheme } from 'next-themes';
import dynamic from 'next/dynamic';
import { Skeleton } from '@/components/ui/skeleton';

function ReferenceSkeleton() {
  return (
    <div className="mx-auto grid max-w-6xl gap-6 p-6 md:grid-cols-[14rem_1fr]" aria-busy="true" aria-label="Loading the API reference">
      <div className="hidden space-y-3 md:block">
        {Array.from({ length: 8 }, (_, i) => (
          <Skeleton key={i} className="h-5 w-full" />
        ))}
      </div>
      <div className="space-y-4">
        <Skeleton className="h-9 w-2/3" />
        <Skeleton className="h-4 w-full" />
        <Skeleton className="h-4 w-5/6" />
        <Skeleton className="h-48 w-full" />
      </div>
    </div>
  );
}

// Scalar renders with Vue in the browser: it is loaded on the client only, in its own chunk with its CSS.
const ScalarReference = dynamic(() => import('./scalar-reference').then((m) => m.ScalarReference), {
  ssr: false,
  loading: ReferenceSkeleton,
});

export function ApiReference() {
  const { resolvedTheme } = useTheme();
  return <ScalarReference dark={resolvedTheme === 'dark'} />;
}
