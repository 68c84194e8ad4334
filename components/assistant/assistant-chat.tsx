'use client';

import { useChat } from '@ai-sdk/react';
import { DefaultChatTransport, isToolUIPart, lastAssistantMessageIsCompleteWithApprovalResponses } from 'ai';
import { useRouter } from 'next/navigation';
import { useEffect, useMemo, useRef, useState } from 'react';
import { holdsExecutedWrite } from '@/lib/ai/chat/executed-writes';
import type { AssistantUIMessage } from '@/lib/ai/chat/ui-message';
import { ChatComposer } from './chat-composer';
import { chatRequestBody } from './chat-request-body';
import { ChatErrorBanner } from './chat-error-banner';
import { MessageList } from './message-list';
import { takePendingPrompt } from './pending-prompt';
import { retryPlan } from './retry-plan';

type AssistantChatProps = { orgSlug: string; threadId: string; initialMessages: AssistantUIMessage[] };

/**
 * The conversation of one thread. The route keeps the history: each request carries only the newest
 * message (or the assistant message holding approval answers), and the server loads the rest itself.
 */
export function AssistantChat({ orgSlug, threadId, initialMessages }: AssistantChatProps) {
  const router = useRouter();
  const hadMessages = useRef(initialMessages.length > 0);
  const transport = useMemo(
    () =>
      new DefaultChatTransport<AssistantUIMessage>({
        api: `/api/orgs/${encodeURIComponent(orgSlug)}/assistant/chat`,
        prepareSendMessagesRequest: ({ messages, trigger, messageId }) => ({ body: chatRequestBody({ threadId, messages, trigger, messageId }) }),
      }),
    [orgSlug, threadId],
  );
  const { messages, sendMessage, regenerate, stop, status, error, clearError, addToolApprovalResponse } = useChat<AssistantUIMessage>({
    id: threadId,
    messages: initialMessages,
    transport,
    // Approving or denying a change sends the answers on at once, so the assistant can carry on.
    sendAutomaticallyWhen: lastAssistantMessageIsCompleteWithApprovalResponses,
    throttle: 50,
    onFinish: ({ isError }) => {
      // The thread got its title from the first message: refresh the list beside the chat once.
      if (!hadMessages.current && !isError) {
        hadMessages.current = true;
        router.refresh();
      }
    },
  });

  const [notice, setNotice] = useState<string | null>(null);
  const isBusy = status === 'submitted' || status === 'streaming';
  const last = messages.at(-1);
  // An answer that made changes stays: writing it again would have them proposed and made a second time.
  const canRegenerate = !isBusy && last?.role === 'assistant' && !holdsExecutedWrite(last);
  const awaitingApproval = last?.role === 'assistant' && last.parts.some((part) => isToolUIPart(part) && part.state === 'approval-requested');

  // A prompt picked on the assistant's start page waits in sessionStorage for this new thread. It is sent
  // from a timeout so React's dev double-mount (which stops the chat on its fake unmount) cannot abort it.
  useEffect(() => {
    if (initialMessages.length > 0) return;
    const timer = setTimeout(() => {
      const prompt = takePendingPrompt(threadId);
      if (prompt) void sendMessage({ text: prompt });
    }, 0);
    return () => clearTimeout(timer);
  }, [threadId, initialMessages.length, sendMessage]);

  function retry() {
    const plan = retryPlan(messages);
    clearError();
    if (plan?.kind === 'blocked') setNotice(plan.reason);
    else if (plan?.kind === 'approvals') void sendMessage();
    else if (plan?.kind === 'resend') void sendMessage({ text: plan.text, messageId: plan.messageId });
  }

  return (
    <div className="grid gap-4">
      <MessageList
        messages={messages}
        status={status}
        orgSlug={orgSlug}
        canRespond={!isBusy}
        onRespond={(id, approved) => void addToolApprovalResponse({ id, approved })}
        onRegenerate={canRegenerate ? () => void regenerate({ messageId: last.id }) : undefined}
      />
      <div className="sticky bottom-0 z-10 grid gap-2 bg-background pt-2 pb-1">
        {error ? <ChatErrorBanner error={error} orgSlug={orgSlug} onRetry={retry} /> : null}
        <p role="status" className={notice ? 'text-sm text-muted-foreground' : 'sr-only'}>
          {notice}
        </p>
        <ChatComposer
          isBusy={isBusy}
          blockedReason={awaitingApproval ? 'Approve or deny the change above before sending another message.' : undefined}
          onSend={(text) => {
            setNotice(null);
            void sendMessage({ text });
          }}
          onStop={() => void stop()}
        />
      </div>
    </div>
  );
}
