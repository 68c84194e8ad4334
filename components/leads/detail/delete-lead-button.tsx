'use client';

import { Trash2 } from 'lucide-react';
import { useAction } from 'next-safe-action/hooks';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { toast } from 'sonner';
import { ConfirmDialog } from '@/components/settings/confirm-dialog';
import { Button } from '@/components/ui/button';
import { deleteLeadAction } from '@/lib/actions/leads/delete-lead';
import { actionErrorMessage } from '@/lib/forms/field-errors';
import { useLeadPage } from './lead-page-context';

export function DeleteLeadButton({ name }: { name: string }) {
  const { orgSlug, leadId } = useLeadPage();
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const { execute, isPending } = useAction(deleteLeadAction, {
    onSuccess: () => {
      toast.success(`${name} deleted.`);
      router.push(`/app/${orgSlug}/leads`);
    },
    onError: ({ error }) => toast.error(actionErrorMessage(error)),
  });

  return (
    <>
      <Button variant="outline" size="sm" onClick={() => setOpen(true)} className="text-destructive hover:text-destructive">
        <Trash2 aria-hidden />
        Delete lead
      </Button>
      <ConfirmDialog
        open={open}
        onOpenChange={setOpen}
        title={`Delete ${name}?`}
        description="The lead, its timeline and its meetings are deleted for good. Tasks linked to it stay, without the link."
        confirmLabel="Delete lead"
        pendingLabel="Deleting…"
        destructive
        pending={isPending}
        onConfirm={() => execute({ orgSlug, leadId })}
      />
    </>
  );
}
