'use client';

import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { NuqsAdapter } from 'nuqs/adapters/next/app';
import { useState, type ReactNode } from 'react';
import { Toaster } from '@/components/ui/sonner';

/**
 * Client-side context of the signed-in sections: TanStack Query cache, URL state and toasts. AppProviders adds
 * the theme and is what layouts use.
 */
export function Providers({ children }: { children: ReactNode }) {
  // One QueryClient per browser tab; created in state so it survives re-renders but not page reloads.
  const [queryClient] = useState(
    () => new QueryClient({ defaultOptions: { queries: { staleTime: 30_000, refetchOnWindowFocus: false } } }),
  );
  return (
    <QueryClientProvider client={queryClient}>
      <NuqsAdapter>{children}</NuqsAdapter>
      <Toaster richColors closeButton />
    </QueryClientProvider>
  );
}
