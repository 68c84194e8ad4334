import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import type { Attribution } from '@/db/schema/values';

type Props = { source: string | null; attribution: Attribution | null };

/** The rows worth showing, in reading order; empty values are left out rather than shown as blanks. */
export function attributionRows({ source, attribution }: Props): { label: string; value: string; isUrl?: boolean }[] {
  const rows = [
    { label: 'Source', value: source },
    { label: 'UTM source', value: attribution?.utm?.source },
    { label: 'UTM medium', value: attribution?.utm?.medium },
    { label: 'UTM campaign', value: attribution?.utm?.campaign },
    { label: 'Landing page', value: attribution?.landingPage, isUrl: true },
    { label: 'Referrer', value: attribution?.referrer, isUrl: true },
  ];
  return rows.filter((row): row is { label: string; value: string; isUrl?: boolean } => typeof row.value === 'string' && row.value.trim() !== '');
}

/**
 * First-touch attribution: where the lead came from when a form first captured them. Shown only when a
 * form or import recorded something beyond the source alone; values are visitor-supplied, so they are
 * printed as text, never as links.
 */
export function LeadAttribution(props: Props) {
  const rows = attributionRows(props);
  if (!props.attribution || rows.every((row) => row.label === 'Source')) return null;
  return (
    <Card>
      <CardHeader>
        <CardTitle>
          <h2>Attribution</h2>
        </CardTitle>
        <CardDescription>Where this lead first came from.</CardDescription>
      </CardHeader>
      <CardContent>
        <dl className="grid gap-3 text-sm">
          {rows.map((row) => (
            <div key={row.label} className="grid gap-0.5">
              <dt className="text-xs font-medium text-muted-foreground">{row.label}</dt>
              <dd className={row.isUrl ? 'break-all font-mono text-xs' : undefined}>{row.value}</dd>
            </div>
          ))}
        </dl>
      </CardContent>
    </Card>
  );
}
