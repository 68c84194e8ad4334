import type { Metadata } from 'next';
import Link from 'next/link';
import { ApiKeysTable, type ApiKeyStatus } from '@/components/settings/api-keys-table';
import { CreateApiKeyDialog } from '@/components/settings/create-api-key-dialog';
import { Card, CardAction, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { listApiKeys } from '@/lib/auth/api-keys';
import { requireOrgCtx } from '@/lib/server/require-org-ctx';

export const metadata: Metadata = { title: 'API keys' };

function statusOf(key: { revokedAt: Date | null; expiresAt: Date | null }, now: Date): ApiKeyStatus {
  if (key.revokedAt) return 'revoked';
  if (key.expiresAt && key.expiresAt <= now) return 'expired';
  return 'active';
}

export default async function ApiKeysSettingsPage({ params }: { params: Promise<{ orgSlug: string }> }) {
  const { orgSlug } = await params;
  const { ctx } = await requireOrgCtx(orgSlug, { permission: 'api_keys.manage', callbackUrl: `/app/${orgSlug}/settings/api-keys` });
  const keys = await listApiKeys(ctx);

  return (
    <Card>
      <CardHeader>
        <CardTitle>
          <h2>API keys</h2>
        </CardTitle>
        <CardDescription>
          Keys for the REST API under <code className="font-mono text-xs">/api/v1</code>. Each works only in this workspace and only
          with its scopes. See the{' '}
          <Link href="/docs/api" className="font-medium text-foreground underline underline-offset-4">
            API reference
          </Link>
          .
        </CardDescription>
        <CardAction>
          <CreateApiKeyDialog orgSlug={ctx.org.slug} />
        </CardAction>
      </CardHeader>
      <CardContent>
        <ApiKeysTable orgSlug={ctx.org.slug} keys={keys.map((key) => ({ ...key, status: statusOf(key, ctx.now) }))} />
      </CardContent>
    </Card>
  );
}
