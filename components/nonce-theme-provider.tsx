import { headers } from 'next/headers';
import type { ReactNode } from 'react';
import { ThemeProvider } from '@/components/theme-provider';

/**
 * The theme provider for pages served under the nonce CSP (dashboard, staff portal, sign-in, API docs,
 * hosted forms): next-themes renders an inline script that must carry the request's nonce. Reading the
 * request makes these routes dynamic, which a per-request nonce needs anyway. Static marketing pages use
 * the plain ThemeProvider under their own, nonce-free policy (lib/security/headers.ts).
 */
export async function NonceThemeProvider({ children }: { children: ReactNode }) {
  const nonce = (await headers()).get('x-nonce') ?? undefined;
  return <ThemeProvider nonce={nonce}>{children}</ThemeProvider>;
}
