import { ClipboardList, Plus } from 'lucide-react';
import type { Metadata } from 'next';
import Link from 'next/link';
import { EmptyState } from '@/components/admin/empty-state';
import { FormList } from '@/components/forms-builder/form-list';
import { Button } from '@/components/ui/button';
import { Card, CardContent } from '@/components/ui/card';
import { listForms } from '@/lib/leads/forms/list-forms';
import { roleCan } from '@/lib/orgs/permissions';
import { requireOrgCtx } from '@/lib/server/require-org-ctx';

export const metadata: Metadata = { title: 'Forms' };

export default async function FormsPage({ params }: { params: Promise<{ orgSlug: string }> }) {
  const { orgSlug } = await params;
  const { ctx } = await requireOrgCtx(orgSlug, { permission: 'forms.read', callbackUrl: `/app/${orgSlug}/forms` });
  const forms = await listForms(ctx.db, { orgId: ctx.org.id });
  const canWrite = roleCan(ctx.role, 'forms.write');
  const newHref = `/app/${ctx.org.slug}/forms/new`;

  return (
    <div className="mx-auto grid max-w-6xl gap-4">
      <header className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">Forms</h1>
          <p className="mt-1 text-sm text-muted-foreground">Lead-capture forms: a hosted page, an embed for your site, or an endpoint for your own code.</p>
        </div>
        {canWrite && forms.length > 0 ? (
          <Button asChild>
            <Link href={newHref}>
              <Plus aria-hidden />
              New form
            </Link>
          </Button>
        ) : null}
      </header>
      {forms.length === 0 ? (
        <EmptyState
          icon={<ClipboardList />}
          title="No forms yet"
          description={
            canWrite
              ? 'A form turns visitors into leads: each submission creates or updates a lead, tagged and attributed to where it came from.'
              : 'An admin of this workspace can create lead-capture forms; they will be listed here.'
          }
          action={
            canWrite ? (
              <Button asChild className="mt-2">
                <Link href={newHref}>
                  <Plus aria-hidden />
                  Create your first form
                </Link>
              </Button>
            ) : undefined
          }
        />
      ) : (
        <Card className="py-0">
          <CardContent className="px-0">
            <FormList orgSlug={ctx.org.slug} forms={forms} />
          </CardContent>
        </Card>
      )}
    </div>
  );
}
