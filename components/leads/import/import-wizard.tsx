'use client';

import { useQuery, useQueryClient } from '@tanstack/react-query';
import { parseAsString, useQueryState } from 'nuqs';
import { Button } from '@/components/ui/button';
import { Skeleton } from '@/components/ui/skeleton';
import { cn } from '@/lib/utils';
import { importKeys, importStatusQuery, type ImportListItem, type ImportStatusJson } from './import-api';
import { MappingStep } from './mapping-step';
import { ProgressStep } from './progress-step';
import { RecentImports } from './recent-imports';
import { ReportStep } from './report-step';
import { UploadStep } from './upload-step';

const STEPS = ['Upload', 'Map columns', 'Import', 'Report'] as const;

function StepList({ current }: { current: number }) {
  return (
    <ol className="flex flex-wrap gap-x-6 gap-y-2 text-sm" aria-label="Import steps">
      {STEPS.map((label, index) => (
        <li key={label} aria-current={index === current ? 'step' : undefined} className={cn('flex items-center gap-2', index === current ? 'font-medium' : 'text-muted-foreground')}>
          <span className={cn('flex size-6 items-center justify-center rounded-full border text-xs tabular-nums', index <= current && 'border-primary bg-primary text-primary-foreground')}>
            {index + 1}
          </span>
          {label}
        </li>
      ))}
    </ol>
  );
}

type WizardProps = { orgId: string; orgSlug: string; recent: ImportListItem[] };

/**
 * The CSV import, step by step. The import's id lives in the URL (?id=), so a reload (or a link from the
 * recent imports) comes back to the same step, and while it runs the status poll keeps the server's
 * worker alive.
 */
export function ImportWizard({ orgId, orgSlug, recent }: WizardProps) {
  const queryClient = useQueryClient();
  const [importId, setImportId] = useQueryState('id', parseAsString.withOptions({ history: 'push' }));

  const onUploaded = (status: ImportStatusJson) => {
    queryClient.setQueryData(importKeys.detail(orgId, status.import.id), status);
    void setImportId(status.import.id);
  };
  const reset = () => {
    void queryClient.invalidateQueries({ queryKey: importKeys.list(orgId) });
    void setImportId(null);
  };

  if (!importId) {
    return (
      <div className="grid gap-8">
        <StepList current={0} />
        <UploadStep orgSlug={orgSlug} onUploaded={onUploaded} />
        <RecentImports orgId={orgId} orgSlug={orgSlug} initialItems={recent} />
      </div>
    );
  }
  return <ImportRun key={importId} orgId={orgId} orgSlug={orgSlug} importId={importId} onReset={reset} />;
}

function ImportRun({ orgId, orgSlug, importId, onReset }: { orgId: string; orgSlug: string; importId: string; onReset: () => void }) {
  const query = useQuery(importStatusQuery(orgId, orgSlug, importId));

  if (query.isPending) {
    return (
      <div className="grid gap-4" aria-busy="true" aria-label="Loading the import">
        <Skeleton className="h-6 w-80" />
        <Skeleton className="h-40" />
      </div>
    );
  }
  if (query.isError) {
    return (
      <div role="alert" className="grid justify-items-start gap-3 rounded-lg border p-6">
        <p className="text-sm">{query.error.message}</p>
        <Button variant="outline" onClick={onReset}>
          Start a new import
        </Button>
      </div>
    );
  }

  const { import: imported, preview } = query.data;
  const step = imported.status === 'uploaded' ? 1 : imported.status === 'running' ? 2 : 3;
  return (
    <div className="grid gap-8">
      <StepList current={step} />
      {imported.status === 'uploaded' && preview ? <MappingStep orgId={orgId} orgSlug={orgSlug} imported={imported} preview={preview} /> : null}
      {imported.status === 'running' ? <ProgressStep imported={imported} /> : null}
      {imported.status === 'completed' || imported.status === 'failed' ? <ReportStep orgSlug={orgSlug} imported={imported} onImportAnother={onReset} /> : null}
    </div>
  );
}
