'use client';

import { useAction } from 'next-safe-action/hooks';
import { useState } from 'react';
import { toast } from 'sonner';
import { RoleBadge } from '@/components/orgs/role-badge';
import { Badge } from '@/components/ui/badge';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import type { OrgRole } from '@/db/schema';
import { changeMemberRoleAction } from '@/lib/actions/orgs/change-member-role';
import { leaveOrgAction } from '@/lib/actions/orgs/leave-org';
import { removeMemberAction } from '@/lib/actions/orgs/remove-member';
import { transferOwnershipAction } from '@/lib/actions/orgs/transfer-ownership';
import { actionErrorMessage, type ActionError } from '@/lib/forms/field-errors';
import { ConfirmDialog } from './confirm-dialog';
import { formatDate } from './format';
import { MemberActions, type MemberIntent, type MemberRow } from './member-actions';

type MembersTableProps = { orgSlug: string; orgName: string; members: MemberRow[]; viewerUserId: string; viewerRole: OrgRole };

const CONFIRM: Record<MemberIntent, { title: (who: string, org: string) => string; description: (who: string, org: string) => string; confirm: string; destructive: boolean }> = {
  'make-owner': {
    title: (who) => `Make ${who} an owner?`,
    description: (_who, org) => `Owners can manage billing, other owners and delete ${org}.`,
    confirm: 'Make owner',
    destructive: false,
  },
  transfer: {
    title: (who) => `Transfer ownership to ${who}?`,
    description: (who) => `${who} becomes an owner and you become an admin. Only an owner can give ownership back.`,
    confirm: 'Transfer ownership',
    destructive: true,
  },
  remove: {
    title: (who, org) => `Remove ${who} from ${org}?`,
    description: () => 'They lose access at once. You can invite them again later.',
    confirm: 'Remove',
    destructive: true,
  },
  leave: {
    title: (_who, org) => `Leave ${org}?`,
    description: () => 'You lose access at once and need a new invitation to come back.',
    confirm: 'Leave workspace',
    destructive: true,
  },
};

export function MembersTable({ orgSlug, orgName, members, viewerUserId, viewerRole }: MembersTableProps) {
  const [pending, setPending] = useState<{ intent: MemberIntent; member: MemberRow } | null>(null);
  const onError = ({ error }: { error: ActionError }) => toast.error(actionErrorMessage(error));
  const done = (message: string) => () => {
    setPending(null);
    toast.success(message);
  };

  const changeRole = useAction(changeMemberRoleAction, { onSuccess: ({ data }) => toast.success(`Role changed to ${data.role}.`), onError });
  const makeOwner = useAction(changeMemberRoleAction, { onSuccess: done('They are now an owner.'), onError });
  const transfer = useAction(transferOwnershipAction, { onSuccess: done('Ownership transferred.'), onError });
  const remove = useAction(removeMemberAction, { onSuccess: done('Member removed.'), onError });
  const leave = useAction(leaveOrgAction, { onError });
  const busy = changeRole.isPending || makeOwner.isPending || transfer.isPending || remove.isPending || leave.isPending || leave.hasNavigated;

  function confirm() {
    if (!pending) return;
    const memberId = pending.member.id;
    if (pending.intent === 'make-owner') makeOwner.execute({ orgSlug, memberId, role: 'owner' });
    if (pending.intent === 'transfer') transfer.execute({ orgSlug, memberId });
    if (pending.intent === 'remove') remove.execute({ orgSlug, memberId });
    if (pending.intent === 'leave') leave.execute({ orgSlug });
  }

  if (members.length === 0) {
    return <p className="py-6 text-center text-sm text-muted-foreground">No members yet.</p>;
  }

  const who = pending ? (pending.member.name ?? pending.member.email) : '';
  const copy = pending ? CONFIRM[pending.intent] : null;

  return (
    <>
      <Table>
        <TableHeader>
          <TableRow>
            <TableHead>Name</TableHead>
            <TableHead>Email</TableHead>
            <TableHead>Role</TableHead>
            <TableHead>Joined</TableHead>
            <TableHead className="w-12">
              <span className="sr-only">Actions</span>
            </TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {members.map((member) => {
            const isSelf = member.userId === viewerUserId;
            return (
              <TableRow key={member.id}>
                <TableCell className="font-medium">
                  {member.name ?? <span className="text-muted-foreground">No name</span>}
                  {isSelf ? (
                    <Badge variant="outline" className="ml-2">
                      You
                    </Badge>
                  ) : null}
                </TableCell>
                <TableCell>{member.email}</TableCell>
                <TableCell>
                  <RoleBadge role={member.role} />
                </TableCell>
                <TableCell className="whitespace-nowrap text-muted-foreground">
                  <time dateTime={new Date(member.joinedAt).toISOString()}>{formatDate(member.joinedAt)}</time>
                </TableCell>
                <TableCell>
                  <MemberActions
                    member={member}
                    isSelf={isSelf}
                    viewerRole={viewerRole}
                    disabled={busy}
                    onChangeRole={(role) => changeRole.execute({ orgSlug, memberId: member.id, role })}
                    onIntent={(intent) => setPending({ intent, member })}
                  />
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
      <ConfirmDialog
        open={pending !== null}
        onOpenChange={(open) => !open && setPending(null)}
        title={copy?.title(who, orgName) ?? ''}
        description={copy?.description(who, orgName) ?? ''}
        confirmLabel={copy?.confirm ?? ''}
        destructive={copy?.destructive}
        pending={busy}
        onConfirm={confirm}
      />
    </>
  );
}
