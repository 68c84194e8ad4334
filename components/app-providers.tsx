import { headers } from 'next/headers';
import type { ReactNode } from 'react';
import { Providers } from '@/components/providers';
import { ThemeProvider } from '@/components/theme-provider';

/**
 * Client context for the pages rendered per request under the nonce CSP (dashboard, staff portal, sign-in,
 * API docs): theme, TanStack Query, URL state and toasts. next-themes renders an inline script that must
 * carry the request's nonce; reading the request makes these routes dynamic, which a per-request nonce
 * needs anyway. Static marketing pages use none of this (only the plain ThemeProvider), so they ship less
 * JavaScript and stay static.
 */
export async function AppProviders({ children }: { children: ReactNode }) {
  const nonce = (await headers()).get('x-nonce') ?? undefined;
  return (
    <ThemeProvider nonce={nonce}>
      <Providers>{children}</Providers>
    </ThemeProvider>
  );
}
