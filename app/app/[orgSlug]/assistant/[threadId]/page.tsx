import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { AssistantChat } from '@/components/assistant/assistant-chat';
import { getThread, getThreadMessages } from '@/lib/ai/chat/threads';
import { isAppError } from '@/lib/errors';
import { requireOrgCtx } from '@/lib/server/require-org-ctx';

export const metadata: Metadata = { title: 'Assistant' };

type Props = { params: Promise<{ orgSlug: string; threadId: string }> };

export default async function AssistantThreadPage({ params }: Props) {
  const { orgSlug, threadId } = await params;
  const { ctx } = await requireOrgCtx(orgSlug, { permission: 'assistant.use', callbackUrl: `/app/${orgSlug}/assistant/${threadId}` });
  // A hand-typed id that is not a uuid is just another chat that does not exist (not a database error).
  if (!z.uuid().safeParse(threadId).success) notFound();
  // Another member's chat, or one from another workspace, is not found either: threads are private.
  const loaded = await Promise.all([getThread(ctx, threadId), getThreadMessages(ctx, threadId)]).catch((error: unknown) => {
    if (isAppError(error) && error.code === 'not_found') return null;
    throw error;
  });
  if (!loaded) notFound();
  const [thread, messages] = loaded;

  return (
    <div className="grid gap-4">
      <header className="flex min-w-0 items-center gap-2">
        <h1 className="truncate text-lg font-semibold tracking-tight">{thread.title}</h1>
      </header>
      <AssistantChat key={thread.id} orgSlug={ctx.org.slug} threadId={thread.id} initialMessages={messages} />
    </div>
  );
}
