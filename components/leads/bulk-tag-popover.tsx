'use client';

import { useId, useState, type ReactNode } from 'react';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { Popover, PopoverContent, PopoverTrigger } from '@/components/ui/popover';

type BulkTagPopoverProps = {
  trigger: ReactNode;
  label: string;
  submitLabel: string;
  /** Tags seen on this page, offered as suggestions. */
  suggestions: string[];
  disabled: boolean;
  onSubmit: (tag: string) => void;
};

/** A one-field form in a popover for adding or removing a tag on the selection. */
export function BulkTagPopover({ trigger, label, submitLabel, suggestions, disabled, onSubmit }: BulkTagPopoverProps) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const [tag, setTag] = useState('');
  const trimmed = tag.trim();

  return (
    <Popover
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (!next) setTag('');
      }}
    >
      <PopoverTrigger asChild>{trigger}</PopoverTrigger>
      <PopoverContent align="start" className="w-64">
        <form
          className="grid gap-2"
          onSubmit={(event) => {
            event.preventDefault();
            if (!trimmed) return;
            onSubmit(trimmed);
            setOpen(false);
            setTag('');
          }}
        >
          <Label htmlFor={`${id}-tag`}>{label}</Label>
          <Input id={`${id}-tag`} value={tag} maxLength={50} autoComplete="off" list={suggestions.length ? `${id}-tags` : undefined} onChange={(event) => setTag(event.target.value)} autoFocus />
          {suggestions.length ? (
            <datalist id={`${id}-tags`}>
              {suggestions.map((suggestion) => (
                <option key={suggestion} value={suggestion} />
              ))}
            </datalist>
          ) : null}
          <Button type="submit" size="sm" disabled={disabled || !trimmed}>
            {submitLabel}
          </Button>
        </form>
      </PopoverContent>
    </Popover>
  );
}
