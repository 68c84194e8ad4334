'use client';

import { Sparkles } from 'lucide-react';
import { ChatComposer } from './chat-composer';
import { ExamplePrompts } from './example-prompts';
import { useStartChat } from './use-start-chat';

/**
 * The assistant's start page: what it can do, example questions, and a box for one's own question. Each
 * starts a new chat whose first message is that question.
 */
export function StartChat({ orgSlug, hasThreads }: { orgSlug: string; hasThreads: boolean }) {
  const { start, isPending, pendingPrompt } = useStartChat(orgSlug);
  return (
    <div className="grid gap-6">
      <section aria-labelledby="assistant-start" className="grid gap-4 rounded-lg border border-dashed p-6 text-center sm:p-10">
        <Sparkles className="mx-auto size-8 text-muted-foreground" aria-hidden />
        <div className="grid gap-1">
          <h2 id="assistant-start" className="font-medium">
            {hasThreads ? 'Start a new chat' : 'Ask about your workspace'}
          </h2>
          <p className="mx-auto max-w-md text-sm text-muted-foreground">
            The assistant reads your leads, pipeline and tasks. It can draft tasks, notes, emails and posts, and asks you before it changes
            anything.
          </p>
        </div>
        <ExamplePrompts disabled={isPending} pendingPrompt={pendingPrompt} onPick={start} />
      </section>
      <ChatComposer isBusy={isPending} onSend={start} />
    </div>
  );
}
