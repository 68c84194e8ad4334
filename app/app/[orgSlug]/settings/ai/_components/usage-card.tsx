import Link from 'next/link';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { Table, TableBody, TableCell, TableFooter, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import type { AiUsageOverview } from '@/lib/ai/usage-overview';
import { FEATURE_LABELS } from './provider-card';
import { UsageMeter } from './usage-meter';

const numberFormat = new Intl.NumberFormat('en-US');
const count = (value: number) => numberFormat.format(value);

function monthLabel(month: string): string {
  return new Date(`${month}-01T00:00:00Z`).toLocaleDateString('en-US', { month: 'long', year: 'numeric', timeZone: 'UTC' });
}

function LimitHint({ overview, canUpgrade }: { overview: AiUsageOverview; canUpgrade: boolean }) {
  if (overview.level === 'ok') return null;
  const resets = overview.resetsAt.toLocaleDateString('en-US', { month: 'long', day: 'numeric', timeZone: 'UTC' });
  const message =
    overview.level === 'over'
      ? `This workspace has used its AI tokens for the month: AI features are paused until the allowance resets on ${resets}.`
      : `This workspace has used most of its AI tokens for the month; the allowance resets on ${resets}.`;
  return (
    <div role="status" className={overview.level === 'over' ? 'rounded-md border border-destructive/40 bg-destructive/5 px-3 py-2 text-sm' : 'rounded-md border border-amber-500/30 bg-amber-500/5 px-3 py-2 text-sm'}>
      {message}{' '}
      {canUpgrade ? (
        <Link href={overview.upgradeUrl} className="font-medium text-primary underline-offset-4 hover:underline">
          Upgrade the plan for a larger allowance →
        </Link>
      ) : (
        'The workspace owner can upgrade the plan for a larger allowance.'
      )}
    </div>
  );
}

/** This month's tokens against the plan's allowance, then requests and tokens per feature. */
export function UsageCard({ overview, canUpgrade }: { overview: AiUsageOverview; canUpgrade: boolean }) {
  const total = overview.features.reduce(
    (sum, row) => ({ inputTokens: sum.inputTokens + row.inputTokens, outputTokens: sum.outputTokens + row.outputTokens }),
    { inputTokens: 0, outputTokens: 0 },
  );
  return (
    <Card>
      <CardHeader>
        <CardTitle>
          <h2>Usage in {monthLabel(overview.month)}</h2>
        </CardTitle>
        <CardDescription>
          The {overview.planName} plan includes {count(overview.allowance)} AI tokens a month for all features together. Answers
          reused from the 24-hour cache use no tokens.
          {overview.provider.kind === 'offline' ? ' The offline writer’s tokens are estimated (about four characters each).' : null}
        </CardDescription>
      </CardHeader>
      <CardContent className="grid gap-4">
        <UsageMeter used={overview.used} allowance={overview.allowance} level={overview.level} />
        <LimitHint overview={overview} canUpgrade={canUpgrade} />
        {overview.requests === 0 ? (
          <p className="rounded-md border border-dashed px-3 py-6 text-center text-sm text-muted-foreground">No AI requests yet this month.</p>
        ) : (
          <Table>
            <TableHeader>
              <TableRow>
                <TableHead scope="col">Feature</TableHead>
                <TableHead scope="col" className="text-right">Requests</TableHead>
                <TableHead scope="col" className="text-right">From cache</TableHead>
                <TableHead scope="col" className="text-right">Input tokens</TableHead>
                <TableHead scope="col" className="text-right">Output tokens</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {overview.features.map((row) => (
                <TableRow key={row.feature}>
                  <TableCell>{FEATURE_LABELS[row.feature]}</TableCell>
                  <TableCell className="text-right tabular-nums">{count(row.requests)}</TableCell>
                  <TableCell className="text-right tabular-nums">{count(row.cachedRequests)}</TableCell>
                  <TableCell className="text-right tabular-nums">{count(row.inputTokens)}</TableCell>
                  <TableCell className="text-right tabular-nums">{count(row.outputTokens)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
            <TableFooter>
              <TableRow>
                <TableCell>Total</TableCell>
                <TableCell className="text-right tabular-nums">{count(overview.requests)}</TableCell>
                <TableCell className="text-right tabular-nums">{count(overview.cachedRequests)}</TableCell>
                <TableCell className="text-right tabular-nums">{count(total.inputTokens)}</TableCell>
                <TableCell className="text-right tabular-nums">{count(total.outputTokens)}</TableCell>
              </TableRow>
            </TableFooter>
          </Table>
        )}
      </CardContent>
    </Card>
  );
}
