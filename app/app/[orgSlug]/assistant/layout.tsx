import type { ReactNode } from 'react';
import { AssistantSidebar } from '@/components/assistant/assistant-sidebar';
import { listThreadsPage } from '@/lib/ai/chat/threads';
import { requireOrgCtx } from '@/lib/server/require-org-ctx';

/** The assistant's frame: the member's chats beside whichever chat (or the start page) is open. */
export default async function AssistantLayout({ children, params }: { children: ReactNode; params: Promise<{ orgSlug: string }> }) {
  const { orgSlug } = await params;
  const { ctx } = await requireOrgCtx(orgSlug, { permission: 'assistant.use', callbackUrl: `/app/${orgSlug}/assistant` });
  const { items: threads, nextCursor } = await listThreadsPage(ctx);
  return (
    <div className="mx-auto grid max-w-6xl gap-4 md:grid-cols-[15rem_minmax(0,1fr)] md:items-start md:gap-6">
      <AssistantSidebar
        orgSlug={ctx.org.slug}
        threads={threads.map((thread) => ({ id: thread.id, title: thread.title, updatedAt: thread.updatedAt.toISOString() }))}
        nextCursor={nextCursor}
        renderedAt={ctx.now.toISOString()}
      />
      <div className="min-w-0">{children}</div>
    </div>
  );
}
