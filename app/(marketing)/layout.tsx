import type { ReactNode } from 'react';
import { PageViewTracker } from '@/components/analytics/page-view-tracker';
import { SiteFooter } from '@/components/marketing/site-footer';
import { SiteHeader } from '@/components/marketing/site-header';
import { ThemeProvider } from '@/components/theme-provider';

// Marketing pages never read the request or the session, so they are static or ISR. Their CSP carries no
// nonce (lib/security/headers.ts), so the theme script needs none either.
export default function MarketingLayout({ children }: { children: ReactNode }) {
  return (
    <ThemeProvider>
      <div className="flex min-h-dvh flex-col">
        <SiteHeader />
        <main id="main" className="flex-1">{children}</main>
        <SiteFooter />
      </div>
      <PageViewTracker />
    </ThemeProvider>
  );
}
