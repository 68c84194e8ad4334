'use client';

import { MoreHorizontal, Pencil, Trash2 } from 'lucide-react';
import Link from 'next/link';
import { useAction } from 'next-safe-action/hooks';
import { useEffect, useRef, useState } from 'react';
import { NotificationTime } from '@/components/notifications/notification-time';
import { Button } from '@/components/ui/button';
import { DropdownMenu, DropdownMenuContent, DropdownMenuItem, DropdownMenuTrigger } from '@/components/ui/dropdown-menu';
import { renameThreadAction } from '@/lib/actions/assistant/rename-thread';
import { actionErrorMessage } from '@/lib/forms/field-errors';
import { cn } from '@/lib/utils';
import { ThreadTitleInput } from './thread-title-input';

export type ThreadItem = { id: string; title: string; updatedAt: string };

type ThreadRowProps = {
  orgSlug: string;
  thread: ThreadItem;
  isActive: boolean;
  renderedAt: string;
  onDelete: (thread: ThreadItem) => void;
  onNavigate?: () => void;
};

export function ThreadRow({ orgSlug, thread, isActive, renderedAt, onDelete, onNavigate }: ThreadRowProps) {
  const [isEditing, setIsEditing] = useState(false);
  // Shown at once after a rename, until the refreshed list brings the saved title.
  const [title, setTitle] = useState(thread.title);
  const [shownTitle, setShownTitle] = useState(thread.title);
  if (thread.title !== title) {
    setTitle(thread.title);
    setShownTitle(thread.title);
  }
  const linkRef = useRef<HTMLAnchorElement>(null);
  const wasEditing = useRef(false);
  const editRequested = useRef(false);
  useEffect(() => {
    // Back from the title field (Enter, Escape): focus returns to the chat's link, not to the top of the
    // page. When the field lost focus because the person moved on, their new focus is left alone.
    const focusLost = !document.activeElement || document.activeElement === document.body;
    if (wasEditing.current && !isEditing && focusLost) linkRef.current?.focus();
    wasEditing.current = isEditing;
    if (!isEditing) editRequested.current = false;
  }, [isEditing]);
  const rename = useAction(renameThreadAction, {
    onSuccess: ({ data }) => {
      if (data) setShownTitle(data.title);
      setIsEditing(false);
    },
  });

  if (isEditing) {
    return (
      <li className="px-1 py-1">
        <ThreadTitleInput
          initial={shownTitle}
          pending={rename.isPending}
          serverError={rename.hasErrored ? actionErrorMessage(rename.result) : undefined}
          onSave={(next) => rename.execute({ orgSlug, threadId: thread.id, title: next })}
          onCancel={() => {
            rename.reset();
            setIsEditing(false);
          }}
        />
      </li>
    );
  }

  return (
    <li className={cn('group flex items-center gap-1 rounded-md pr-1 hover:bg-accent', isActive && 'bg-accent')}>
      <Link
        ref={linkRef}
        href={`/app/${orgSlug}/assistant/${thread.id}`}
        aria-current={isActive ? 'page' : undefined}
        onClick={onNavigate}
        className="grid min-w-0 flex-1 gap-0.5 rounded-md px-2 py-1.5 outline-none focus-visible:ring-[3px] focus-visible:ring-ring/50"
      >
        <span className={cn('truncate text-sm', isActive && 'font-medium')}>{shownTitle}</span>
        <NotificationTime value={thread.updatedAt} renderedAt={renderedAt} />
      </Link>
      <DropdownMenu>
        <DropdownMenuTrigger asChild>
          <Button variant="ghost" size="icon" className="size-7 shrink-0" aria-label={`Actions for “${shownTitle}”`}>
            <MoreHorizontal aria-hidden />
          </Button>
        </DropdownMenuTrigger>
        {/* Rename moves focus into the title field; the menu must not pull it back to its trigger. */}
        <DropdownMenuContent align="end" className="w-40" onCloseAutoFocus={(event) => editRequested.current && event.preventDefault()}>
          <DropdownMenuItem
            onSelect={() => {
              editRequested.current = true;
              setIsEditing(true);
            }}
          >
            <Pencil aria-hidden />
            Rename
          </DropdownMenuItem>
          <DropdownMenuItem variant="destructive" onSelect={() => onDelete({ ...thread, title: shownTitle })}>
            <Trash2 aria-hidden />
            Delete
          </DropdownMenuItem>
        </DropdownMenuContent>
      </DropdownMenu>
    </li>
  );
}
