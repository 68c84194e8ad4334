'use client';

import { useRef, useState } from 'react';
import { Input } from '@/components/ui/input';
import { threadTitleSchema } from '@/lib/ai/chat/thread-schemas';

type ThreadTitleInputProps = {
  initial: string;
  pending: boolean;
  serverError?: string;
  onSave: (title: string) => void;
  onCancel: () => void;
};

/** Inline rename: Enter (or leaving the field) saves, Escape puts the old title back. */
export function ThreadTitleInput({ initial, pending, serverError, onSave, onCancel }: ThreadTitleInputProps) {
  const [value, setValue] = useState(initial);
  const [error, setError] = useState<string>();
  const cancelled = useRef(false);
  const message = error ?? serverError;

  function save() {
    if (cancelled.current || pending) return;
    const parsed = threadTitleSchema.safeParse(value);
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message);
      return;
    }
    if (parsed.data === initial) onCancel();
    else onSave(parsed.data);
  }

  return (
    <form
      data-thread-rename
      className="grid gap-1"
      onSubmit={(event) => {
        event.preventDefault();
        save();
      }}
    >
      <label htmlFor="thread-title" className="sr-only">
        Chat title
      </label>
      <Input
        id="thread-title"
        autoFocus
        value={value}
        maxLength={120}
        disabled={pending}
        aria-invalid={message ? true : undefined}
        aria-describedby={message ? 'thread-title-error' : undefined}
        className="h-8"
        onChange={(event) => {
          setValue(event.target.value);
          setError(undefined);
        }}
        onFocus={(event) => event.currentTarget.select()}
        onBlur={save}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.preventDefault();
            cancelled.current = true;
            onCancel();
          }
        }}
      />
      {message ? (
        <p id="thread-title-error" className="text-xs text-destructive">
          {message}
        </p>
      ) : null}
    </form>
  );
}
