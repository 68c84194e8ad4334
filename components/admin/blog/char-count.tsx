'use client';

import { FormDescription } from '@/components/ui/form';
import { cn } from '@/lib/utils';

/**
 * "42 / 70" under a field, as its description (so the input is described by it); turns red past the limit,
 * which the schema refuses on save.
 */
export function CharCount({ count, max }: { count: number; max: number }) {
  const isOver = count > max;
  return (
    <FormDescription className={cn('text-right text-xs tabular-nums', isOver && 'font-medium text-destructive')}>
      {count} / {max}
      <span className="sr-only"> characters{isOver ? ', too long' : ''}</span>
    </FormDescription>
  );
}
