'use client';

import { useEffect } from 'react';
import { Button } from '@/components/ui/button';

// Keeps the staff portal's frame when one of its pages fails; details stay in the server log.
export default function AdminError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);

  return (
    <div role="alert" className="flex flex-col items-start gap-3 rounded-lg border p-6">
      <h1 className="text-lg font-semibold">This page could not be loaded</h1>
      <p className="text-sm text-muted-foreground">Try again; if it keeps failing, check the server log for the reference below.</p>
      {error.digest ? <p className="font-mono text-xs text-muted-foreground">Reference: {error.digest}</p> : null}
      <Button onClick={reset} size="sm">
        Try again
      </Button>
    </div>
  );
}
