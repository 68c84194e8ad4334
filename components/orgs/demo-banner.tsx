import { FlaskConical } from 'lucide-react';

/** Workspaces made by the seed script say so, so nobody mistakes their sample data for real customers. */
export function DemoBanner() {
  return (
    <div role="note" className="mb-4 flex items-start gap-2 rounded-md border border-amber-500/30 bg-amber-500/10 px-3 py-2 text-sm text-amber-900 dark:text-amber-200">
      <FlaskConical className="mt-0.5 size-4 shrink-0" aria-hidden />
      <p>
        <span className="font-medium">Demo workspace.</span> Its data was created by the seed script for trying Beacon
        out; changes here affect only this workspace.
      </p>
    </div>
  );
}
