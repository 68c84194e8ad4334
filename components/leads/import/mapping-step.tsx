'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { LoaderCircle } from 'lucide-react';
import { useId, useState } from 'react';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from '@/components/ui/select';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import { formatCount, importKeys, startImportRequest, type ImportJson, type ImportPreview } from './import-api';
import { PreviewTable } from './preview-table';

const SKIP = '__skip';
const NAME_FIELDS = ['name', 'firstName', 'lastName'];

function splitTags(text: string) {
  return [...new Set(text.split(/[,;]/).map((tag) => tag.trim()).filter(Boolean))];
}

type Props = { orgId: string; orgSlug: string; imported: ImportJson; preview: ImportPreview };

/** Step 2: map each CSV column to a lead field, choose how duplicates are handled, tag the batch. */
export function MappingStep({ orgId, orgSlug, imported, preview }: Props) {
  const queryClient = useQueryClient();
  const tagsId = useId();
  const [mapping, setMapping] = useState<Record<string, string>>(preview.suggestedMapping);
  const [dedupe, setDedupe] = useState<'skip' | 'update'>('skip');
  const [tagText, setTagText] = useState('');
  const start = useMutation({
    mutationFn: () => startImportRequest(orgSlug, imported.id, { mapping, dedupe, tags: splitTags(tagText) }),
    onSuccess: ({ import: started }) => queryClient.setQueryData(importKeys.detail(orgId, imported.id), { import: started, preview: null }),
  });

  const used = new Set(Object.values(mapping));
  const hasName = NAME_FIELDS.some((field) => used.has(field));
  const sample = (index: number) => preview.rows.map((row) => row[index]).find((value) => value) ?? '';
  const setField = (column: string, field: string) =>
    setMapping((current) => {
      const next = { ...current };
      if (field === SKIP) delete next[column];
      else next[column] = field;
      return next;
    });

  return (
    <section aria-labelledby="mapping-heading" className="grid gap-6">
      <div>
        <h2 id="mapping-heading" className="text-lg font-semibold">
          Map the columns of {imported.fileName}
        </h2>
        <p className="text-sm text-muted-foreground">
          {formatCount(imported.totalRows)} rows found. Choose the lead field each column goes into; columns left on &ldquo;Don&apos;t import&rdquo; are ignored.
        </p>
      </div>
      <Table>
        <TableHeader>
          <TableRow>
            <TableHead>CSV column</TableHead>
            <TableHead>Example</TableHead>
            <TableHead className="w-64">Lead field</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {imported.columns.map((column, index) => (
            <TableRow key={column}>
              <TableCell className="font-medium">{column}</TableCell>
              <TableCell className="max-w-56 truncate text-muted-foreground">{sample(index)}</TableCell>
              <TableCell>
                <Select value={mapping[column] ?? SKIP} onValueChange={(value) => setField(column, value)}>
                  <SelectTrigger className="w-full" aria-label={`Lead field for ${column}`}>
                    <SelectValue />
                  </SelectTrigger>
                  <SelectContent>
                    <SelectItem value={SKIP}>Don&apos;t import</SelectItem>
                    {preview.fields.map((field) => (
                      // A field takes one column: fields mapped elsewhere are offered only where they are.
                      <SelectItem key={field.value} value={field.value} disabled={used.has(field.value) && mapping[column] !== field.value}>
                        {field.label}
                      </SelectItem>
                    ))}
                  </SelectContent>
                </Select>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>

      <div className="grid gap-2">
        <h3 className="font-medium">First rows of the file</h3>
        <PreviewTable columns={imported.columns} rows={preview.rows} />
      </div>

      <div className="grid gap-6 sm:grid-cols-2">
        <fieldset className="grid gap-2">
          <legend className="mb-2 text-sm font-medium">When a lead with the same email exists</legend>
          <label className="flex items-start gap-2 text-sm">
            <input type="radio" name="dedupe" value="skip" checked={dedupe === 'skip'} onChange={() => setDedupe('skip')} className="mt-0.5" />
            <span>
              <span className="font-medium">Skip the row</span>
              <span className="block text-muted-foreground">The existing lead stays as it is.</span>
            </span>
          </label>
          <label className="flex items-start gap-2 text-sm">
            <input type="radio" name="dedupe" value="update" checked={dedupe === 'update'} onChange={() => setDedupe('update')} className="mt-0.5" />
            <span>
              <span className="font-medium">Update the lead</span>
              <span className="block text-muted-foreground">Filled cells replace its values; empty cells keep them; tags are added.</span>
            </span>
          </label>
        </fieldset>
        <div className="grid content-start gap-2">
          <Label htmlFor={tagsId}>Tags for this batch</Label>
          <Input id={tagsId} value={tagText} onChange={(event) => setTagText(event.target.value)} placeholder="e.g. trade-show-2025, newsletter" />
          <p className="text-sm text-muted-foreground">Comma separated. Every imported lead gets them, so you can find the batch later.</p>
        </div>
      </div>

      {start.error ? (
        <p role="alert" className="text-sm text-destructive">
          {start.error.message}
        </p>
      ) : null}
      <div className="flex flex-wrap items-center justify-end gap-3">
        {!hasName ? <p className="text-sm text-muted-foreground">Map a column to Name (or First name / Last name) to continue.</p> : null}
        <Button disabled={!hasName || start.isPending} onClick={() => start.mutate()}>
          {start.isPending ? <LoaderCircle className="animate-spin" aria-hidden /> : null}
          Import {formatCount(imported.totalRows)} rows
        </Button>
      </div>
    </section>
  );
}
