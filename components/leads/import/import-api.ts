import { queryOptions } from '@tanstack/react-query';

// The import routes' JSON (dates as ISO strings). Routes: app/api/orgs/[orgSlug]/imports/…
export type ImportStatusValue = 'uploaded' | 'running' | 'completed' | 'failed';
export type ImportRowErrorJson = { row: number; column: string; message: string };
export type ImportJson = {
  id: string;
  fileName: string;
  status: ImportStatusValue;
  columns: string[];
  mapping: Record<string, string>;
  dedupe: 'skip' | 'update';
  tags: string[];
  totalRows: number;
  processedRows: number;
  createdCount: number;
  updatedCount: number;
  skippedCount: number;
  errorCount: number;
  errors: ImportRowErrorJson[];
  failure: string | null;
  createdAt: string;
  finishedAt: string | null;
};
export type ImportPreview = { rows: string[][]; suggestedMapping: Record<string, string>; fields: { value: string; label: string }[] };
export type ImportStatusJson = { import: ImportJson; preview: ImportPreview | null };
export type ImportListItem = Pick<ImportJson, 'id' | 'fileName' | 'status' | 'totalRows' | 'processedRows' | 'createdCount' | 'updatedCount' | 'skippedCount' | 'errorCount' | 'createdAt'>;

export const importKeys = {
  all: (orgId: string) => ['org', orgId, 'imports'] as const,
  list: (orgId: string) => ['org', orgId, 'imports', 'list'] as const,
  detail: (orgId: string, importId: string) => ['org', orgId, 'imports', 'detail', importId] as const,
};

const importsPath = (orgSlug: string) => `/api/orgs/${encodeURIComponent(orgSlug)}/imports`;

/** An error carrying the problem+json detail (safe to show) and its field errors. */
export class ImportRequestError extends Error {
  constructor(message: string, readonly status: number) {
    super(message);
  }
}

async function readJson<T>(response: Response, fallback: string): Promise<T> {
  if (response.ok) return response.json() as Promise<T>;
  const problem = (await response.json().catch(() => null)) as { detail?: string } | null;
  throw new ImportRequestError(problem?.detail ?? fallback, response.status);
}

export async function uploadImportFile(orgSlug: string, file: File): Promise<ImportStatusJson> {
  const form = new FormData();
  form.set('file', file);
  const response = await fetch(importsPath(orgSlug), { method: 'POST', body: form, headers: { accept: 'application/json' } });
  return readJson(response, 'The file could not be uploaded.');
}

export async function startImportRequest(orgSlug: string, importId: string, body: { mapping: Record<string, string>; dedupe: 'skip' | 'update'; tags: string[] }) {
  const response = await fetch(`${importsPath(orgSlug)}/${importId}/start`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify(body),
  });
  return readJson<{ import: ImportJson }>(response, 'The import could not be started.');
}

export function importErrorsCsvHref(orgSlug: string, importId: string) {
  return `${importsPath(orgSlug)}/${importId}/errors.csv`;
}

/** One import's status; polled every second while it runs (each poll also revives a stalled worker). */
export function importStatusQuery(orgId: string, orgSlug: string, importId: string) {
  return queryOptions({
    queryKey: importKeys.detail(orgId, importId),
    queryFn: async ({ signal }) => readJson<ImportStatusJson>(await fetch(`${importsPath(orgSlug)}/${importId}`, { signal, headers: { accept: 'application/json' } }), 'The import could not be loaded.'),
    refetchInterval: (query) => (query.state.data?.import.status === 'running' ? 1000 : false),
    staleTime: 0,
    retry: (failures, error) => !(error instanceof ImportRequestError && error.status === 404) && failures < 3,
  });
}

export function recentImportsQuery(orgId: string, orgSlug: string, initialData: ImportListItem[]) {
  return queryOptions({
    queryKey: importKeys.list(orgId),
    queryFn: async ({ signal }) =>
      (await readJson<{ items: ImportListItem[] }>(await fetch(importsPath(orgSlug), { signal, headers: { accept: 'application/json' } }), 'Recent imports could not be loaded.')).items,
    initialData,
    staleTime: 0,
  });
}

export function formatBytes(bytes: number) {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export const formatCount = (value: number) => value.toLocaleString('en');
