import { CircleCheck, Download, TriangleAlert } from 'lucide-react';
import Link from 'next/link';
import { Button } from '@/components/ui/button';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import { formatCount, importErrorsCsvHref, type ImportJson } from './import-api';
import { ImportCounts } from './import-counts';

type Props = { orgSlug: string; imported: ImportJson; onImportAnother: () => void };

/** Step 4: what the import did, every error with its row and column, and where the new leads are. */
export function ReportStep({ orgSlug, imported, onImportAnother }: Props) {
  const failed = imported.status === 'failed';
  const leadsHref = imported.tags.length
    ? `/app/${orgSlug}/leads?${new URLSearchParams({ tags: imported.tags.join(',') }).toString()}`
    : `/app/${orgSlug}/leads`;
  return (
    <section aria-labelledby="report-heading" className="grid gap-5">
      <div>
        <h2 id="report-heading" className="flex items-center gap-2 text-lg font-semibold">
          {failed ? <TriangleAlert className="size-5 text-destructive" aria-hidden /> : <CircleCheck className="size-5 text-primary" aria-hidden />}
          {failed ? 'The import stopped' : 'Import complete'}
        </h2>
        <p className="text-sm text-muted-foreground">
          {imported.fileName}: {formatCount(imported.processedRows)} of {formatCount(imported.totalRows)} rows processed.
        </p>
      </div>
      {failed && imported.failure ? (
        <p role="alert" className="rounded-lg border border-destructive/40 bg-destructive/5 p-3 text-sm">
          {imported.failure}
        </p>
      ) : null}
      <ImportCounts imported={imported} />

      {imported.errorCount > 0 ? (
        <div className="grid gap-3">
          <div className="flex flex-wrap items-end justify-between gap-2">
            <div>
              <h3 className="font-medium">Rows that were not imported</h3>
              <p className="text-sm text-muted-foreground">
                Fix these rows in your spreadsheet and import them again.
                {imported.errorCount > imported.errors.length ? ` Showing the first ${formatCount(imported.errors.length)}; the report has the first 1,000 errors.` : ''}
              </p>
            </div>
            <Button asChild variant="outline" size="sm">
              <a href={importErrorsCsvHref(orgSlug, imported.id)} download>
                <Download aria-hidden />
                Download error report
              </a>
            </Button>
          </div>
          <div className="max-h-96 overflow-auto rounded-lg border">
            <Table>
              <TableHeader>
                <TableRow>
                  <TableHead className="w-20">Row</TableHead>
                  <TableHead>Column</TableHead>
                  <TableHead>Error</TableHead>
                </TableRow>
              </TableHeader>
              <TableBody>
                {imported.errors.map((error, index) => (
                  <TableRow key={`${error.row}-${error.column}-${index}`}>
                    <TableCell className="tabular-nums">{error.row}</TableCell>
                    <TableCell>{error.column}</TableCell>
                    <TableCell className="whitespace-normal">{error.message}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        </div>
      ) : null}

      <div className="flex flex-wrap gap-3">
        <Button asChild>
          <Link href={leadsHref}>{imported.tags.length ? `See the leads tagged ${imported.tags.join(', ')}` : 'Go to leads'}</Link>
        </Button>
        <Button variant="outline" onClick={onImportAnother}>
          Import another file
        </Button>
      </div>
    </section>
  );
}
