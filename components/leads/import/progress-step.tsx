import { LoaderCircle } from 'lucide-react';
import { formatCount, type ImportJson } from './import-api';
import { ImportCounts } from './import-counts';

/** Step 3: the server's progress, refreshed every second by the status poll. */
export function ProgressStep({ imported }: { imported: ImportJson }) {
  const percent = imported.totalRows > 0 ? Math.min(100, Math.floor((imported.processedRows / imported.totalRows) * 100)) : 0;
  return (
    <section aria-labelledby="progress-heading" className="grid gap-5">
      <div>
        <h2 id="progress-heading" className="flex items-center gap-2 text-lg font-semibold">
          <LoaderCircle className="size-5 animate-spin text-muted-foreground" aria-hidden />
          Importing {imported.fileName}
        </h2>
        <p className="text-sm text-muted-foreground">
          The import runs on the server: you can leave this page and come back to this address to follow it.
        </p>
      </div>
      <div className="grid gap-2">
        <div
          role="progressbar"
          aria-label="Import progress"
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={percent}
          className="h-3 overflow-hidden rounded-full bg-muted"
        >
          <div className="h-full rounded-full bg-primary transition-[width] duration-500" style={{ width: `${percent}%` }} />
        </div>
        <p className="text-sm tabular-nums text-muted-foreground" aria-live="polite">
          {formatCount(imported.processedRows)} of {formatCount(imported.totalRows)} rows processed ({percent}%)
        </p>
      </div>
      <ImportCounts imported={imported} />
    </section>
  );
}
