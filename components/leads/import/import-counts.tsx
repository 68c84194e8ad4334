import type { ImportJson } from './import-api';
import { formatCount } from './import-api';

/** Created / updated / skipped / errors of an import, as a row of figures. */
export function ImportCounts({ imported }: { imported: ImportJson }) {
  const figures = [
    { label: 'Created', value: imported.createdCount },
    { label: 'Updated', value: imported.updatedCount },
    { label: 'Skipped', value: imported.skippedCount },
    { label: 'Rows with errors', value: imported.errorCount },
  ];
  return (
    <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
      {figures.map((figure) => (
        <div key={figure.label} className="rounded-lg border p-3">
          <dt className="text-sm text-muted-foreground">{figure.label}</dt>
          <dd className="mt-1 text-xl font-semibold tabular-nums">{formatCount(figure.value)}</dd>
        </div>
      ))}
    </dl>
  );
}
