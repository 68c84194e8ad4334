import type { Metadata } from 'next';

// A customer's form address, not a Beacon page: no site-name suffix (Next adds `noindex` to 404s itself).
export const metadata: Metadata = { title: { absolute: 'Form not available' } };

/**
 * Unknown, malformed and paused forms. Without this file the root 404 would render, whose theme provider
 * injects a script without the CSP nonce that /f pages carry, and whose site header does not belong in a
 * frame on a customer's page. Same card as the hosted form; no links, since the visitor may be on that page.
 */
export default function HostedFormNotFound() {
  return (
    <div className="flex min-h-dvh items-start justify-center bg-muted/40 px-4 py-10 sm:py-16">
      <div className="grid w-full max-w-lg gap-2 rounded-xl border bg-background p-6 shadow-sm sm:p-8">
        <h1 className="text-2xl font-semibold tracking-tight text-balance">This form is not available</h1>
        <p className="text-sm text-muted-foreground">
          It may have been paused or removed, or the link may be incomplete. If someone sent you here, let them know.
        </p>
      </div>
    </div>
  );
}
