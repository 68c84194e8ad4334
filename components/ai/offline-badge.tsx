'use client';

import { PenLine } from 'lucide-react';
import Link from 'next/link';
import { useParams } from 'next/navigation';
import { badgeVariants } from '@/components/ui/badge';
import { Popover, PopoverContent, PopoverTrigger } from '@/components/ui/popover';
import type { AiProviderKind } from '@/db/schema';
import { cn } from '@/lib/utils';

export const OFFLINE_BADGE_NOTE = "Written by Beacon's offline writer, not an AI model.";

/**
 * Shown next to every AI-written text: nothing for a real model; for the offline writer, a badge that opens
 * a short note and a link to the AI settings, so nobody mistakes template text for a model's answer.
 */
export function OfflineBadge({
  provider,
  orgSlug,
  className,
}: {
  provider: AiProviderKind | null | undefined;
  /** Defaults to the workspace in the URL. */
  orgSlug?: string;
  className?: string;
}) {
  const params = useParams<{ orgSlug?: string }>();
  if (provider !== 'offline') return null;
  const slug = orgSlug ?? params?.orgSlug;

  return (
    <Popover>
      <PopoverTrigger asChild>
        <button type="button" title={OFFLINE_BADGE_NOTE} className={cn(badgeVariants({ variant: 'outline' }), 'cursor-pointer text-muted-foreground', className)}>
          <PenLine aria-hidden />
          Offline writer
        </button>
      </PopoverTrigger>
      <PopoverContent align="start" className="grid gap-2 text-sm">
        <p>{OFFLINE_BADGE_NOTE} It fills templates with your workspace data.</p>
        {slug ? (
          <Link href={`/app/${slug}/settings/ai`} className="font-medium text-primary underline-offset-4 hover:underline">
            Connect a model →
          </Link>
        ) : null}
      </PopoverContent>
    </Popover>
  );
}
