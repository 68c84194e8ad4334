'use client';

import type { ChatStatus } from 'ai';
import { Loader2 } from 'lucide-react';
import { useMemo } from 'react';
import type { AssistantUIMessage } from '@/lib/ai/chat/ui-message';
import { MessageBubble } from './message-bubble';
import { collectLeadNames } from './read-tool-text';
import { useStickToBottom } from './use-stick-to-bottom';

type MessageListProps = {
  messages: AssistantUIMessage[];
  status: ChatStatus;
  orgSlug: string;
  canRespond: boolean;
  onRespond: (approvalId: string, approved: boolean) => void;
  onRegenerate?: () => void;
};

/**
 * The conversation as a live log: screen readers hear new messages, and aria-busy holds the streaming
 * answer back until it is complete instead of reading it out token by token.
 */
export function MessageList({ messages, status, orgSlug, canRespond, onRespond, onRegenerate }: MessageListProps) {
  const leadNames = useMemo(() => collectLeadNames(messages), [messages]);
  const endRef = useStickToBottom(messages);
  const lastIndex = messages.length - 1;

  return (
    <div className="grid gap-4">
      <ol role="log" aria-live="polite" aria-busy={status === 'streaming'} aria-label="Conversation" className="grid gap-5">
        {messages.map((message, index) => (
          <MessageBubble
            key={message.id}
            message={message}
            orgSlug={orgSlug}
            leadNames={leadNames}
            canRespond={canRespond}
            onRespond={onRespond}
            onRegenerate={index === lastIndex ? onRegenerate : undefined}
            isStreaming={index === lastIndex && status === 'streaming'}
          />
        ))}
      </ol>
      {status === 'submitted' ? (
        <p className="flex items-center gap-2 text-sm text-muted-foreground" role="status">
          <Loader2 className="size-4 animate-spin motion-reduce:animate-none" aria-hidden />
          Thinking…
        </p>
      ) : null}
      <div ref={endRef} aria-hidden className="h-px scroll-mb-40" />
    </div>
  );
}
