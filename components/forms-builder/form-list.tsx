import Link from 'next/link';
import { formatDateTime } from '@/components/settings/format';
import { Badge } from '@/components/ui/badge';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import type { FormListItem } from '@/lib/leads/forms/list-forms';

const COUNT = new Intl.NumberFormat('en');
const PERCENT = new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 1 });

/** submissions / views as a percentage; a dash before the first view rather than a misleading 0 %. */
export function formatConversion(rate: number | null): string {
  return rate === null ? '—' : PERCENT.format(rate);
}

/** Every form with its funnel: views, submissions, blocked spam and the conversion between them. */
export function FormList({ orgSlug, forms }: { orgSlug: string; forms: FormListItem[] }) {
  return (
    <Table>
      <TableHeader>
        <TableRow>
          <TableHead scope="col">Form</TableHead>
          <TableHead scope="col">Status</TableHead>
          <TableHead scope="col" className="text-right">
            Views
          </TableHead>
          <TableHead scope="col" className="text-right">
            Submissions
          </TableHead>
          <TableHead scope="col" className="text-right">
            Spam blocked
          </TableHead>
          <TableHead scope="col" className="text-right">
            Conversion
          </TableHead>
          <TableHead scope="col">Last submission</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {forms.map((form) => (
          <TableRow key={form.id}>
            <TableCell>
              <div className="grid gap-0.5">
                <Link href={`/app/${orgSlug}/forms/${form.id}`} className="font-medium underline-offset-4 hover:underline">
                  {form.name}
                </Link>
                <span className="text-xs text-muted-foreground">{form.title}</span>
              </div>
            </TableCell>
            <TableCell>
              <Badge variant={form.isActive ? 'secondary' : 'outline'}>{form.isActive ? 'Active' : 'Off'}</Badge>
            </TableCell>
            <TableCell className="text-right tabular-nums">{COUNT.format(form.views)}</TableCell>
            <TableCell className="text-right tabular-nums">{COUNT.format(form.submissions)}</TableCell>
            <TableCell className="text-right tabular-nums">{COUNT.format(form.spam)}</TableCell>
            <TableCell className="text-right tabular-nums">{formatConversion(form.conversionRate)}</TableCell>
            <TableCell className="whitespace-nowrap tabular-nums">
              {form.lastSubmissionAt ? <time dateTime={form.lastSubmissionAt.toISOString()}>{formatDateTime(form.lastSubmissionAt)}</time> : <span className="text-muted-foreground">Never</span>}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
