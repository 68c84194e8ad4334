'use client';

import { MessageSquareText, Pencil, RefreshCw, Trash2 } from 'lucide-react';
import { useAction } from 'next-safe-action/hooks';
import { useState } from 'react';
import { OfflineBadge } from '@/components/ai/offline-badge';
import { ConfirmDialog } from '@/components/settings/confirm-dialog';
import { formatDateTime } from '@/components/settings/format';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { deletePostAction } from '@/lib/actions/marketing/content/delete-post';
import { regeneratePostAction } from '@/lib/actions/marketing/content/regenerate-post';
import { PLATFORM_LABELS } from '@/lib/ai/content/platform-labels';
import type { PostView } from '@/lib/ai/content/posts';
import { actionErrorMessage } from '@/lib/forms/field-errors';
import { CharCount } from './char-count';
import { ImprovePostForm } from './improve-post-form';
import { PostEditor } from './post-editor';

type Props = {
  orgSlug: string;
  post: PostView;
  canWrite: boolean;
  onChanged: (post: PostView, message: string) => void;
  onDeleted: (postId: string) => void;
};

/** One post: its text, hashtags and length, and (for drafts) edit, regenerate, improve and delete. */
export function PostCard({ orgSlug, post, canWrite, onChanged, onDeleted }: Props) {
  const [mode, setMode] = useState<'view' | 'edit' | 'improve'>('view');
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const regenerate = useAction(regeneratePostAction, {
    onExecute: () => setError(null),
    onSuccess: ({ data }) => onChanged(data, 'Post rewritten.'),
    onError: ({ error: failure }) => setError(actionErrorMessage(failure)),
  });
  const remove = useAction(deletePostAction, {
    onSuccess: () => {
      setConfirming(false);
      onDeleted(post.id);
    },
    onError: ({ error: failure }) => setError(actionErrorMessage(failure)),
  });
  const editable = canWrite && post.status === 'draft';
  const busy = regenerate.isPending || remove.isPending;

  return (
    <li className="grid gap-3 rounded-lg border p-4" aria-busy={busy}>
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <Badge variant="secondary">{PLATFORM_LABELS[post.platform]}</Badge>
        {post.pillar ? <span className="font-medium">{post.pillar}</span> : null}
        <Badge variant="outline" className="capitalize">{post.status}</Badge>
        <OfflineBadge provider={post.generatedBy} orgSlug={orgSlug} />
        <span className="ml-auto text-xs text-muted-foreground">{formatDateTime(post.updatedAt)}</span>
      </div>
      {mode === 'edit' ? (
        <PostEditor orgSlug={orgSlug} post={post} onCancel={() => setMode('view')} onSaved={(saved) => { setMode('view'); onChanged(saved, 'Post saved.'); }} />
      ) : (
        <>
          <p className={busy ? 'whitespace-pre-line opacity-60' : 'whitespace-pre-line'}>{post.body}</p>
          <div className="flex flex-wrap items-center justify-between gap-2">
            <p className="text-sm text-primary">{post.hashtags.map((tag) => `#${tag}`).join(' ')}</p>
            <CharCount post={post} platform={post.platform} />
          </div>
        </>
      )}
      {mode === 'improve' ? (
        <ImprovePostForm orgSlug={orgSlug} post={post} onCancel={() => setMode('view')} onImproved={(improved) => { setMode('view'); onChanged(improved, 'Post rewritten with your feedback.'); }} />
      ) : null}
      {error ? <p role="alert" className="text-sm text-destructive">{error}</p> : null}
      {editable && mode === 'view' ? (
        <div className="flex flex-wrap gap-2">
          <Button variant="outline" size="sm" onClick={() => setMode('edit')} disabled={busy}>
            <Pencil aria-hidden />
            Edit
          </Button>
          <Button variant="outline" size="sm" onClick={() => regenerate.execute({ orgSlug, postId: post.id })} disabled={busy}>
            <RefreshCw aria-hidden className={regenerate.isPending ? 'animate-spin' : undefined} />
            {regenerate.isPending ? 'Regenerating…' : 'Regenerate'}
          </Button>
          <Button variant="outline" size="sm" onClick={() => setMode('improve')} disabled={busy}>
            <MessageSquareText aria-hidden />
            Improve with feedback
          </Button>
          <Button variant="ghost" size="sm" className="text-destructive" onClick={() => setConfirming(true)} disabled={busy}>
            <Trash2 aria-hidden />
            Delete
          </Button>
        </div>
      ) : null}
      <ConfirmDialog
        open={confirming}
        onOpenChange={setConfirming}
        title="Delete this draft?"
        description="The draft is removed for everyone in the workspace. This cannot be undone, and it still counts toward this month’s posts."
        confirmLabel="Delete"
        pendingLabel="Deleting…"
        destructive
        pending={remove.isPending}
        onConfirm={() => remove.execute({ orgSlug, postId: post.id })}
      />
    </li>
  );
}
