'use client';

import { useMutation } from '@tanstack/react-query';
import { FileSpreadsheet, LoaderCircle, Upload } from 'lucide-react';
import { useId, useState, type DragEvent } from 'react';
import { Button } from '@/components/ui/button';
import { cn } from '@/lib/utils';
import { formatBytes, uploadImportFile, type ImportStatusJson } from './import-api';

// Same limit as the server (lib/leads/import/csv.ts); checked here too so a big file fails before uploading.
const MAX_BYTES = 50 * 1024 * 1024;

function checkFile(file: File): string | null {
  if (!/\.(csv|txt)$/i.test(file.name) && file.type !== 'text/csv') return 'Choose a .csv file.';
  if (file.size > MAX_BYTES) return `The file is ${formatBytes(file.size)}; the limit is 50 MB. Split it into smaller files.`;
  if (file.size === 0) return 'The file is empty.';
  return null;
}

/** Step 1: pick or drop a CSV file and upload it; the server answers with its columns and first rows. */
export function UploadStep({ orgSlug, onUploaded }: { orgSlug: string; onUploaded: (status: ImportStatusJson) => void }) {
  const inputId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [isDragging, setIsDragging] = useState(false);
  const upload = useMutation({
    mutationFn: (chosen: File) => uploadImportFile(orgSlug, chosen),
    onSuccess: onUploaded,
    onError: (error) => setProblem(error.message),
  });

  const choose = (chosen: File | undefined) => {
    if (!chosen) return;
    setFile(chosen);
    setProblem(checkFile(chosen));
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setIsDragging(false);
    choose(event.dataTransfer.files[0]);
  };

  return (
    <section aria-labelledby="upload-heading" className="grid gap-4">
      <h2 id="upload-heading" className="text-lg font-semibold">
        Upload a CSV file
      </h2>
      <label
        htmlFor={inputId}
        onDragOver={(event) => {
          event.preventDefault();
          setIsDragging(true);
        }}
        onDragLeave={() => setIsDragging(false)}
        onDrop={onDrop}
        className={cn(
          'flex cursor-pointer flex-col items-center justify-center gap-2 rounded-lg border-2 border-dashed p-10 text-center transition-colors hover:bg-accent/40 has-[input:focus-visible]:ring-[3px] has-[input:focus-visible]:ring-ring/50',
          isDragging && 'border-primary bg-accent/60',
        )}
      >
        <Upload className="size-8 text-muted-foreground" aria-hidden />
        <span className="font-medium">Drop a CSV file here, or click to choose one</span>
        <span className="text-sm text-muted-foreground">The first row must hold the column names. Up to 50 MB.</span>
        <input
          id={inputId}
          type="file"
          accept=".csv,text/csv"
          className="sr-only"
          onChange={(event) => choose(event.target.files?.[0])}
        />
      </label>
      {file ? (
        <div className="flex flex-wrap items-center gap-3 rounded-lg border p-3">
          <FileSpreadsheet className="size-5 text-muted-foreground" aria-hidden />
          <span className="font-medium">{file.name}</span>
          <span className="text-sm text-muted-foreground">{formatBytes(file.size)}</span>
          <Button className="ml-auto" disabled={!!checkFile(file) || upload.isPending} onClick={() => upload.mutate(file)}>
            {upload.isPending ? <LoaderCircle className="animate-spin" aria-hidden /> : <Upload aria-hidden />}
            {upload.isPending ? 'Uploading…' : 'Upload and map columns'}
          </Button>
        </div>
      ) : null}
      {problem ? (
        <p role="alert" className="text-sm text-destructive">
          {problem}
        </p>
      ) : null}
    </section>
  );
}
