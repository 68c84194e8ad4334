import type { ReactNode } from 'react';
import { NonceThemeProvider } from '@/components/nonce-theme-provider';

// Dashboard routes run under the nonce CSP.
export default function AppLayout({ children }: { children: ReactNode }) {
  return <NonceThemeProvider>{children}</NonceThemeProvider>;
}
