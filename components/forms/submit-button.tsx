'use client';

import type { ReactNode } from 'react';
import { Button } from '@/components/ui/button';

type SubmitButtonProps = { isPending: boolean; pendingLabel: string; className?: string; children: ReactNode };

/** A form's submit button: disabled while the action runs, and saying so. */
export function SubmitButton({ isPending, pendingLabel, className, children }: SubmitButtonProps) {
  return (
    <Button type="submit" className={className} disabled={isPending}>
      {isPending ? pendingLabel : children}
    </Button>
  );
}
