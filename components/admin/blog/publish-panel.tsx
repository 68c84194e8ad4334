'use client';

import { ExternalLink } from 'lucide-react';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { DateTimeField } from '@/components/forms/date-time-field';
import { Button } from '@/components/ui/button';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import type { BlogPostStatus } from '@/db/schema/values';
import { postPath } from '@/lib/blog/paths';
import type { PostFormControl, SaveIntent } from './post-form';
import { PostStatusBadge } from './post-status-badge';
import { useHasMounted } from './use-has-mounted';

type PublishPanelProps = {
  control: PostFormControl;
  /** The post as last saved; null for a post not created yet. */
  saved: { status: BlogPostStatus; publishedAt: Date | null; slug: string } | null;
  pendingIntent: SaveIntent | null;
  onIntent: (intent: SaveIntent) => void;
  children?: ReactNode;
};

const PENDING: Record<SaveIntent, string> = { save: 'Saving…', draft: 'Saving…', schedule: 'Scheduling…', publish: 'Publishing…' };

/**
 * Where a post's state changes: save as it is, save as draft / unpublish, schedule for the time given
 * (entered and shown in the viewer's own time zone), or publish now. Every button saves the whole form.
 */
export function PublishPanel({ control, saved, pendingIntent, onIntent, children }: PublishPanelProps) {
  const hasMounted = useHasMounted();
  const timeZone = hasMounted ? Intl.DateTimeFormat().resolvedOptions().timeZone : null;
  const formatLocal = (date: Date) => new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
  const status = saved?.status ?? 'draft';
  const isBusy = pendingIntent !== null;

  const button = (intent: SaveIntent, label: string, variant: 'default' | 'outline' | 'secondary' | 'ghost' = 'outline') => (
    <Button type="button" variant={variant} disabled={isBusy} onClick={() => onIntent(intent)}>
      {pendingIntent === intent ? PENDING[intent] : label}
    </Button>
  );

  return (
    <Card className="gap-4 py-5">
      <CardHeader className="px-5">
        <CardTitle className="flex items-center justify-between gap-2 text-base">
          Publishing
          <PostStatusBadge status={status} />
        </CardTitle>
      </CardHeader>
      <CardContent className="grid gap-4 px-5">
        <p className="text-sm text-muted-foreground" aria-live="polite">
          {!saved
            ? 'Not saved yet. Drafts are visible to staff only.'
            : status === 'draft'
              ? 'Draft: visible to staff only.'
              : status === 'scheduled' && saved.publishedAt
                ? hasMounted
                  ? `Goes live on ${formatLocal(saved.publishedAt)} (${timeZone}).`
                  : 'Scheduled.'
                : saved.publishedAt && hasMounted
                  ? `Live since ${formatLocal(saved.publishedAt)}.`
                  : 'Live on the blog.'}
        </p>
        {/* Only a published post has a public page to open; a scheduled one is still a 404 until its time. */}
        {saved && status === 'published' ? (
          <Link href={postPath(saved.slug)} target="_blank" className="inline-flex items-center gap-1 text-sm font-medium text-primary underline-offset-4 hover:underline">
            View on the blog
            <ExternalLink className="size-3.5" aria-hidden />
            <span className="sr-only">(opens in a new tab)</span>
          </Link>
        ) : null}
        {/* The time zone is the browser's: rendered after mount so the server's own zone never shows. */}
        {hasMounted ? <DateTimeField control={control} name="publishAt" label={`Publish at (${timeZone})`} /> : <div className="h-16" aria-hidden />}
        <div className="grid gap-2">
          {status === 'published' && saved ? (
            <>
              {button('save', 'Save changes', 'default')}
              {button('draft', 'Unpublish')}
            </>
          ) : status === 'scheduled' && saved ? (
            <>
              {button('save', 'Save changes', 'default')}
              {button('schedule', 'Reschedule to the time above')}
              {button('publish', 'Publish now', 'secondary')}
              {button('draft', 'Unpublish (back to draft)', 'ghost')}
            </>
          ) : (
            <>
              {button('draft', 'Save draft', 'default')}
              {button('schedule', 'Schedule for the time above')}
              {button('publish', 'Publish now', 'secondary')}
            </>
          )}
        </div>
        {children}
      </CardContent>
    </Card>
  );
}
