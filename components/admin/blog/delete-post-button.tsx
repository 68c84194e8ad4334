'use client';

import { Trash2 } from 'lucide-react';
import { useAction } from 'next-safe-action/hooks';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { toast } from 'sonner';
import { ConfirmDialog } from '@/components/settings/confirm-dialog';
import { Button } from '@/components/ui/button';
import { deleteBlogPostAction } from '@/lib/actions/blog/delete-post';
import { actionErrorMessage } from '@/lib/forms/field-errors';

/** Deletes the post after a confirmation; its old addresses stop redirecting too. */
export function DeletePostButton({ postId, title, onDeleted }: { postId: string; title: string; onDeleted?: () => void }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const { execute, isPending } = useAction(deleteBlogPostAction, {
    onSuccess: () => {
      onDeleted?.();
      setOpen(false);
      toast.success('Post deleted.');
      router.push('/admin/blog');
    },
    onError: ({ error }) => toast.error(actionErrorMessage(error)),
  });

  return (
    <>
      <Button type="button" variant="ghost" size="sm" className="text-destructive hover:text-destructive" onClick={() => setOpen(true)}>
        <Trash2 aria-hidden />
        Delete post
      </Button>
      <ConfirmDialog
        open={open}
        onOpenChange={setOpen}
        title={`Delete “${title || 'Untitled'}”?`}
        description="The post disappears from the blog, the feed and the sitemap, and links to it (old addresses included) stop working. This cannot be undone."
        confirmLabel="Delete post"
        pendingLabel="Deleting…"
        destructive
        pending={isPending}
        onConfirm={() => execute({ postId })}
      />
    </>
  );
}
