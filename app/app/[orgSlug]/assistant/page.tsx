import type { Metadata } from 'next';
import { StartChat } from '@/components/assistant/start-chat';
import { listThreads } from '@/lib/ai/chat/threads';
import { requireOrgCtx } from '@/lib/server/require-org-ctx';

export const metadata: Metadata = { title: 'Assistant' };

export default async function AssistantPage({ params }: { params: Promise<{ orgSlug: string }> }) {
  const { orgSlug } = await params;
  const { ctx } = await requireOrgCtx(orgSlug, { permission: 'assistant.use', callbackUrl: `/app/${orgSlug}/assistant` });
  const [latest] = await listThreads(ctx, { limit: 1 });
  return (
    <div className="grid gap-4">
      <header>
        <h1 className="text-2xl font-semibold tracking-tight">Assistant</h1>
        <p className="mt-1 text-sm text-muted-foreground">Ask about your leads, pipeline and tasks, and let it draft the next steps for you.</p>
      </header>
      <StartChat orgSlug={ctx.org.slug} hasThreads={latest !== undefined} />
    </div>
  );
}
