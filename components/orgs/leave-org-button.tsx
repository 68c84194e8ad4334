'use client';

import { LogOut } from 'lucide-react';
import { useAction } from 'next-safe-action/hooks';
import { useState } from 'react';
import { toast } from 'sonner';
import { ConfirmDialog } from '@/components/settings/confirm-dialog';
import { Button } from '@/components/ui/button';
import { leaveOrgAction } from '@/lib/actions/orgs/leave-org';
import { actionErrorMessage } from '@/lib/forms/field-errors';

/** For members, who cannot open the members page: the one way to leave a workspace themselves. */
export function LeaveOrgButton({ orgSlug, orgName }: { orgSlug: string; orgName: string }) {
  const [open, setOpen] = useState(false);
  const leave = useAction(leaveOrgAction, { onError: ({ error }) => toast.error(actionErrorMessage(error)) });
  const busy = leave.isPending || leave.hasNavigated;
  return (
    <>
      <Button variant="outline" size="sm" onClick={() => setOpen(true)}>
        <LogOut aria-hidden />
        Leave workspace
      </Button>
      <ConfirmDialog
        open={open}
        onOpenChange={setOpen}
        title={`Leave ${orgName}?`}
        description="You lose access at once and need a new invitation to come back."
        confirmLabel="Leave workspace"
        pendingLabel="Leaving…"
        destructive
        pending={busy}
        onConfirm={() => leave.execute({ orgSlug })}
      />
    </>
  );
}
