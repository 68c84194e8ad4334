import { ArrowLeft, ExternalLink } from 'lucide-react';
import type { Metadata } from 'next';
import { headers } from 'next/headers';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { DeleteFormButton } from '@/components/forms-builder/delete-form-button';
import { FormEditor } from '@/components/forms-builder/form-editor';
import { toEditorValues } from '@/components/forms-builder/form-editor-schema';
import { FormStats } from '@/components/forms-builder/form-stats';
import { SharePanel } from '@/components/forms-builder/share-panel';
import { SubmissionsList } from '@/components/forms-builder/submissions-list';
import { Badge } from '@/components/ui/badge';
import { Tabs, TabsContent, TabsList, TabsTrigger } from '@/components/ui/tabs';
import { isAppError } from '@/lib/errors';
import { listCustomFields } from '@/lib/leads/custom-fields';
import { getFormStats } from '@/lib/leads/forms/form-stats';
import { getForm } from '@/lib/leads/forms/forms';
import { listFormSubmissions } from '@/lib/leads/forms/submissions';
import { roleCan } from '@/lib/orgs/permissions';
import { requestOrigin } from '@/lib/server/request-meta';
import { requireOrgCtx } from '@/lib/server/require-org-ctx';

export const metadata: Metadata = { title: 'Form' };

type Props = { params: Promise<{ orgSlug: string; formId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const TABS = ['settings', 'share', 'submissions'] as const;
const SUBMISSIONS_PAGE_SIZE = 25;

/** Where the share snippets point: the configured public address, else the one this page was reached on. */
async function publicOrigin() {
  if (process.env.APP_URL) return process.env.APP_URL.replace(/\/$/, '');
  return requestOrigin(await headers());
}

export default async function FormPage({ params, searchParams }: Props) {
  const [{ orgSlug, formId }, query] = await Promise.all([params, searchParams]);
  const { ctx } = await requireOrgCtx(orgSlug, { permission: 'forms.read', callbackUrl: `/app/${orgSlug}/forms/${formId}` });
  // A malformed id and another workspace's form look the same: not found.
  if (!z.uuid().safeParse(formId).success) notFound();
  const form = await getForm(ctx.db, { orgId: ctx.org.id, formId }).catch((error: unknown) => {
    if (isAppError(error) && error.code === 'not_found') notFound();
    throw error;
  });
  const [customFields, submissions, stats, origin] = await Promise.all([
    listCustomFields(ctx.db, { orgId: ctx.org.id }),
    listFormSubmissions(ctx.db, { orgId: ctx.org.id, formId, limit: SUBMISSIONS_PAGE_SIZE }),
    getFormStats(ctx.db, { orgId: ctx.org.id, formId }),
    publicOrigin(),
  ]);
  const canWrite = roleCan(ctx.role, 'forms.write');
  const tab = TABS.find((name) => name === query.tab) ?? 'settings';
  const base = `/app/${ctx.org.slug}/forms`;

  return (
    <div className="mx-auto grid max-w-4xl gap-4">
      <Link href={base} className="inline-flex w-fit items-center gap-1 text-sm text-muted-foreground hover:text-foreground">
        <ArrowLeft className="size-4" aria-hidden />
        Forms
      </Link>
      <header className="flex flex-wrap items-start justify-between gap-3">
        <div className="grid gap-1">
          <div className="flex flex-wrap items-center gap-2">
            <h1 className="text-2xl font-semibold tracking-tight">{form.name}</h1>
            <Badge variant={form.isActive ? 'secondary' : 'outline'}>{form.isActive ? 'Active' : 'Off'}</Badge>
          </div>
          <p className="text-sm text-muted-foreground">{form.title}</p>
        </div>
        <div className="flex flex-wrap gap-2">
          {form.isActive ? (
            <a
              href={`/f/${form.id}`}
              target="_blank"
              rel="noopener noreferrer"
              className="inline-flex h-9 items-center gap-2 rounded-md border px-3 text-sm font-medium hover:bg-accent"
            >
              <ExternalLink className="size-4" aria-hidden />
              View form
              <span className="sr-only">(opens in a new tab)</span>
            </a>
          ) : null}
          {canWrite ? <DeleteFormButton orgSlug={ctx.org.slug} formId={form.id} name={form.name} /> : null}
        </div>
      </header>
      <FormStats stats={stats} />
      <Tabs defaultValue={tab} className="gap-4">
        <TabsList aria-label="Form sections">
          <TabsTrigger value="settings">Settings</TabsTrigger>
          <TabsTrigger value="share">Share</TabsTrigger>
          <TabsTrigger value="submissions">Submissions</TabsTrigger>
        </TabsList>
        <TabsContent value="settings">
          {canWrite ? null : <p className="mb-4 text-sm text-muted-foreground">Only admins can change forms; you can view the settings.</p>}
          <FormEditor
            orgSlug={ctx.org.slug}
            formId={form.id}
            initialValues={toEditorValues(form)}
            customFields={customFields.map(({ key, label, type }) => ({ key, label, type }))}
            canEdit={canWrite}
          />
        </TabsContent>
        <TabsContent value="share">
          <SharePanel origin={origin} formId={form.id} title={form.title} fieldKeys={form.fields.map((field) => field.key)} isActive={form.isActive} />
        </TabsContent>
        <TabsContent value="submissions">
          <SubmissionsList
            orgSlug={ctx.org.slug}
            orgId={ctx.org.id}
            formId={form.id}
            initialPage={{ items: submissions.items.map((item) => ({ ...item, createdAt: item.createdAt.toISOString() })), nextCursor: submissions.nextCursor }}
          />
        </TabsContent>
      </Tabs>
    </div>
  );
}
