import type { FormStats as FormStatsData } from '@/lib/leads/forms/form-stats';
import { formatConversion } from './form-list';

const COUNT = new Intl.NumberFormat('en');

/** The form's funnel at a glance: views, accepted submissions, blocked spam and conversion. */
export function FormStats({ stats }: { stats: FormStatsData }) {
  const items = [
    { label: 'Views', value: COUNT.format(stats.views) },
    { label: 'Submissions', value: COUNT.format(stats.submissions) },
    { label: 'Spam blocked', value: COUNT.format(stats.spam) },
    { label: 'Conversion', value: formatConversion(stats.conversionRate) },
  ];
  return (
    <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
      {items.map((stat) => (
        <div key={stat.label} className="rounded-lg border p-4">
          <dt className="text-xs font-medium text-muted-foreground">{stat.label}</dt>
          <dd className="mt-1 text-2xl font-semibold tabular-nums">{stat.value}</dd>
        </div>
      ))}
    </dl>
  );
}
