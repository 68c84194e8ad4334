'use client';

import { useMutation, useQueryClient, type InfiniteData } from '@tanstack/react-query';
import { useState } from 'react';
import { toast } from 'sonner';
import { acceptInsightAction } from '@/lib/actions/insights/accept-insight';
import { dismissInsightAction } from '@/lib/actions/insights/dismiss-insight';
import { reopenInsightAction } from '@/lib/actions/insights/reopen-insight';
import { actionErrorMessage, type ActionError } from '@/lib/forms/field-errors';
import type { InsightCardsPage } from '@/lib/insights/insight-cards';
import type { InsightTabStatus } from '@/lib/insights/schemas';
import { insightListKey, insightsKey } from './insight-format';

type ActionResult<T> = (ActionError & { data?: T }) | undefined;

/** A safe-action result as a promise of its data: failures reject with the message the user may read. */
async function unwrap<T>(promise: Promise<ActionResult<T>>): Promise<T> {
  const result = await promise;
  if (result?.data === undefined) throw new Error(actionErrorMessage(result ?? {}));
  return result.data;
}

/**
 * Accept, dismiss and reopen for the insight cards of one tab. A decided card leaves the tab at once; then
 * every insights list of the workspace is refetched (the server re-renders the counts through revalidatePath).
 * `message` is the last outcome, for the page's live region.
 */
export function useInsightDecisions({ orgSlug, orgId, status, onRemoved }: { orgSlug: string; orgId: string; status: InsightTabStatus; onRemoved: () => void }) {
  const queryClient = useQueryClient();
  const [message, setMessage] = useState('');

  const removeCard = (insightId: string) => {
    queryClient.setQueryData<InfiniteData<InsightCardsPage>>(insightListKey(orgId, status), (data) =>
      data ? { ...data, pages: data.pages.map((page) => ({ ...page, items: page.items.filter((item) => item.id !== insightId) })) } : data,
    );
    onRemoved();
  };
  const settle = () => queryClient.invalidateQueries({ queryKey: insightsKey(orgId) });
  const fail = (error: Error) => {
    setMessage(error.message);
    toast.error(error.message);
  };

  const reopen = useMutation({
    mutationFn: (insightId: string) => unwrap(reopenInsightAction({ orgSlug, insightId })),
    onSuccess: (data) => {
      if (status === 'dismissed') removeCard(data.id);
      const text = data.status === 'acted' ? 'Insight restored to Acted.' : 'Insight reopened.';
      setMessage(text);
      toast.success(text);
    },
    onError: fail,
    onSettled: settle,
  });

  const accept = useMutation({
    mutationFn: (insightId: string) => unwrap(acceptInsightAction({ orgSlug, insightId })),
    onSuccess: (data) => {
      removeCard(data.id);
      const text = `Insight accepted: ${data.tasksCreated === 1 ? '1 follow-up task' : `${data.tasksCreated} follow-up tasks`} created.`;
      setMessage(text);
      toast.success(text);
    },
    onError: fail,
    onSettled: settle,
  });

  const dismiss = useMutation({
    mutationFn: (insightId: string) => unwrap(dismissInsightAction({ orgSlug, insightId })),
    onSuccess: (data) => {
      removeCard(data.id);
      setMessage('Insight dismissed. Undo from the message, or reopen it from the Dismissed tab.');
      toast('Insight dismissed.', { action: { label: 'Undo', onClick: () => reopen.mutate(data.id) } });
    },
    onError: fail,
    onSettled: settle,
  });

  // One decision at a time: the cards disable their buttons while any runs, and the busy one says so.
  const running = ([['accept', accept], ['dismiss', dismiss], ['reopen', reopen]] as const).find(([, mutation]) => mutation.isPending);
  const pending = running ? { insightId: running[1].variables ?? null, kind: running[0] } : null;
  return { accept: accept.mutate, dismiss: dismiss.mutate, reopen: reopen.mutate, pending, message };
}
