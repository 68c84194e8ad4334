'use client';

import { Loader2 } from 'lucide-react';
import { useParams, useRouter } from 'next/navigation';
import { useAction } from 'next-safe-action/hooks';
import { useState } from 'react';
import { toast } from 'sonner';
import { ConfirmDialog } from '@/components/settings/confirm-dialog';
import { Button } from '@/components/ui/button';
import { deleteThreadAction } from '@/lib/actions/assistant/delete-thread';
import { actionErrorMessage } from '@/lib/forms/field-errors';
import { ThreadRow, type ThreadItem } from './thread-row';

type ThreadListProps = {
  orgSlug: string;
  threads: ThreadItem[];
  renderedAt: string;
  /** Called when a chat is opened (the mobile sheet closes itself). */
  onNavigate?: () => void;
  /** Called once a chat is deleted, so chats fetched as older pages drop it too. */
  onDeleted?: (threadId: string) => void;
  /** More chats exist past the ones listed. */
  hasOlder?: boolean;
  isLoadingOlder?: boolean;
  onShowOlder?: () => void;
  olderAnnouncement?: string;
};

/** The member's chats, most recent first, each with rename and delete. */
export function ThreadList({ orgSlug, threads, renderedAt, onNavigate, onDeleted, hasOlder, isLoadingOlder, onShowOlder, olderAnnouncement }: ThreadListProps) {
  const router = useRouter();
  const activeId = useParams<{ threadId?: string }>()?.threadId;
  const [deleting, setDeleting] = useState<ThreadItem | null>(null);
  const remove = useAction(deleteThreadAction, {
    onSuccess: ({ input }) => {
      toast.success(`Deleted “${deleting?.title ?? 'the chat'}”.`);
      setDeleting(null);
      onDeleted?.(input.threadId);
      // The open chat is gone: go back to the assistant's start page.
      if (input.threadId === activeId) router.push(`/app/${orgSlug}/assistant`);
    },
    onError: ({ error }) => toast.error(actionErrorMessage(error)),
  });

  if (threads.length === 0) {
    return <p className="px-2 py-3 text-sm text-muted-foreground">No chats yet. Start one with New chat.</p>;
  }

  return (
    <>
      <ul className="grid gap-0.5" aria-label="Chats">
        {threads.map((thread) => (
          <ThreadRow
            key={thread.id}
            orgSlug={orgSlug}
            thread={thread}
            isActive={thread.id === activeId}
            renderedAt={renderedAt}
            onDelete={setDeleting}
            onNavigate={onNavigate}
          />
        ))}
      </ul>
      {hasOlder && onShowOlder ? (
        <Button variant="ghost" size="sm" className="mt-1 w-full text-muted-foreground" disabled={isLoadingOlder} onClick={onShowOlder}>
          {isLoadingOlder ? <Loader2 className="animate-spin motion-reduce:animate-none" aria-hidden /> : null}
          {isLoadingOlder ? 'Loading older chats…' : 'Show older chats'}
        </Button>
      ) : null}
      <p role="status" className="sr-only">
        {olderAnnouncement}
      </p>
      <ConfirmDialog
        open={deleting !== null}
        onOpenChange={(open) => !open && setDeleting(null)}
        title={`Delete “${deleting?.title ?? ''}”?`}
        description="The conversation is removed for good. Tasks, notes and drafts the assistant already made stay where they are."
        confirmLabel="Delete chat"
        pendingLabel="Deleting…"
        destructive
        pending={remove.isPending}
        onConfirm={() => deleting && remove.execute({ orgSlug, threadId: deleting.id })}
      />
    </>
  );
}
