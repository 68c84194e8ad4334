'use client';

import { Pencil } from 'lucide-react';
import { useId, useRef, useState, type ReactNode } from 'react';
import { Input } from '@/components/ui/input';
import { cn } from '@/lib/utils';

export type ParseResult<T> = { ok: true; value: T } | { ok: false; error: string };

type InlineFieldProps<T> = {
  label: string;
  /** The text the input starts from. */
  initial: string;
  /** What the field shows when not editing; empty shows a muted "Add …". */
  display?: ReactNode;
  type?: 'text' | 'email' | 'tel' | 'number' | 'date' | 'url';
  inputMode?: 'decimal' | 'numeric' | 'text' | 'email' | 'tel';
  step?: string;
  disabled?: boolean;
  /** Client-side validation with the same schema the action uses; returns the value to save or an error. */
  parse: (draft: string) => ParseResult<T>;
  /** Saves; resolves to an error message to show, or null. */
  onSave: (value: T) => Promise<string | null>;
};

/**
 * Click (or Enter on the focused value) to edit; Enter or leaving the input saves, Escape cancels. Errors
 * from validation or the server stay beside the input until the value is fixed or the edit cancelled.
 */
export function InlineField<T>({ label, initial, display, type = 'text', inputMode, step, disabled, parse, onSave }: InlineFieldProps<T>) {
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(initial);
  const [shown, setShown] = useState<ReactNode>(null);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const cancelled = useRef(false);
  // A ref, not state: the blur that follows Enter must see the save already under way.
  const inFlight = useRef(false);
  const errorId = useId();
  const inputId = useId();
  const valueId = useId();

  function start() {
    if (disabled) return;
    cancelled.current = false;
    setDraft(initial);
    setError(null);
    setEditing(true);
  }

  async function commit() {
    if (cancelled.current || inFlight.current) return;
    if (draft === initial) {
      setEditing(false);
      setError(null);
      return;
    }
    const parsed = parse(draft);
    if (!parsed.ok) {
      setError(parsed.error);
      return;
    }
    inFlight.current = true;
    setSaving(true);
    const message = await onSave(parsed.value);
    inFlight.current = false;
    setSaving(false);
    if (message) {
      setError(message);
      return;
    }
    // Show the saved text until the refreshed server data arrives and the parent re-keys this field.
    setShown(draft.trim() || null);
    setEditing(false);
    setError(null);
  }

  function cancel() {
    cancelled.current = true;
    setEditing(false);
    setError(null);
  }

  const value = shown ?? display;
  return (
    <div className="grid gap-1">
      <label htmlFor={inputId} className="text-xs font-medium text-muted-foreground">
        {label}
      </label>
      {editing ? (
        <>
          <Input
            id={inputId}
            type={type}
            inputMode={inputMode}
            step={step}
            value={draft}
            autoFocus
            disabled={saving}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? errorId : undefined}
            onChange={(event) => setDraft(event.target.value)}
            onBlur={() => void commit()}
            onKeyDown={(event) => {
              if (event.key === 'Enter') {
                event.preventDefault();
                void commit();
              } else if (event.key === 'Escape') {
                event.preventDefault();
                event.stopPropagation();
                cancel();
              }
            }}
            className="h-8"
          />
          {error ? (
            <p id={errorId} role="alert" className="text-xs text-destructive">
              {error}
            </p>
          ) : null}
        </>
      ) : (
        <button
          id={inputId}
          type="button"
          onClick={start}
          disabled={disabled}
          aria-label={`Edit ${label}`}
          aria-describedby={valueId}
          className={cn(
            'group flex min-h-8 w-full items-center justify-between gap-2 rounded-md px-2 py-1 -mx-2 text-left text-sm hover:bg-accent focus-visible:outline-none focus-visible:ring-[3px] focus-visible:ring-ring/50 disabled:cursor-default disabled:hover:bg-transparent',
            !value && 'text-muted-foreground',
          )}
        >
          <span id={valueId} className="min-w-0 truncate">{value || `Add ${label.toLowerCase()}`}</span>
          {disabled ? null : <Pencil aria-hidden className="size-3.5 shrink-0 opacity-0 group-hover:opacity-60 group-focus-visible:opacity-60" />}
        </button>
      )}
    </div>
  );
}
