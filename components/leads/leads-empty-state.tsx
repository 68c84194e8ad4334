import { Contact, SearchX, Upload } from 'lucide-react';
import Link from 'next/link';
import { EmptyState } from '@/components/admin/empty-state';
import { Button } from '@/components/ui/button';
import type { MemberOption, StageOption } from './lead-list-types';
import { NewLeadDialog } from './new-lead-dialog';

type LeadsEmptyStateProps = {
  kind: 'no-leads' | 'filtered' | 'past-end';
  orgSlug: string;
  basePath: string;
  canWrite: boolean;
  stages: StageOption[];
  members: MemberOption[];
  currentUserId: string;
  clearFiltersHref: string;
  firstPageHref: string;
};

/** Why the list is empty, and the way forward: add leads, widen the filter, or go back to page one. */
export function LeadsEmptyState(props: LeadsEmptyStateProps) {
  if (props.kind === 'filtered') {
    return (
      <EmptyState
        icon={<SearchX aria-hidden />}
        title="No leads match these filters"
        description="Try a shorter search or fewer filters."
        action={
          <Button asChild variant="outline" size="sm" className="mt-2">
            <Link href={props.clearFiltersHref}>Clear all filters</Link>
          </Button>
        }
      />
    );
  }
  if (props.kind === 'past-end') {
    return (
      <EmptyState
        icon={<Contact aria-hidden />}
        title="No more leads"
        description="Leads on this page were removed or moved since the link was made."
        action={
          <Button asChild variant="outline" size="sm" className="mt-2">
            <Link href={props.firstPageHref}>Go to the first page</Link>
          </Button>
        }
      />
    );
  }
  return (
    <EmptyState
      icon={<Contact aria-hidden />}
      title="No leads yet"
      description={
        props.canWrite
          ? 'Add your first lead by hand, or bring your existing contacts in from a CSV file.'
          : 'Leads added by your team will show up here.'
      }
      action={
        props.canWrite ? (
          <div className="mt-2 flex flex-wrap justify-center gap-2">
            <NewLeadDialog orgSlug={props.orgSlug} stages={props.stages} members={props.members} currentUserId={props.currentUserId} triggerLabel="Create a lead" />
            <Button asChild variant="outline">
              <Link href={`${props.basePath}/import`}>
                <Upload aria-hidden />
                Import from CSV
              </Link>
            </Button>
          </div>
        ) : undefined
      }
    />
  );
}
