import type { ReactNode } from 'react';
import { NonceThemeProvider } from '@/components/nonce-theme-provider';

// The API reference runs under the nonce CSP.
export default function DocsLayout({ children }: { children: ReactNode }) {
  return <NonceThemeProvider>{children}</NonceThemeProvider>;
}
