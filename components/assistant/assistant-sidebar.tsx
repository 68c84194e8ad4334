'use client';

import { MessagesSquare } from 'lucide-react';
import { usePathname } from 'next/navigation';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { Sheet, SheetContent, SheetDescription, SheetTitle, SheetTrigger } from '@/components/ui/sheet';
import { NewChatButton } from './new-chat-button';
import { ThreadList } from './thread-list';
import type { ThreadItem } from './thread-row';
import { useOlderThreads } from './use-older-threads';

type AssistantSidebarProps = { orgSlug: string; threads: ThreadItem[]; nextCursor: string | null; renderedAt: string };

/** The chat list: a column beside the chat from `md` up, a sheet opened from a "Chats" button below it. */
export function AssistantSidebar({ orgSlug, threads: firstPage, nextCursor, renderedAt }: AssistantSidebarProps) {
  const [open, setOpen] = useState(false);
  const { threads, hasOlder, isLoadingOlder, announcement, showOlder, onDeleted } = useOlderThreads(orgSlug, firstPage, nextCursor);
  const listProps = { orgSlug, threads, renderedAt, onDeleted, hasOlder, isLoadingOlder, onShowOlder: showOlder, olderAnnouncement: announcement };
  // Opening a chat (a new one too) changes the URL: the sheet closes then, as a menu would.
  const pathname = usePathname();
  const [shownPath, setShownPath] = useState(pathname);
  if (pathname !== shownPath) {
    setShownPath(pathname);
    setOpen(false);
  }
  return (
    <>
      <div className="flex items-center gap-2 md:hidden">
        <Sheet open={open} onOpenChange={setOpen}>
          <SheetTrigger asChild>
            <Button variant="outline">
              <MessagesSquare aria-hidden />
              Chats
              <span className="text-muted-foreground">({threads.length}{hasOlder ? '+' : ''})</span>
            </Button>
          </SheetTrigger>
          <SheetContent
            side="left"
            className="w-80 gap-3 p-4"
            // Escape in a chat's title field cancels the rename; it must not close the sheet as well.
            onEscapeKeyDown={(event) => (event.target as Element | null)?.closest?.('[data-thread-rename]') && event.preventDefault()}
          >
            <SheetTitle>Chats</SheetTitle>
            <SheetDescription className="sr-only">Your conversations with the assistant in this workspace.</SheetDescription>
            <NewChatButton orgSlug={orgSlug} className="w-full" />
            <div className="-mx-1 min-h-0 overflow-y-auto">
              <ThreadList {...listProps} onNavigate={() => setOpen(false)} />
            </div>
          </SheetContent>
        </Sheet>
        <NewChatButton orgSlug={orgSlug} className="ml-auto" />
      </div>
      <aside className="hidden md:sticky md:top-4 md:flex md:max-h-[calc(100dvh-6rem)] md:flex-col md:gap-3" aria-label="Chat history">
        <NewChatButton orgSlug={orgSlug} className="w-full" />
        <div className="-mx-1 min-h-0 overflow-y-auto px-1">
          <ThreadList {...listProps} />
        </div>
      </aside>
    </>
  );
}
