'use client';

import { Pencil, Trash2 } from 'lucide-react';
import { useAction } from 'next-safe-action/hooks';
import { useState } from 'react';
import { toast } from 'sonner';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import type { CustomFieldType } from '@/db/schema/values';
import { deleteCustomFieldAction } from '@/lib/actions/leads/delete-custom-field';
import { actionErrorMessage } from '@/lib/forms/field-errors';
import { ConfirmDialog } from '../confirm-dialog';
import { FIELD_TYPE_LABELS } from './create-custom-field-dialog';
import { EditCustomFieldDialog } from './edit-custom-field-dialog';

export type CustomFieldRow = { id: string; key: string; label: string; type: CustomFieldType; options: string[] };

export function CustomFieldsTable({ orgSlug, fields }: { orgSlug: string; fields: CustomFieldRow[] }) {
  const [editing, setEditing] = useState<CustomFieldRow | null>(null);
  const [deleting, setDeleting] = useState<CustomFieldRow | null>(null);
  const remove = useAction(deleteCustomFieldAction, {
    onSuccess: () => {
      toast.success(`Field “${deleting?.label}” deleted.`);
      setDeleting(null);
    },
    onError: ({ error }) => toast.error(actionErrorMessage(error)),
  });

  if (fields.length === 0) {
    return (
      <div className="grid justify-items-center gap-1 py-8 text-center">
        <p className="font-medium">No custom fields yet</p>
        <p className="text-sm text-muted-foreground">Add fields such as “Budget” or “Industry” to track what matters to your business on every lead.</p>
      </div>
    );
  }

  return (
    <>
      <Table>
        <TableHeader>
          <TableRow>
            <TableHead>Label</TableHead>
            <TableHead>Key</TableHead>
            <TableHead>Type</TableHead>
            <TableHead>Options</TableHead>
            <TableHead>
              <span className="sr-only">Actions</span>
            </TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {fields.map((field) => (
            <TableRow key={field.id}>
              <TableCell className="font-medium">{field.label}</TableCell>
              <TableCell className="font-mono text-xs">{field.key}</TableCell>
              <TableCell>{FIELD_TYPE_LABELS[field.type]}</TableCell>
              <TableCell>
                {field.type === 'select' ? (
                  <div className="flex max-w-72 flex-wrap gap-1">
                    {field.options.map((option) => (
                      <Badge key={option} variant="secondary">
                        {option}
                      </Badge>
                    ))}
                  </div>
                ) : (
                  <span className="text-muted-foreground">—</span>
                )}
              </TableCell>
              <TableCell className="text-right whitespace-nowrap">
                <Button variant="ghost" size="icon" aria-label={`Edit ${field.label}`} onClick={() => setEditing(field)}>
                  <Pencil />
                </Button>
                <Button variant="ghost" size="icon" aria-label={`Delete ${field.label}`} onClick={() => setDeleting(field)}>
                  <Trash2 />
                </Button>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {editing ? <EditCustomFieldDialog key={editing.id} orgSlug={orgSlug} field={editing} onClose={() => setEditing(null)} /> : null}
      <ConfirmDialog
        open={deleting !== null}
        onOpenChange={(open) => !open && setDeleting(null)}
        title={`Delete the field “${deleting?.label ?? ''}”?`}
        description="Its value is removed from every lead in this workspace, and that cannot be undone. Imports and API calls that send this key will be refused."
        confirmLabel="Delete field"
        pendingLabel="Deleting…"
        destructive
        pending={remove.isPending}
        onConfirm={() => deleting && remove.execute({ orgSlug, fieldId: deleting.id })}
      />
    </>
  );
}
