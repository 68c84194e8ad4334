import type { ReactNode } from 'react';
import { BeaconLogo } from '@/components/beacon-logo';
import { ThemeToggle } from '@/components/theme-toggle';

/** The account lives outside any workspace: a plain header instead of the workspace shell. */
export default function AccountLayout({ children }: { children: ReactNode }) {
  return (
    <div className="flex min-h-dvh flex-col">
      <header className="flex h-14 items-center justify-between border-b px-4">
        <BeaconLogo href="/app" />
        <ThemeToggle />
      </header>
      <main id="main" className="mx-auto w-full max-w-2xl flex-1 px-4 py-8">
        {children}
      </main>
    </div>
  );
}
