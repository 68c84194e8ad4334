'use client';

import type { ComponentProps } from 'react';
import { Input } from '@/components/ui/input';

/** `<input type="datetime-local">` text for a Date, in the browser's time zone. */
export function toLocalInput(date: Date) {
  const local = new Date(date.getTime() - date.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 16);
}

type Props = Omit<ComponentProps<typeof Input>, 'type' | 'value' | 'onChange'> & {
  value: unknown;
  onChange: (value: string | undefined) => void;
};

/**
 * A local date-and-time input for a form field. The form keeps the typed text (the schema coerces it, read
 * in the browser's time zone, into a Date); an empty box is `undefined`, i.e. "not set".
 */
export function DateTimeInput({ value, onChange, ...props }: Props) {
  return (
    <Input
      {...props}
      type="datetime-local"
      value={typeof value === 'string' ? value : value instanceof Date ? toLocalInput(value) : ''}
      onChange={(event) => onChange(event.target.value === '' ? undefined : event.target.value)}
    />
  );
}
