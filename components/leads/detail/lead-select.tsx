'use client';

import { useId, useState } from 'react';
import { toast } from 'sonner';
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from '@/components/ui/select';
import { cn } from '@/lib/utils';

// Radix Select cannot hold an empty value, so "none" stands for a cleared field.
const NONE = '__none__';

type LeadSelectProps = {
  label: string;
  value: string | null;
  options: { value: string; label: string }[];
  /** Offers a "none" choice with this label (the field is cleared); omit for required fields. */
  noneLabel?: string;
  disabled?: boolean;
  /** Label above the select (fields card) or only for screen readers (header). */
  visibleLabel?: boolean;
  className?: string;
  onSave: (value: string | null) => Promise<string | null>;
};

/**
 * A select that saves on change. The new choice shows at once and falls back (with a toast) if saving
 * fails; the parent keys it by the saved value so fresh server data resets it.
 */
export function LeadSelect({ label, value, options, noneLabel, disabled, visibleLabel = true, className, onSave }: LeadSelectProps) {
  const [current, setCurrent] = useState(value ?? NONE);
  const [saving, setSaving] = useState(false);
  const labelId = useId();

  async function onValueChange(next: string) {
    const previous = current;
    setCurrent(next);
    setSaving(true);
    const error = await onSave(next === NONE ? null : next);
    setSaving(false);
    if (error) {
      setCurrent(previous);
      toast.error(error);
    }
  }

  return (
    <div className={cn('grid gap-1', className)}>
      <span id={labelId} className={visibleLabel ? 'text-xs font-medium text-muted-foreground' : 'sr-only'}>
        {label}
      </span>
      <Select value={current} onValueChange={(next) => void onValueChange(next)} disabled={disabled || saving}>
        <SelectTrigger size="sm" aria-labelledby={labelId} className="min-w-40">
          <SelectValue placeholder={noneLabel ?? `Choose ${label.toLowerCase()}`} />
        </SelectTrigger>
        <SelectContent>
          {noneLabel !== undefined ? <SelectItem value={NONE}>{noneLabel}</SelectItem> : null}
          {options.map((option) => (
            <SelectItem key={option.value} value={option.value}>
              {option.label}
            </SelectItem>
          ))}
        </SelectContent>
      </Select>
    </div>
  );
}
