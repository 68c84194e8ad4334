'use client';

import { Bookmark, Check, Plus, Trash2 } from 'lucide-react';
import { useAction } from 'next-safe-action/hooks';
import Link from 'next/link';
import { useState } from 'react';
import { toast } from 'sonner';
import { ConfirmDialog } from '@/components/settings/confirm-dialog';
import { Button } from '@/components/ui/button';
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuSub,
  DropdownMenuSubContent,
  DropdownMenuSubTrigger,
  DropdownMenuTrigger,
} from '@/components/ui/dropdown-menu';
import type { SavedViewState } from '@/db/schema';
import { deleteSavedViewAction } from '@/lib/actions/leads/delete-saved-view';
import { actionErrorMessage } from '@/lib/forms/field-errors';
import type { LeadListColumn } from '@/lib/leads/columns';
import { leadListHref, visibleColumns, type LeadQueryParams } from './lead-search-params';
import { SaveViewDialog } from './save-view-dialog';

type ViewItem = { id: string; name: string; state: SavedViewState };

type SavedViewsMenuProps = {
  orgSlug: string;
  basePath: string;
  views: ViewItem[];
  currentParams: LeadQueryParams;
  currentColumns: LeadListColumn[];
};

const queryKey = (query: Record<string, string>) => JSON.stringify(Object.entries(query).sort(([a], [b]) => a.localeCompare(b)));
const columnsOf = (view: ViewItem) => visibleColumns(view.state.columns);

/** The signed-in user's saved views: open one, save the list as it is now, or delete one. */
export function SavedViewsMenu({ orgSlug, basePath, views, currentParams, currentColumns }: SavedViewsMenuProps) {
  const [saving, setSaving] = useState(false);
  const [deleting, setDeleting] = useState<ViewItem | null>(null);
  const remove = useAction(deleteSavedViewAction, {
    onSuccess: () => {
      toast.success(`View “${deleting?.name}” deleted.`);
      setDeleting(null);
    },
    onError: ({ error }) => toast.error(actionErrorMessage(error)),
  });
  const currentKey = queryKey(currentParams) + currentColumns.join(',');
  const active = views.find((view) => queryKey(view.state.query) + columnsOf(view).join(',') === currentKey);

  return (
    <>
      <DropdownMenu>
        <DropdownMenuTrigger asChild>
          <Button variant="outline" aria-label={active ? `Views (current: ${active.name})` : 'Views'}>
            <Bookmark aria-hidden />
            <span className="max-w-40 truncate">{active ? active.name : 'Views'}</span>
          </Button>
        </DropdownMenuTrigger>
        <DropdownMenuContent align="end" className="w-60">
          <DropdownMenuLabel>Your saved views</DropdownMenuLabel>
          {views.length === 0 ? <DropdownMenuItem disabled>No saved views yet</DropdownMenuItem> : null}
          {views.map((view) => (
            <DropdownMenuItem key={view.id} asChild>
              <Link href={leadListHref(basePath, view.state.query, { columns: columnsOf(view) })}>
                <span className="flex-1 truncate">{view.name}</span>
                {view.id === active?.id ? <Check aria-label="Current view" className="size-4" /> : null}
              </Link>
            </DropdownMenuItem>
          ))}
          <DropdownMenuSeparator />
          <DropdownMenuItem onSelect={() => setSaving(true)}>
            <Plus aria-hidden />
            Save current view…
          </DropdownMenuItem>
          {views.length ? (
            <DropdownMenuSub>
              <DropdownMenuSubTrigger>
                <Trash2 aria-hidden />
                Delete a view
              </DropdownMenuSubTrigger>
              <DropdownMenuSubContent className="w-56">
                {views.map((view) => (
                  <DropdownMenuItem key={view.id} onSelect={() => setDeleting(view)}>
                    <span className="truncate">{view.name}</span>
                  </DropdownMenuItem>
                ))}
              </DropdownMenuSubContent>
            </DropdownMenuSub>
          ) : null}
        </DropdownMenuContent>
      </DropdownMenu>
      <SaveViewDialog orgSlug={orgSlug} open={saving} onOpenChange={setSaving} query={currentParams} columns={currentColumns} />
      <ConfirmDialog
        open={deleting !== null}
        onOpenChange={(open) => !open && setDeleting(null)}
        title={`Delete the view “${deleting?.name ?? ''}”?`}
        description="Only the saved view goes; no lead changes."
        confirmLabel="Delete view"
        pendingLabel="Deleting…"
        destructive
        pending={remove.isPending}
        onConfirm={() => deleting && remove.execute({ orgSlug, viewId: deleting.id })}
      />
    </>
  );
}
