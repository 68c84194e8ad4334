'use client';

import Link from 'next/link';
import { Button } from '@/components/ui/button';
import type { GenerationState } from './use-generate-posts';

/** "Writing 3 of 7…" with a bar while a batch runs, then how it ended (with an upgrade link at the limit). */
export function GenerationProgress({ state, onStop }: { state: GenerationState; onStop: () => void }) {
  if (state.status === 'idle') return null;
  const saved = state.posts.length;
  const running = state.status === 'running';
  const percent = state.total > 0 ? Math.round((saved / state.total) * 100) : 0;
  const line = running ? (state.writing > 0 ? `Writing ${state.writing} of ${state.total}…` : 'Starting…') : state.message;

  return (
    <div className="grid gap-2 rounded-md border p-3" aria-busy={running}>
      <div className="flex items-center justify-between gap-3">
        <p role="status" aria-live="polite" className={state.status === 'error' ? 'text-sm text-destructive' : 'text-sm'}>
          {line}
        </p>
        {running ? (
          <Button type="button" variant="outline" size="sm" onClick={onStop}>
            Stop
          </Button>
        ) : null}
      </div>
      {running || saved > 0 ? (
        <div
          role="progressbar"
          aria-label="Posts saved"
          aria-valuemin={0}
          aria-valuemax={state.total}
          aria-valuenow={saved}
          aria-valuetext={`${saved} of ${state.total} saved`}
          className="h-2 overflow-hidden rounded-full bg-muted"
        >
          <div className="h-full bg-primary transition-[width]" style={{ width: `${percent}%` }} />
        </div>
      ) : null}
      {state.upgradeUrl && !running ? (
        <p className="text-sm">
          <Link href={state.upgradeUrl} className="font-medium underline underline-offset-4">
            See plans and upgrade
          </Link>
        </p>
      ) : null}
    </div>
  );
}
