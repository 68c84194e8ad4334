'use client';

import { Check, ChevronsUpDown, Plus } from 'lucide-react';
import Link from 'next/link';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from '@/components/ui/dropdown-menu';
import type { OrgRole } from '@/db/schema';
import { RoleBadge } from './role-badge';

export type SwitcherOrg = { id: string; name: string; slug: string; role: OrgRole; isDemo: boolean };

/** The sidebar's workspace picker: every workspace the user belongs to, and a way to create another. */
export function WorkspaceSwitcher({ orgs, currentOrgId }: { orgs: SwitcherOrg[]; currentOrgId: string }) {
  const current = orgs.find((org) => org.id === currentOrgId);
  return (
    <DropdownMenu>
      <DropdownMenuTrigger asChild>
        <Button variant="outline" className="h-auto w-full justify-between gap-2 px-3 py-2 text-left" aria-label="Switch workspace">
          <span className="min-w-0">
            <span className="block truncate font-medium">{current?.name ?? 'Choose a workspace'}</span>
            {current ? <span className="block truncate text-xs font-normal text-muted-foreground">/app/{current.slug}</span> : null}
          </span>
          <ChevronsUpDown className="text-muted-foreground" aria-hidden />
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent align="start" className="w-72">
        <DropdownMenuLabel className="text-xs text-muted-foreground">Workspaces</DropdownMenuLabel>
        {orgs.map((org) => {
          const isCurrent = org.id === currentOrgId;
          return (
            <DropdownMenuItem key={org.id} asChild>
              <Link href={`/app/${org.slug}`} aria-current={isCurrent ? 'page' : undefined}>
                <Check className={isCurrent ? 'opacity-100' : 'opacity-0'} aria-hidden />
                <span className="min-w-0 flex-1 truncate">{org.name}</span>
                {org.isDemo ? <Badge variant="outline">demo</Badge> : null}
                <RoleBadge role={org.role} />
              </Link>
            </DropdownMenuItem>
          );
        })}
        <DropdownMenuSeparator />
        <DropdownMenuItem asChild>
          <Link href="/app/new">
            <Plus aria-hidden />
            Create workspace
          </Link>
        </DropdownMenuItem>
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
