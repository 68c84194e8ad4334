import { ArrowLeft } from 'lucide-react';
import type { Metadata } from 'next';
import Link from 'next/link';
import { FormEditor } from '@/components/forms-builder/form-editor';
import { toEditorValues } from '@/components/forms-builder/form-editor-schema';
import { listCustomFields } from '@/lib/leads/custom-fields';
import { requireOrgCtx } from '@/lib/server/require-org-ctx';

export const metadata: Metadata = { title: 'New form' };

export default async function NewFormPage({ params }: { params: Promise<{ orgSlug: string }> }) {
  const { orgSlug } = await params;
  // Members may look at forms but not create them: below forms.write this is a 403.
  const { ctx } = await requireOrgCtx(orgSlug, { permission: 'forms.write', callbackUrl: `/app/${orgSlug}/forms/new` });
  const customFields = await listCustomFields(ctx.db, { orgId: ctx.org.id });

  return (
    <div className="mx-auto grid max-w-3xl gap-4">
      <Link href={`/app/${ctx.org.slug}/forms`} className="inline-flex w-fit items-center gap-1 text-sm text-muted-foreground hover:text-foreground">
        <ArrowLeft className="size-4" aria-hidden />
        Forms
      </Link>
      <header>
        <h1 className="text-2xl font-semibold tracking-tight">New form</h1>
        <p className="mt-1 text-sm text-muted-foreground">Choose what to ask; you get the link, embed code and endpoint once it is created.</p>
      </header>
      <FormEditor
        orgSlug={ctx.org.slug}
        initialValues={toEditorValues()}
        customFields={customFields.map(({ key, label, type }) => ({ key, label, type }))}
        canEdit
      />
    </div>
  );
}
