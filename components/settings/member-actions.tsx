'use client';

import { Crown, LogOut, MoreHorizontal, UserMinus, UserCog } from 'lucide-react';
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuRadioGroup,
  DropdownMenuRadioItem,
  DropdownMenuSeparator,
  DropdownMenuSub,
  DropdownMenuSubContent,
  DropdownMenuSubTrigger,
  DropdownMenuTrigger,
} from '@/components/ui/dropdown-menu';
import { Button } from '@/components/ui/button';
import { ROLE_LABELS } from '@/components/orgs/role-badge';
import type { OrgRole } from '@/db/schema';

export type MemberRow = { id: string; userId: string; name: string | null; email: string; role: OrgRole; joinedAt: Date };
export type MemberIntent = 'make-owner' | 'transfer' | 'remove' | 'leave';

type MemberActionsProps = {
  member: MemberRow;
  isSelf: boolean;
  viewerRole: OrgRole;
  disabled: boolean;
  onChangeRole: (role: OrgRole) => void;
  onIntent: (intent: MemberIntent) => void;
};

/** The per-row menu. It offers only what the viewer may do; the server checks again either way. */
export function MemberActions({ member, isSelf, viewerRole, disabled, onChangeRole, onIntent }: MemberActionsProps) {
  const isOwnerViewer = viewerRole === 'owner';
  // Admins may not touch owners (and only owners make owners): nothing to offer on such a row.
  const canManage = !isSelf && (isOwnerViewer || member.role !== 'owner');
  if (!isSelf && !canManage) return null;
  const label = member.name ?? member.email;

  return (
    <DropdownMenu>
      <DropdownMenuTrigger asChild>
        <Button variant="ghost" size="icon" disabled={disabled} aria-label={`Actions for ${label}`}>
          <MoreHorizontal />
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent align="end" className="w-52">
        <DropdownMenuLabel className="truncate text-xs text-muted-foreground">{label}</DropdownMenuLabel>
        {isSelf ? (
          <DropdownMenuItem variant="destructive" onSelect={() => onIntent('leave')}>
            <LogOut aria-hidden />
            Leave workspace
          </DropdownMenuItem>
        ) : (
          <>
            <DropdownMenuSub>
              <DropdownMenuSubTrigger>
                <UserCog aria-hidden />
                Change role
              </DropdownMenuSubTrigger>
              <DropdownMenuSubContent>
                <DropdownMenuRadioGroup
                  value={member.role}
                  onValueChange={(value) => {
                    const role = value as OrgRole;
                    if (role === member.role) return;
                    if (role === 'owner') onIntent('make-owner');
                    else onChangeRole(role);
                  }}
                >
                  {(isOwnerViewer ? (['owner', 'admin', 'member'] as const) : (['admin', 'member'] as const)).map((role) => (
                    <DropdownMenuRadioItem key={role} value={role}>
                      {ROLE_LABELS[role]}
                    </DropdownMenuRadioItem>
                  ))}
                </DropdownMenuRadioGroup>
              </DropdownMenuSubContent>
            </DropdownMenuSub>
            {isOwnerViewer && member.role !== 'owner' ? (
              <DropdownMenuItem onSelect={() => onIntent('transfer')}>
                <Crown aria-hidden />
                Transfer ownership
              </DropdownMenuItem>
            ) : null}
            <DropdownMenuSeparator />
            <DropdownMenuItem variant="destructive" onSelect={() => onIntent('remove')}>
              <UserMinus aria-hidden />
              Remove from workspace
            </DropdownMenuItem>
          </>
        )}
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
