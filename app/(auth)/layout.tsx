import type { ReactNode } from 'react';
import { AppProviders } from '@/components/app-providers';
import { BeaconLogo } from '@/components/beacon-logo';
import { ThemeToggle } from '@/components/theme-toggle';
import { Card } from '@/components/ui/card';

/** Sign-in, sign-up, verify, reset and invite pages: one centered card; each page fills in its content. */
export default function AuthLayout({ children }: { children: ReactNode }) {
  return (
    <AppProviders>
      <div className="flex min-h-dvh flex-col">
        <header className="flex h-14 items-center justify-between px-4">
          <BeaconLogo />
          <ThemeToggle />
        </header>
        <main id="main" className="flex flex-1 items-start justify-center px-4 pb-16 pt-6 sm:items-center">
          <Card className="w-full max-w-md">{children}</Card>
        </main>
      </div>
    </AppProviders>
  );
}
