import type { ReactNode } from 'react';
import { AppProviders } from '@/components/app-providers';

// The API reference runs under the nonce CSP.
export default function DocsLayout({ children }: { children: ReactNode }) {
  return <AppProviders>{children}</AppProviders>;
}
