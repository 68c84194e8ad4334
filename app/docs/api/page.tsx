import type { Metadata } from 'next';
import type { CSSProperties } from 'react';
import { BeaconLogo } from '@/components/beacon-logo';
import { ApiReference } from '@/components/docs/api-reference';
import { ThemeToggle } from '@/components/theme-toggle';
import { Button } from '@/components/ui/button';

export const metadata: Metadata = {
  title: 'API reference',
  description: 'The Beacon REST API: leads, activities and tasks, with API keys, idempotent POSTs and cursor pagination.',
};

// Scalar offsets its sticky sidebar by this variable, so it sits below our header.
const HEADER_HEIGHT = { '--scalar-custom-header-height': '3.5rem' } as CSSProperties;

export default function ApiReferencePage() {
  return (
    <div className="flex min-h-dvh flex-col" style={HEADER_HEIGHT}>
      <header className="sticky top-0 z-40 flex h-14 items-center gap-4 border-b bg-background px-4">
        <BeaconLogo />
        <span className="text-sm text-muted-foreground">API reference</span>
        <div className="ml-auto flex items-center gap-2">
          <Button asChild variant="ghost" size="sm">
            <a href="/api/v1/openapi.json">OpenAPI JSON</a>
          </Button>
          <ThemeToggle />
        </div>
      </header>
      <main id="main" className="flex-1">
        <noscript>
          <p className="mx-auto max-w-2xl p-6 text-sm">
            The interactive reference needs JavaScript. The OpenAPI document is at{' '}
            <a className="underline" href="/api/v1/openapi.json">/api/v1/openapi.json</a>.
          </p>
        </noscript>
        <ApiReference />
      </main>
    </div>
  );
}
