import type { FormEventCounts } from '@/lib/analytics/counts';
import { conversionRate } from '@/lib/leads/forms/list-forms';
import { formatConversion } from './form-list';

const COUNT = new Intl.NumberFormat('en');

/** The form's funnel at a glance: views, accepted submissions, blocked spam and conversion. */
export function FormStats({ counts }: { counts: FormEventCounts }) {
  const stats = [
    { label: 'Views', value: COUNT.format(counts.views) },
    { label: 'Submissions', value: COUNT.format(counts.submissions) },
    { label: 'Spam blocked', value: COUNT.format(counts.spam) },
    { label: 'Conversion', value: formatConversion(conversionRate(counts.views, counts.submissions)) },
  ];
  return (
    <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
      {stats.map((stat) => (
        <div key={stat.label} className="rounded-lg border p-4">
          <dt className="text-xs font-medium text-muted-foreground">{stat.label}</dt>
          <dd className="mt-1 text-2xl font-semibold tabular-nums">{stat.value}</dd>
        </div>
      ))}
    </dl>
  );
}
