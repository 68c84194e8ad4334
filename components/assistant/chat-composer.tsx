'use client';

import { ArrowUp, Square } from 'lucide-react';
import { useState, type KeyboardEvent } from 'react';
import { Button } from '@/components/ui/button';
import { Textarea } from '@/components/ui/textarea';
import { MAX_USER_TEXT } from '@/lib/ai/chat/chat-request';

type ChatComposerProps = {
  isBusy: boolean;
  /** Why a new message cannot be sent right now (e.g. an approval is waiting), shown under the box. */
  blockedReason?: string;
  onSend: (text: string) => void;
  /** Given while an answer can be stopped: the Send button turns into Stop when busy. */
  onStop?: () => void;
};

/** The message box: Enter sends, Shift+Enter starts a new line; Stop ends an answer while it streams. */
export function ChatComposer({ isBusy, blockedReason, onSend, onStop }: ChatComposerProps) {
  const [text, setText] = useState('');
  const canSend = !isBusy && !blockedReason && text.trim() !== '';

  function send() {
    if (!canSend) return;
    onSend(text.trim());
    setText('');
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    // isComposing: Enter that confirms an IME candidate (Japanese, Chinese input) must not send.
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      send();
    }
  }

  return (
    <form
      className="grid gap-1.5"
      onSubmit={(event) => {
        event.preventDefault();
        send();
      }}
    >
      <label htmlFor="assistant-message" className="sr-only">
        Message the assistant
      </label>
      <div className="flex items-end gap-2 rounded-xl border bg-background p-2 shadow-sm focus-within:ring-[3px] focus-within:ring-ring/50">
        <Textarea
          id="assistant-message"
          value={text}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={onKeyDown}
          placeholder="Ask about your leads, pipeline or tasks…"
          maxLength={MAX_USER_TEXT}
          rows={1}
          aria-describedby="assistant-message-hint"
          className="max-h-48 min-h-10 resize-none border-0 bg-transparent p-1.5 shadow-none focus-visible:ring-0 dark:bg-transparent"
        />
        {isBusy && onStop ? (
          <Button type="button" size="icon" variant="outline" onClick={onStop} aria-label="Stop the answer">
            <Square className="fill-current" aria-hidden />
          </Button>
        ) : (
          <Button type="submit" size="icon" disabled={!canSend} aria-label="Send message">
            <ArrowUp aria-hidden />
          </Button>
        )}
      </div>
      <p id="assistant-message-hint" className="px-1 text-xs text-muted-foreground">
        {blockedReason ?? 'Enter to send, Shift+Enter for a new line. The assistant asks before it changes anything.'}
      </p>
    </form>
  );
}
