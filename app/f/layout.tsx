import type { ReactNode } from 'react';

/**
 * Hosted lead forms: no site or dashboard chrome, and no theme switching. Forms are often framed by
 * customers' (mostly light) pages, so they always render in the light theme rather than the visitor's
 * system preference, which would drop a dark box into a light page.
 */
export default function HostedFormLayout({ children }: { children: ReactNode }) {
  return (
    <main id="main" className="min-h-dvh">
      {children}
    </main>
  );
}
