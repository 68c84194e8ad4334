'use client';

import { isToolUIPart } from 'ai';
import { Loader2, RotateCcw } from 'lucide-react';
import { OfflineBadge } from '@/components/ai/offline-badge';
import { Button } from '@/components/ui/button';
import type { AssistantUIMessage } from '@/lib/ai/chat/ui-message';
import { AssistantMarkdown } from './assistant-markdown';
import { ToolCall } from './tool-call';

type MessageBubbleProps = {
  message: AssistantUIMessage;
  orgSlug: string;
  leadNames: ReadonlyMap<string, string>;
  canRespond: boolean;
  onRespond: (approvalId: string, approved: boolean) => void;
  /** Set on the last assistant message when a new answer may be asked for. */
  onRegenerate?: () => void;
  /** The message is the answer streaming in right now. */
  isStreaming?: boolean;
};

export function MessageBubble({ message, orgSlug, leadNames, canRespond, onRespond, onRegenerate, isStreaming }: MessageBubbleProps) {
  if (message.role === 'user') {
    const text = message.parts.flatMap((part) => (part.type === 'text' ? [part.text] : [])).join('\n');
    return (
      <li className="flex justify-end" data-role="user">
        <h2 className="sr-only">You said</h2>
        <p className="max-w-[85%] rounded-2xl rounded-br-sm bg-primary px-3.5 py-2 text-sm whitespace-pre-wrap break-words text-primary-foreground">{text}</p>
      </li>
    );
  }
  if (message.role !== 'assistant') return null;
  const isEmpty = !message.parts.some((part) => (part.type === 'text' && part.text.trim() !== '') || isToolUIPart(part));

  return (
    <li className="grid max-w-full justify-items-start gap-2" data-role="assistant">
      <div className="flex items-center gap-2">
        <h2 className="text-xs font-medium text-muted-foreground">Assistant</h2>
        <OfflineBadge provider={message.metadata?.provider} orgSlug={orgSlug} />
      </div>
      <div className="grid w-full gap-2 rounded-2xl rounded-tl-sm border bg-card px-3.5 py-2.5 sm:max-w-[85%]">
        {isEmpty ? (
          <p className="flex items-center gap-2 text-sm text-muted-foreground">
            {isStreaming ? <Loader2 className="size-4 animate-spin motion-reduce:animate-none" aria-hidden /> : null}
            {isStreaming ? 'Thinking…' : 'No answer was written. Try Regenerate.'}
          </p>
        ) : null}
        {message.parts.map((part, index) => {
          if (part.type === 'text') return part.text.trim() ? <AssistantMarkdown key={index}>{part.text}</AssistantMarkdown> : null;
          if (isToolUIPart(part)) {
            return <ToolCall key={part.toolCallId} part={part} orgSlug={orgSlug} leadNames={leadNames} canRespond={canRespond} onRespond={onRespond} />;
          }
          return null;
        })}
      </div>
      {onRegenerate ? (
        <Button variant="ghost" size="sm" className="h-7 px-2 text-xs text-muted-foreground" onClick={onRegenerate}>
          <RotateCcw aria-hidden />
          Regenerate
        </Button>
      ) : null}
    </li>
  );
}
