'use client';

import { useAction } from 'next-safe-action/hooks';
import { useMemo, useState } from 'react';
import { toast } from 'sonner';
import { listThreadsAction } from '@/lib/actions/assistant/list-threads';
import { actionErrorMessage } from '@/lib/forms/field-errors';
import { mergeThreadPages } from './thread-pages';
import type { ThreadItem } from './thread-row';

type Loaded = { items: ThreadItem[]; cursor: string | null };

/** The chat list with "Show older chats": the layout's first page, plus the pages fetched after it. */
export function useOlderThreads(orgSlug: string, firstPage: ThreadItem[], firstCursor: string | null) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [removed, setRemoved] = useState<ReadonlySet<string>>(new Set());
  const [announcement, setAnnouncement] = useState('');
  const load = useAction(listThreadsAction, {
    onSuccess: ({ data }) => {
      if (!data) return;
      const count = `${data.items.length} older ${data.items.length === 1 ? 'chat' : 'chats'} shown.`;
      setAnnouncement(data.nextCursor ? count : `${count} That is all of them.`);
      // The first page as it was is kept too: a chat pushed off it later by newer ones must not vanish.
      setLoaded((previous) => ({ items: [...(previous?.items ?? firstPage), ...data.items], cursor: data.nextCursor }));
    },
    onError: ({ error }) => toast.error(actionErrorMessage(error)),
  });
  const threads = useMemo(
    () => (loaded ? mergeThreadPages(firstPage, loaded.items, removed) : firstPage.filter((thread) => !removed.has(thread.id))),
    [firstPage, loaded, removed],
  );
  const cursor = loaded ? loaded.cursor : firstCursor;

  return {
    threads,
    hasOlder: cursor !== null,
    isLoadingOlder: load.isPending,
    /** Read out once a page arrived (the list grows below the button). */
    announcement,
    showOlder: () => {
      if (cursor) load.execute({ orgSlug, cursor });
    },
    onDeleted: (threadId: string) => setRemoved((previous) => new Set(previous).add(threadId)),
  };
}
