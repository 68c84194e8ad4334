import Link from 'next/link';
import type { ReactNode } from 'react';
import { Button } from '@/components/ui/button';
import { EmptyState } from './empty-state';

type FilteredEmptyStateProps = {
  icon: ReactNode;
  /** Whether a filter is applied: it picks the message and shows the way back to the whole list. */
  filtered: boolean;
  title: string;
  description: string;
  showAllHref: string;
  showAllLabel: string;
};

/** An empty list that may be empty only because of its filter, so it offers to clear it. */
export function FilteredEmptyState({ icon, filtered, title, description, showAllHref, showAllLabel }: FilteredEmptyStateProps) {
  return (
    <EmptyState
      icon={icon}
      title={title}
      description={description}
      action={
        filtered ? (
          <Button asChild variant="outline" size="sm">
            <Link href={showAllHref}>{showAllLabel}</Link>
          </Button>
        ) : undefined
      }
    />
  );
}
