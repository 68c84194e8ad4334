import type { ReactNode } from 'react';
import { AppProviders } from '@/components/app-providers';

// Dashboard routes run under the nonce CSP.
export default function AppLayout({ children }: { children: ReactNode }) {
  return <AppProviders>{children}</AppProviders>;
}
