'use client';

import { Trash2 } from 'lucide-react';
import { useAction } from 'next-safe-action/hooks';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { toast } from 'sonner';
import { ConfirmDialog } from '@/components/settings/confirm-dialog';
import { Button } from '@/components/ui/button';
import { deleteFormAction } from '@/lib/actions/forms/delete-form';
import { actionErrorMessage } from '@/lib/forms/field-errors';

/** Deletes a form after confirmation; its leads and their history stay. */
export function DeleteFormButton({ orgSlug, formId, name }: { orgSlug: string; formId: string; name: string }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const { execute, isPending } = useAction(deleteFormAction, {
    onSuccess: () => {
      toast.success(`Deleted “${name}”.`);
      setOpen(false);
      router.push(`/app/${orgSlug}/forms`);
    },
    onError: ({ error }) => toast.error(actionErrorMessage(error)),
  });

  return (
    <>
      <Button type="button" variant="outline" onClick={() => setOpen(true)}>
        <Trash2 aria-hidden />
        Delete
      </Button>
      <ConfirmDialog
        open={open}
        onOpenChange={setOpen}
        title={`Delete “${name}”?`}
        description="The hosted page, embeds and API endpoint stop working at once. Leads it captured and their timelines stay."
        confirmLabel="Delete form"
        pendingLabel="Deleting…"
        destructive
        pending={isPending}
        onConfirm={() => execute({ orgSlug, formId })}
      />
    </>
  );
}
