import { ArrowLeft } from 'lucide-react';
import type { Metadata } from 'next';
import Link from 'next/link';
import type { ImportListItem } from '@/components/leads/import/import-api';
import { ImportWizard } from '@/components/leads/import/import-wizard';
import { listImports } from '@/lib/leads/import/imports';
import { requireOrgCtx } from '@/lib/server/require-org-ctx';

export const metadata: Metadata = { title: 'Import leads' };

export default async function ImportLeadsPage({ params }: { params: Promise<{ orgSlug: string }> }) {
  const { orgSlug } = await params;
  const { ctx } = await requireOrgCtx(orgSlug, { permission: 'leads.write', callbackUrl: `/app/${orgSlug}/leads/import` });
  const recent: ImportListItem[] = (await listImports(ctx.db, { orgId: ctx.org.id })).map((item) => ({
    id: item.id,
    fileName: item.fileName,
    status: item.status,
    totalRows: item.totalRows,
    processedRows: item.processedRows,
    createdCount: item.createdCount,
    updatedCount: item.updatedCount,
    skippedCount: item.skippedCount,
    errorCount: item.errorCount,
    createdAt: item.createdAt.toISOString(),
  }));

  return (
    <div className="mx-auto grid max-w-5xl gap-6">
      <header className="grid gap-1">
        <Link href={`/app/${ctx.org.slug}/leads`} className="flex w-fit items-center gap-1 text-sm text-muted-foreground hover:text-foreground">
          <ArrowLeft className="size-4" aria-hidden />
          Leads
        </Link>
        <h1 className="text-2xl font-semibold tracking-tight">Import leads from a CSV file</h1>
        <p className="text-sm text-muted-foreground">
          Upload a spreadsheet export (up to 50 MB), match its columns to lead fields, and follow the import as it runs.
        </p>
      </header>
      <ImportWizard orgId={ctx.org.id} orgSlug={ctx.org.slug} recent={recent} />
    </div>
  );
}
