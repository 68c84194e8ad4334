'use client';

import { CircleAlert, RotateCcw } from 'lucide-react';
import Link from 'next/link';
import { Button } from '@/components/ui/button';
import { upgradeUrlFor } from '@/lib/billing/upgrade-url';
import { describeChatError } from './chat-error';

/** A failed request: what went wrong in plain words, Retry when it can help, the upgrade link at the limit. */
export function ChatErrorBanner({ error, orgSlug, onRetry }: { error: Error; orgSlug: string; onRetry: () => void }) {
  const view = describeChatError(error);
  return (
    <div role="alert" className="flex flex-wrap items-center gap-3 rounded-lg border border-destructive/40 bg-destructive/5 px-3 py-2 text-sm">
      <CircleAlert className="size-4 shrink-0 text-destructive" aria-hidden />
      <p className="min-w-0 flex-1">{view.message}</p>
      {view.isLimit ? (
        <Button asChild size="sm">
          <Link href={view.upgradeUrl ?? upgradeUrlFor(orgSlug)}>See plans</Link>
        </Button>
      ) : null}
      {view.canRetry ? (
        <Button size="sm" variant="outline" onClick={onRetry}>
          <RotateCcw aria-hidden />
          Retry
        </Button>
      ) : null}
    </div>
  );
}
