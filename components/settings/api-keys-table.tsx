'use client';

import { useAction } from 'next-safe-action/hooks';
import { useState } from 'react';
import { toast } from 'sonner';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import { revokeApiKeyAction } from '@/lib/actions/api-keys/revoke-api-key';
import { actionErrorMessage } from '@/lib/forms/field-errors';
import { ConfirmDialog } from './confirm-dialog';
import { formatDate, formatDateTime } from './format';

export type ApiKeyStatus = 'active' | 'expired' | 'revoked';
export type ApiKeyRow = {
  id: string;
  name: string;
  prefix: string;
  scopes: string[];
  lastUsedAt: Date | null;
  expiresAt: Date | null;
  createdAt: Date;
  status: ApiKeyStatus;
};

const STATUS_VARIANT = { active: 'default', expired: 'secondary', revoked: 'outline' } as const;

export function ApiKeysTable({ orgSlug, keys }: { orgSlug: string; keys: ApiKeyRow[] }) {
  const [revoking, setRevoking] = useState<ApiKeyRow | null>(null);
  const revoke = useAction(revokeApiKeyAction, {
    onSuccess: () => {
      setRevoking(null);
      toast.success('API key revoked.');
    },
    onError: ({ error }) => toast.error(actionErrorMessage(error)),
  });

  if (keys.length === 0) {
    return (
      <div className="grid justify-items-center gap-1 py-8 text-center">
        <p className="font-medium">No API keys yet</p>
        <p className="text-sm text-muted-foreground">Create one to reach this workspace from scripts and other tools.</p>
      </div>
    );
  }

  return (
    <>
      <Table>
        <TableHeader>
          <TableRow>
            <TableHead>Name</TableHead>
            <TableHead>Key</TableHead>
            <TableHead>Scopes</TableHead>
            <TableHead>Last used</TableHead>
            <TableHead>Created</TableHead>
            <TableHead>Status</TableHead>
            <TableHead>
              <span className="sr-only">Actions</span>
            </TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {keys.map((key) => (
            <TableRow key={key.id} className={key.status === 'active' ? undefined : 'text-muted-foreground'}>
              <TableCell className="font-medium">{key.name}</TableCell>
              <TableCell className="font-mono text-xs">{key.prefix}…</TableCell>
              <TableCell>
                <div className="flex max-w-64 flex-wrap gap-1">
                  {key.scopes.map((scope) => (
                    <Badge key={scope} variant="secondary" className="font-mono">
                      {scope}
                    </Badge>
                  ))}
                </div>
              </TableCell>
              <TableCell className="whitespace-nowrap">{key.lastUsedAt ? formatDateTime(key.lastUsedAt) : 'Never'}</TableCell>
              <TableCell className="whitespace-nowrap">{formatDate(key.createdAt)}</TableCell>
              <TableCell>
                <Badge variant={STATUS_VARIANT[key.status]}>{key.status}</Badge>
                {key.status === 'active' && key.expiresAt ? (
                  <span className="mt-1 block text-xs text-muted-foreground">until {formatDate(key.expiresAt)}</span>
                ) : null}
              </TableCell>
              <TableCell className="text-right">
                {key.status === 'revoked' ? null : (
                  <Button variant="ghost" size="sm" className="text-destructive" disabled={revoke.isPending} onClick={() => setRevoking(key)}>
                    Revoke
                  </Button>
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <ConfirmDialog
        open={revoking !== null}
        onOpenChange={(open) => !open && setRevoking(null)}
        title={`Revoke “${revoking?.name ?? ''}”?`}
        description="Requests with this key are refused from now on. This cannot be undone; create a new key if you need one."
        confirmLabel="Revoke key"
        pendingLabel="Revoking…"
        destructive
        pending={revoke.isPending}
        onConfirm={() => revoking && revoke.execute({ orgSlug, keyId: revoking.id })}
      />
    </>
  );
}
