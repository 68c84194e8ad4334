'use client';

import { useAction } from 'next-safe-action/hooks';
import { useState } from 'react';
import { toast } from 'sonner';
import { RoleBadge } from '@/components/orgs/role-badge';
import { Button } from '@/components/ui/button';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import type { OrgRole } from '@/db/schema';
import { resendInviteAction } from '@/lib/actions/orgs/resend-invite';
import { revokeInviteAction } from '@/lib/actions/orgs/revoke-invite';
import { actionErrorMessage, type ActionError } from '@/lib/forms/field-errors';
import { ConfirmDialog } from './confirm-dialog';
import { formatDate } from './format';

export type InviteRow = { id: string; email: string; role: OrgRole; expiresAt: Date; createdAt: Date };

export function InvitesTable({ orgSlug, invites, viewerRole }: { orgSlug: string; invites: InviteRow[]; viewerRole: OrgRole }) {
  const [revoking, setRevoking] = useState<InviteRow | null>(null);
  const onError = ({ error }: { error: ActionError }) => toast.error(actionErrorMessage(error));
  const resend = useAction(resendInviteAction, {
    onSuccess: ({ input }) => toast.success(`Invitation sent again to ${invites.find((i) => i.id === input.inviteId)?.email ?? 'them'}.`),
    onError,
  });
  const revoke = useAction(revokeInviteAction, {
    onSuccess: () => {
      setRevoking(null);
      toast.success('Invitation revoked.');
    },
    onError,
  });

  if (invites.length === 0) {
    return <p className="py-6 text-center text-sm text-muted-foreground">No pending invitations.</p>;
  }

  return (
    <>
      <Table>
        <TableHeader>
          <TableRow>
            <TableHead>Email</TableHead>
            <TableHead>Role</TableHead>
            <TableHead>Sent</TableHead>
            <TableHead>Expires</TableHead>
            <TableHead>
              <span className="sr-only">Actions</span>
            </TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {invites.map((invite) => {
            // An owner invitation can only be re-sent by an owner; revoking is open to every manager.
            const canResend = invite.role !== 'owner' || viewerRole === 'owner';
            const resending = resend.isPending && resend.input?.inviteId === invite.id;
            return (
              <TableRow key={invite.id}>
                <TableCell className="font-medium">{invite.email}</TableCell>
                <TableCell>
                  <RoleBadge role={invite.role} />
                </TableCell>
                <TableCell className="whitespace-nowrap text-muted-foreground">{formatDate(invite.createdAt)}</TableCell>
                <TableCell className="whitespace-nowrap text-muted-foreground">{formatDate(invite.expiresAt)}</TableCell>
                <TableCell>
                  <div className="flex justify-end gap-2">
                    {canResend ? (
                      <Button variant="outline" size="sm" disabled={resend.isPending} onClick={() => resend.execute({ orgSlug, inviteId: invite.id })}>
                        {resending ? 'Sending…' : 'Resend'}
                      </Button>
                    ) : null}
                    <Button variant="ghost" size="sm" className="text-destructive" disabled={revoke.isPending} onClick={() => setRevoking(invite)}>
                      Revoke
                    </Button>
                  </div>
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
      <ConfirmDialog
        open={revoking !== null}
        onOpenChange={(open) => !open && setRevoking(null)}
        title={`Revoke the invitation to ${revoking?.email ?? ''}?`}
        description="The link in their email stops working. You can invite them again later."
        confirmLabel="Revoke invitation"
        pendingLabel="Revoking…"
        destructive
        pending={revoke.isPending}
        onConfirm={() => revoking && revoke.execute({ orgSlug, inviteId: revoking.id })}
      />
    </>
  );
}
